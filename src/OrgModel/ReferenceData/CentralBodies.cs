using OrgModel.Organisations;

namespace OrgModel.ReferenceData;

/// <summary>The central Party and State bodies, the Fatherland Front and the socio-political organisations, as sourced in
/// docs/sources.md (shared domain notes). Validity starts are given only where a date is sourced.</summary>
internal static class CentralBodies
{
    public const string CentralCommittee = "vn.party.central-committee";
    public const string GovernmentPartyCommittee = "vn.party.government-party-committee";
    public const string NationalAssemblyPartyCommittee = "vn.party.national-assembly-party-committee";
    public const string FrontPartyCommittee = "vn.party.fatherland-front-mass-organisations-party-committee";
    public const string Government = "vn.state.government";
    public const string NationalAssembly = "vn.state.national-assembly";
    public const string FatherlandFront = "vn.front.vietnam-fatherland-front";
    public const string SupremeCourt = "vn.state.supreme-peoples-court";
    public const string SupremeProcuracy = "vn.state.supreme-peoples-procuracy";

    private static readonly LocalDate GovernmentPartyCommitteeFounded = new(2025, 1, 24);
    private static readonly LocalDate GovernmentRestructured = new(2025, 3, 1);
    private static readonly LocalDate TwoTier = new(2025, 7, 1);

    /// <summary>Each body: id, kind, Vietnamese name, English name, short name, first day (or null), parent id (or null),
    /// leading Party committee id (or null), whether it is a Party committee directly under the Central Committee.</summary>
    public static readonly Body[] All =
    [
        new(CentralCommittee, OrganisationKind.PartyCommittee, "Ban Chấp hành Trung ương", "Central Committee", "BCH TW", null, null, null, false),
        new("vn.party.politburo", OrganisationKind.PartyCommittee, "Bộ Chính trị", "Politburo", null, null, CentralCommittee, null, false),
        new("vn.party.secretariat", OrganisationKind.PartyCommittee, "Ban Bí thư", "Secretariat", null, null, CentralCommittee, null, false),
        new("vn.party.central-inspection-commission", OrganisationKind.PartyCommission, "Ủy ban Kiểm tra Trung ương", "Central Inspection Commission", "UBKTTW", null, CentralCommittee, null, false),
        new("vn.party.central-organisation-commission", OrganisationKind.PartyCommission, "Ban Tổ chức Trung ương", "Central Organisation Commission", "BTCTW", null, CentralCommittee, null, false),
        new("vn.party.central-information-education-mass-mobilisation-commission", OrganisationKind.PartyCommission, "Ban Tuyên giáo và Dân vận Trung ương", "Central Commission for Information, Education and Mass Mobilisation", "BTGDVTW", null, CentralCommittee, null, false),
        new("vn.party.central-internal-affairs-commission", OrganisationKind.PartyCommission, "Ban Nội chính Trung ương", "Central Internal Affairs Commission", null, null, CentralCommittee, null, false),
        new("vn.party.central-policy-strategy-commission", OrganisationKind.PartyCommission, "Ban Chính sách, chiến lược Trung ương", "Central Policy and Strategy Commission", null, null, CentralCommittee, null, false),
        new("vn.party.central-office", OrganisationKind.PartyCommission, "Văn phòng Trung ương Đảng", "Office of the Party Central Committee", "VPTW", null, CentralCommittee, null, false),
        new(GovernmentPartyCommittee, OrganisationKind.PartyCommittee, "Đảng ủy Chính phủ", "Government Party Committee", null, GovernmentPartyCommitteeFounded, CentralCommittee, null, true),
        new(NationalAssemblyPartyCommittee, OrganisationKind.PartyCommittee, "Đảng ủy Quốc hội", "National Assembly Party Committee", null, null, CentralCommittee, null, true),
        new("vn.party.central-party-agencies-party-committee", OrganisationKind.PartyCommittee, "Đảng ủy các cơ quan Đảng Trung ương", "Party Committee of Central Party Agencies", null, null, CentralCommittee, null, true),
        new(FrontPartyCommittee, OrganisationKind.PartyCommittee, "Đảng ủy Mặt trận Tổ quốc, các đoàn thể Trung ương", "Party Committee of the Fatherland Front and Central Mass Organisations", null, null, CentralCommittee, null, true),
        new("vn.party.central-military-commission", OrganisationKind.PartyCommittee, "Quân ủy Trung ương", "Central Military Commission", null, null, CentralCommittee, null, true),
        new("vn.party.central-public-security-party-committee", OrganisationKind.PartyCommittee, "Đảng ủy Công an Trung ương", "Central Public Security Party Committee", null, null, CentralCommittee, null, true),

        new(NationalAssembly, OrganisationKind.NationalAssembly, "Quốc hội", "National Assembly", "QH", null, null, NationalAssemblyPartyCommittee, false),
        new("vn.state.national-assembly-standing-committee", OrganisationKind.NationalAssembly, "Ủy ban Thường vụ Quốc hội", "Standing Committee of the National Assembly", "UBTVQH", null, NationalAssembly, NationalAssemblyPartyCommittee, false),
        new("vn.state.president", OrganisationKind.President, "Chủ tịch nước", "President", null, null, null, null, false),
        new(Government, OrganisationKind.Government, "Chính phủ", "Government", "CP", null, null, GovernmentPartyCommittee, false),
        new("vn.state.ministry.national-defence", OrganisationKind.Ministry, "Bộ Quốc phòng", "Ministry of National Defence", null, null, Government, null, false),
        new("vn.state.ministry.public-security", OrganisationKind.Ministry, "Bộ Công an", "Ministry of Public Security", null, null, Government, null, false),
        new("vn.state.ministry.foreign-affairs", OrganisationKind.Ministry, "Bộ Ngoại giao", "Ministry of Foreign Affairs", null, null, Government, GovernmentPartyCommittee, false),
        new("vn.state.ministry.home-affairs", OrganisationKind.Ministry, "Bộ Nội vụ", "Ministry of Home Affairs", null, null, Government, GovernmentPartyCommittee, false),
        new("vn.state.ministry.justice", OrganisationKind.Ministry, "Bộ Tư pháp", "Ministry of Justice", null, null, Government, GovernmentPartyCommittee, false),
        new("vn.state.ministry.finance", OrganisationKind.Ministry, "Bộ Tài chính", "Ministry of Finance", null, null, Government, GovernmentPartyCommittee, false),
        new("vn.state.ministry.industry-trade", OrganisationKind.Ministry, "Bộ Công Thương", "Ministry of Industry and Trade", null, null, Government, GovernmentPartyCommittee, false),
        new("vn.state.ministry.agriculture-environment", OrganisationKind.Ministry, "Bộ Nông nghiệp và Môi trường", "Ministry of Agriculture and Environment", null, GovernmentRestructured, Government, GovernmentPartyCommittee, false),
        new("vn.state.ministry.construction", OrganisationKind.Ministry, "Bộ Xây dựng", "Ministry of Construction", null, null, Government, GovernmentPartyCommittee, false),
        new("vn.state.ministry.culture-sports-tourism", OrganisationKind.Ministry, "Bộ Văn hóa, Thể thao và Du lịch", "Ministry of Culture, Sports and Tourism", null, null, Government, GovernmentPartyCommittee, false),
        new("vn.state.ministry.science-technology", OrganisationKind.Ministry, "Bộ Khoa học và Công nghệ", "Ministry of Science and Technology", null, null, Government, GovernmentPartyCommittee, false),
        new("vn.state.ministry.education-training", OrganisationKind.Ministry, "Bộ Giáo dục và Đào tạo", "Ministry of Education and Training", null, null, Government, GovernmentPartyCommittee, false),
        new("vn.state.ministry.health", OrganisationKind.Ministry, "Bộ Y tế", "Ministry of Health", null, null, Government, GovernmentPartyCommittee, false),
        new("vn.state.ministry.ethnic-religious-affairs", OrganisationKind.Ministry, "Bộ Dân tộc và Tôn giáo", "Ministry of Ethnic and Religious Affairs", null, GovernmentRestructured, Government, GovernmentPartyCommittee, false),
        new("vn.state.ministry.state-bank", OrganisationKind.Ministry, "Ngân hàng Nhà nước Việt Nam", "State Bank of Vietnam", null, null, Government, GovernmentPartyCommittee, false),
        new("vn.state.ministry.government-inspectorate", OrganisationKind.Ministry, "Thanh tra Chính phủ", "Government Inspectorate", null, null, Government, GovernmentPartyCommittee, false),
        new("vn.state.ministry.government-office", OrganisationKind.Ministry, "Văn phòng Chính phủ", "Government Office", null, null, Government, GovernmentPartyCommittee, false),
        new(SupremeCourt, OrganisationKind.Court, "Tòa án nhân dân tối cao", "Supreme People's Court", null, null, null, null, false),
        new(SupremeProcuracy, OrganisationKind.Procuracy, "Viện kiểm sát nhân dân tối cao", "Supreme People's Procuracy", null, null, null, null, false),
        new("vn.state.state-audit", OrganisationKind.StateAudit, "Kiểm toán nhà nước", "State Audit", null, null, null, null, false),

        new(FatherlandFront, OrganisationKind.FatherlandFront, "Mặt trận Tổ quốc Việt Nam", "Vietnam Fatherland Front", "MTTQVN", null, null, FrontPartyCommittee, false),
        new("vn.front.trade-union", OrganisationKind.MassOrganisation, "Tổng Liên đoàn Lao động Việt Nam", "Vietnam General Confederation of Labour", null, null, FatherlandFront, FrontPartyCommittee, false),
        new("vn.front.youth-union", OrganisationKind.MassOrganisation, "Đoàn Thanh niên Cộng sản Hồ Chí Minh", "Ho Chi Minh Communist Youth Union", null, null, FatherlandFront, FrontPartyCommittee, false),
        new("vn.front.womens-union", OrganisationKind.MassOrganisation, "Hội Liên hiệp Phụ nữ Việt Nam", "Vietnam Women's Union", null, null, FatherlandFront, FrontPartyCommittee, false),
        new("vn.front.farmers-union", OrganisationKind.MassOrganisation, "Hội Nông dân Việt Nam", "Vietnam Farmers' Union", null, null, FatherlandFront, FrontPartyCommittee, false),
        new("vn.front.veterans-association", OrganisationKind.MassOrganisation, "Hội Cựu chiến binh Việt Nam", "Vietnam Veterans' Association", null, null, FatherlandFront, FrontPartyCommittee, false),
    ];

    /// <summary>Other names of central bodies, as the sources write them (each is listed in docs/sources.md): the English renderings
    /// of the news and of the shared notes that differ from <see cref="Body.EnglishName"/>. Only names seen in a source.</summary>
    public static readonly (string Id, string[] Aliases)[] OtherNames =
    [
        // news.laodong.vn (Dec 2024) on merging two central commissions.
        ("vn.party.central-organisation-commission", ["Central Organizing Committee", "Central Organization Committee"]),

        // vnnow.net on General Trịnh Văn Quyết; baonghean.vn/en (11 Jun 2025); vietnamnews.vn (11 Jun 2025); research-notes.md §3.1.
        ("vn.party.central-information-education-mass-mobilisation-commission",
            ["Central Propaganda and Mass Mobilization Commission", "Central Propaganda and Mass Mobilization Department",
             "Central Commission for Information and Mass Mobilisation", "Information, Education and Mass Mobilisation Commission"]),

        // baonghean.vn/en (11 Jun 2025).
        ("vn.party.central-inspection-commission", ["Central Inspection Committee"]),

        // research-notes.md §3.1.
        ("vn.party.central-office", ["Central Party Office"]),

        // facts.md (Document identifiers: "the National Assembly Standing Committee").
        ("vn.state.national-assembly-standing-committee", ["National Assembly Standing Committee"]),

        // research-notes.md §3.5.
        ("vn.front.trade-union", ["Trade Union Confederation"]),

        // https://www.einpresswire.com/article/636800264/party-secretariat-issues-directive-on-organising-front-s-congresses (31 May 2023): "the Việt Nam Fatherland Front (VFF)".
        ("vn.front.vietnam-fatherland-front", ["Việt Nam Fatherland Front", "VFF"]),
    ];

    /// <summary>The socio-political organisations' central bodies were placed under the Fatherland Front from this day (304-QĐ/TW).</summary>
    public static LocalDate MassOrganisationsUnderFront => TwoTier;

    internal sealed record Body(
        string Id,
        OrganisationKind Kind,
        string Name,
        string EnglishName,
        string? ShortName,
        LocalDate? ValidFrom,
        string? Parent,
        string? LedBy,
        bool DirectlyUnderCentralCommittee);
}
