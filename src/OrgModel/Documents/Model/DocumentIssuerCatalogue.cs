using OrgModel.Organisations;

namespace OrgModel.Documents.Model;

/// <summary>The built-in catalogue of issuer codes.</summary>
/// <remarks>Codes: research-notes.md §1.4 (Party) and §2 (State); bodies and organisation ids: facts.md (Structure) and the
/// organisations already in <c>ReferenceData.CentralBodies</c>. Codes the notes list without a meaning (<c>BTC</c>,
/// <c>BGDĐT</c>) are left out.</remarks>
internal static class DocumentIssuerCatalogue
{
    private static readonly PartyIssuerRole[] None = [];
    private static readonly PartyIssuerRole[] Agency = [PartyIssuerRole.CentralAgency];

    private static readonly DocumentIssuer[] Issuers =
    [
        P("TW", "Ban Chấp hành Trung ương", "Central Committee, Politburo or Secretariat", OrgLevel.Central,
            ["vn.party.central-committee", "vn.party.politburo", "vn.party.secretariat"],
            [PartyIssuerRole.CentralCommittee, PartyIssuerRole.Politburo, PartyIssuerRole.Secretariat]),
        P("VPTW", "Văn phòng Trung ương Đảng", "Office of the Party Central Committee", OrgLevel.Central, ["vn.party.central-office"], Agency),
        P("BTCTW", "Ban Tổ chức Trung ương", "Central Organisation Commission", OrgLevel.Central, ["vn.party.central-organisation-commission"], Agency),
        P("UBKTTW", "Ủy ban Kiểm tra Trung ương", "Central Inspection Commission", OrgLevel.Central, ["vn.party.central-inspection-commission"], Agency),
        P("BTGDVTW", "Ban Tuyên giáo và Dân vận Trung ương", "Central Commission for Information, Education and Mass Mobilisation", OrgLevel.Central,
            ["vn.party.central-information-education-mass-mobilisation-commission"], Agency),
        P("BTGTW", "Ban Tuyên giáo Trung ương", "Central Propaganda and Education Commission (before 2025)", OrgLevel.Central, [], Agency),
        P("BCĐTW", "Ban Chỉ đạo Trung ương", "a central steering committee", OrgLevel.Central, [], Agency),
        P("TU", "Tỉnh ủy, Thành ủy", "a provincial or municipal Party committee", OrgLevel.Province, [], [PartyIssuerRole.ProvincialCommittee]),
        P("UBKTTU", "Ủy ban Kiểm tra Tỉnh ủy", "a provincial Party inspection commission", OrgLevel.Province, [], None),
        P("ĐU", "Đảng ủy", "a Party committee (commune, ward, agency or grassroots)", OrgLevel.Commune, [], None),
        P("HU", "Huyện ủy", "a district Party committee (abolished in 2025)", OrgLevel.District, [], None),
        P("CB", "Chi bộ", "a Party cell", OrgLevel.Grassroots, [], [PartyIssuerRole.PartyCell]),

        S("CP", "Chính phủ", "Government", OrgLevel.Central, ["vn.state.government"]),
        S("TTg", "Thủ tướng Chính phủ", "Prime Minister", OrgLevel.Central, []),
        S("QH", "Quốc hội", "National Assembly", OrgLevel.Central, ["vn.state.national-assembly"], takesLegislature: true),
        S("UBTVQH", "Ủy ban Thường vụ Quốc hội", "Standing Committee of the National Assembly", OrgLevel.Central,
            ["vn.state.national-assembly-standing-committee"], takesLegislature: true),
        S("VPQH", "Văn phòng Quốc hội", "Office of the National Assembly", OrgLevel.Central, []),
        S("BNV", "Bộ Nội vụ", "Ministry of Home Affairs", OrgLevel.Central, ["vn.state.ministry.home-affairs"]),
        S("MTTW", "Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam", "Central Committee of the Vietnam Fatherland Front", OrgLevel.Central,
            ["vn.front.vietnam-fatherland-front"]),
        S("UBND", "Ủy ban nhân dân", "a People's Committee", OrgLevel.Province, []),
        S("HĐND", "Hội đồng nhân dân", "a People's Council", OrgLevel.Province, []),
    ];

    public static IReadOnlyList<DocumentIssuer> All { get; } = Array.AsReadOnly(Issuers);

    public static DocumentIssuer? Find(string code, DocumentSystem system)
    {
        string trimmed = code.Trim();
        int dash = trimmed.IndexOf('-', StringComparison.Ordinal);
        string first = dash < 0 ? trimmed : trimmed[..dash];
        foreach (DocumentIssuer issuer in Issuers)
        {
            if (issuer.System != system)
            {
                continue;
            }

            if (string.Equals(issuer.Code, first, StringComparison.Ordinal)
                || (issuer.TakesLegislature && DocumentKindCatalogue.IsLegislature(first, issuer.Code)))
            {
                return issuer;
            }
        }

        return null;
    }

    private static DocumentIssuer P(string code, string vietnamese, string english, OrgLevel level, string[] ids, PartyIssuerRole[] roles) =>
        new(code, DocumentSystem.Party, vietnamese, english, level, ids, roles);

    private static DocumentIssuer S(string code, string vietnamese, string english, OrgLevel level, string[] ids, bool takesLegislature = false) =>
        new(code, DocumentSystem.State, vietnamese, english, level, ids, [], takesLegislature);
}
