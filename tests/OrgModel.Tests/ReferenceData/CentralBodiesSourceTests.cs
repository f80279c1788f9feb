using System.Text.RegularExpressions;
using NodaTime;
using OrgModel.Organisations;
using OrgModel.ReferenceData;

namespace OrgModel.Tests.ReferenceData;

/// <summary>
/// The central bodies of the reference chart as the sources state them: each body's Vietnamese and English names, short
/// form, kind, parent, leading Party committee and dates, one row per body with its source; and the lists the shared notes
/// give read from the notes themselves (the 17 members of the Government, the six central commissions, the six Party
/// committees directly under the Central Committee).
/// </summary>
/// <remarks>Sources: facts.md = ../shared/domain/facts.md ("Structure"); RN = research-notes.md; SN = sourced-notes.md
/// (facts2.md) §3; docs/sources.md rows 16–21 and 34–35 (the Constitution of 2013 for the Vietnamese names of the
/// constitutional bodies and socio-political organisations); docs/organisations.md "The structure of the reference chart"
/// for the relations.</remarks>
public class CentralBodiesSourceTests
{
    private static readonly OrgChart Chart = VietnamReferenceData.OrgChart;
    private static readonly LocalDate GovernmentPartyCommitteeFounded = new(2025, 1, 24); // 243-QĐ/TW (SN §3; RN §3.2)
    private static readonly LocalDate GovernmentOf2025 = new(2025, 3, 1);                 // 176/2025/QH15 (SN §3; RN §3.4)
    private static readonly LocalDate UnderTheFront = new(2025, 7, 1);                    // 304-QĐ/TW (RN §3.5)

    private const string CC = "vn.party.central-committee";
    private const string GPC = "vn.party.government-party-committee";
    private const string NAPC = "vn.party.national-assembly-party-committee";
    private const string FPC = "vn.party.fatherland-front-mass-organisations-party-committee";
    private const string Gov = "vn.state.government";
    private const string NA = "vn.state.national-assembly";
    private const string VFF = "vn.front.vietnam-fatherland-front";

    /// <summary>One central body as its sources give it.</summary>
    public sealed record Row(
        string Id, OrganisationKind Kind, string Name, string EnglishName, string? ShortName, LocalDate? From, string? Parent,
        string? LedBy, bool DirectlyUnderCentralCommittee, string[] Aliases, string Source);

    private static Row Body(string id, OrganisationKind kind, string name, string english, string? shortName, string? parent, string source,
        LocalDate? from = null, string? ledBy = null, bool direct = false, string[]? aliases = null) =>
        new(id, kind, name, english, shortName, from, parent, ledBy, direct, aliases ?? [], source);

    private static Row Ministry(string slug, string name, string english, bool ledByGovernmentPartyCommittee = true, LocalDate? from = null) =>
        Body("vn.state.ministry." + slug, OrganisationKind.Ministry, name, english, null, Gov,
            "SN §3 (176/2025/QH15: the 14 ministries and 3 ministerial-level agencies; 243-QĐ/TW: the Government Party Committee covers all but Defence and Public Security); docs/sources.md rows 18–19",
            from, ledByGovernmentPartyCommittee ? GPC : null);

    /// <summary>Every central body of the chart, as sourced.</summary>
    public static readonly Row[] Sourced =
    [
        Body(CC, OrganisationKind.PartyCommittee, "Ban Chấp hành Trung ương", "Central Committee", "BCH TW", null, "facts.md Structure; RN §3.1; docs/sources.md row 16 (short form)"),
        Body("vn.party.politburo", OrganisationKind.PartyCommittee, "Bộ Chính trị", "Politburo", null, CC, "facts.md Structure; RN §3.1"),
        Body("vn.party.secretariat", OrganisationKind.PartyCommittee, "Ban Bí thư", "Secretariat", null, CC, "facts.md Structure; RN §3.1"),
        Body("vn.party.central-inspection-commission", OrganisationKind.PartyCommission, "Ủy ban Kiểm tra Trung ương", "Central Inspection Commission", "UBKTTW", CC,
            "facts.md Structure; RN §1.4 (UBKTTW); baonghean.vn/en 11 Jun 2025 (alias)", aliases: ["Central Inspection Committee"]),
        Body("vn.party.central-organisation-commission", OrganisationKind.PartyCommission, "Ban Tổ chức Trung ương", "Central Organisation Commission", "BTCTW", CC,
            "facts.md Structure; RN §1.4 (BTCTW); news.laodong.vn Dec 2024 (aliases)", aliases: ["Central Organizing Committee", "Central Organization Committee"]),
        Body("vn.party.central-information-education-mass-mobilisation-commission", OrganisationKind.PartyCommission, "Ban Tuyên giáo và Dân vận Trung ương",
            "Central Commission for Information, Education and Mass Mobilisation", "BTGDVTW", CC,
            "facts.md Structure; RN §1.4 (BTGDVTW), §3.1; vnnow.net, baonghean.vn/en, vietnamnews.vn (aliases)",
            aliases: ["Central Propaganda and Mass Mobilization Commission", "Central Propaganda and Mass Mobilization Department",
                "Central Commission for Information and Mass Mobilisation", "Information, Education and Mass Mobilisation Commission"]),
        Body("vn.party.central-internal-affairs-commission", OrganisationKind.PartyCommission, "Ban Nội chính Trung ương", "Central Internal Affairs Commission", null, CC, "facts.md Structure; RN §3.1; SN §3"),
        Body("vn.party.central-policy-strategy-commission", OrganisationKind.PartyCommission, "Ban Chính sách, chiến lược Trung ương", "Central Policy and Strategy Commission", null, CC, "facts.md Structure; RN §3.1; SN §3"),
        Body("vn.party.central-office", OrganisationKind.PartyCommission, "Văn phòng Trung ương Đảng", "Office of the Party Central Committee", "VPTW", CC,
            "facts.md Structure; RN §1.4 (VPTW), §3.1 (alias)", aliases: ["Central Party Office"]),

        Body(GPC, OrganisationKind.PartyCommittee, "Đảng ủy Chính phủ", "Government Party Committee", null, CC, "facts.md Structure; SN §3 (243-QĐ/TW of 24 Jan 2025)",
            from: GovernmentPartyCommitteeFounded, direct: true),
        Body(NAPC, OrganisationKind.PartyCommittee, "Đảng ủy Quốc hội", "National Assembly Party Committee", null, CC, "facts.md Structure; SN §3 (set up Jan–Feb 2025, no day sourced)", direct: true),
        Body("vn.party.central-party-agencies-party-committee", OrganisationKind.PartyCommittee, "Đảng ủy các cơ quan Đảng Trung ương", "Party Committee of Central Party Agencies", null, CC,
            "facts.md Structure; SN §3 (05-QĐNS/TW titles)", direct: true),
        Body(FPC, OrganisationKind.PartyCommittee, "Đảng ủy Mặt trận Tổ quốc, các đoàn thể Trung ương", "Party Committee of the Fatherland Front and Central Mass Organisations", null, CC,
            "facts.md Structure; SN §3 (05-QĐNS/TW titles)", direct: true),
        Body("vn.party.central-military-commission", OrganisationKind.PartyCommittee, "Quân ủy Trung ương", "Central Military Commission", null, CC, "facts.md Structure; SN §3", direct: true),
        Body("vn.party.central-public-security-party-committee", OrganisationKind.PartyCommittee, "Đảng ủy Công an Trung ương", "Central Public Security Party Committee", null, CC,
            "facts.md Structure; RN §3.2", direct: true),

        Body(NA, OrganisationKind.NationalAssembly, "Quốc hội", "National Assembly", "QH", null, "facts.md Structure; RN §2 (QH<term>); docs/organisations.md (led by the NA Party Committee)", ledBy: NAPC),
        Body("vn.state.national-assembly-standing-committee", OrganisationKind.NationalAssembly, "Ủy ban Thường vụ Quốc hội", "Standing Committee of the National Assembly", "UBTVQH", NA,
            "facts.md Structure and Document identifiers (alias); docs/sources.md rows 20, 34 (Constitution art. 73)", ledBy: NAPC, aliases: ["National Assembly Standing Committee"]),
        Body("vn.state.president", OrganisationKind.President, "Chủ tịch nước", "President", null, null, "facts.md Structure; docs/sources.md row 20"),
        Body(Gov, OrganisationKind.Government, "Chính phủ", "Government", "CP", null, "facts.md Structure; RN §2 (CP); SN §3 (243-QĐ/TW)", ledBy: GPC),
        Ministry("national-defence", "Bộ Quốc phòng", "Ministry of National Defence", ledByGovernmentPartyCommittee: false),
        Ministry("public-security", "Bộ Công an", "Ministry of Public Security", ledByGovernmentPartyCommittee: false),
        Ministry("foreign-affairs", "Bộ Ngoại giao", "Ministry of Foreign Affairs"),
        Ministry("home-affairs", "Bộ Nội vụ", "Ministry of Home Affairs"),
        Ministry("justice", "Bộ Tư pháp", "Ministry of Justice"),
        Ministry("finance", "Bộ Tài chính", "Ministry of Finance"),
        Ministry("industry-trade", "Bộ Công Thương", "Ministry of Industry and Trade"),
        Ministry("agriculture-environment", "Bộ Nông nghiệp và Môi trường", "Ministry of Agriculture and Environment", from: GovernmentOf2025),
        Ministry("construction", "Bộ Xây dựng", "Ministry of Construction"),
        Ministry("culture-sports-tourism", "Bộ Văn hóa, Thể thao và Du lịch", "Ministry of Culture, Sports and Tourism"),
        Ministry("science-technology", "Bộ Khoa học và Công nghệ", "Ministry of Science and Technology"),
        Ministry("education-training", "Bộ Giáo dục và Đào tạo", "Ministry of Education and Training"),
        Ministry("health", "Bộ Y tế", "Ministry of Health"),
        Ministry("ethnic-religious-affairs", "Bộ Dân tộc và Tôn giáo", "Ministry of Ethnic and Religious Affairs", from: GovernmentOf2025),
        Ministry("state-bank", "Ngân hàng Nhà nước Việt Nam", "State Bank of Vietnam"),
        Ministry("government-inspectorate", "Thanh tra Chính phủ", "Government Inspectorate"),
        Ministry("government-office", "Văn phòng Chính phủ", "Government Office"),
        Body("vn.state.supreme-peoples-court", OrganisationKind.Court, "Tòa án nhân dân tối cao", "Supreme People's Court", null, null, "facts.md Structure; docs/sources.md row 34 (Constitution art. 102)"),
        Body("vn.state.supreme-peoples-procuracy", OrganisationKind.Procuracy, "Viện kiểm sát nhân dân tối cao", "Supreme People's Procuracy", null, null, "facts.md Structure; docs/sources.md row 34 (Constitution art. 107)"),
        Body("vn.state.state-audit", OrganisationKind.StateAudit, "Kiểm toán nhà nước", "State Audit", null, null, "facts.md Structure; docs/sources.md row 34 (Constitution art. 118)"),

        Body(VFF, OrganisationKind.FatherlandFront, "Mặt trận Tổ quốc Việt Nam", "Vietnam Fatherland Front", "MTTQVN", null,
            "facts.md Structure; docs/sources.md row 35 (MTTQVN); einpresswire.com 31 May 2023 (aliases)", ledBy: FPC, aliases: ["Việt Nam Fatherland Front", "VFF"]),
        Body("vn.front.trade-union", OrganisationKind.MassOrganisation, "Tổng Liên đoàn Lao động Việt Nam", "Vietnam General Confederation of Labour", null, VFF,
            "RN §3.5 (alias); docs/sources.md rows 21, 35", ledBy: FPC, aliases: ["Trade Union Confederation"]),
        Body("vn.front.youth-union", OrganisationKind.MassOrganisation, "Đoàn Thanh niên Cộng sản Hồ Chí Minh", "Ho Chi Minh Communist Youth Union", null, VFF, "RN §3.5; docs/sources.md rows 21, 35", ledBy: FPC),
        Body("vn.front.womens-union", OrganisationKind.MassOrganisation, "Hội Liên hiệp Phụ nữ Việt Nam", "Vietnam Women's Union", null, VFF, "RN §3.5; docs/sources.md rows 21, 35", ledBy: FPC),
        Body("vn.front.farmers-union", OrganisationKind.MassOrganisation, "Hội Nông dân Việt Nam", "Vietnam Farmers' Union", null, VFF, "RN §3.5; docs/sources.md rows 21, 35", ledBy: FPC),
        Body("vn.front.veterans-association", OrganisationKind.MassOrganisation, "Hội Cựu chiến binh Việt Nam", "Vietnam Veterans' Association", null, VFF, "RN §3.5; docs/sources.md rows 21, 35", ledBy: FPC),
    ];

    public static TheoryData<string> Ids => [.. Sourced.Select(r => r.Id)];

    private static Row RowOf(string id) => Sourced.Single(r => r.Id == id);

    [Theory]
    [MemberData(nameof(Ids))]
    public void Each_central_body_has_the_names_kind_and_dates_of_its_source(string id)
    {
        Row row = RowOf(id);
        Organisation body = Assert.IsType<Organisation>(Chart.Find(OrgId.Parse(id)), exactMatch: true);
        Assert.Equal((row.Kind, OrgLevel.Central, row.Name, row.EnglishName, row.ShortName), (body.Kind, body.Level, body.Name, body.EnglishName, body.ShortName));
        Assert.Equal(row.From, body.ValidFrom);
        Assert.Null(body.ValidTo);
        Assert.Null(body.Code);
        Assert.Null(body.UnitType);
        Assert.Equal(row.Aliases, body.Aliases);
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Each_central_body_is_found_by_each_of_its_names(string id)
    {
        Row row = RowOf(id);
        OrgChart now = Chart.AsOf(UnderTheFront);
        foreach (string name in (string[])[row.Name, row.EnglishName, .. row.Aliases])
        {
            Assert.Contains(now.Search(name), o => o.Id.ToString() == id);
        }
    }

    [Fact]
    public void The_central_level_of_the_chart_is_exactly_the_sourced_bodies()
    {
        Assert.Equal(
            Sourced.Select(r => r.Id).Order(StringComparer.Ordinal),
            Chart.Organisations.Where(o => o.Level == OrgLevel.Central).Select(o => o.Id.ToString()).Order(StringComparer.Ordinal));
        Assert.Equal(Sourced.Length, VietnamReferenceData.CentralBodies(UnderTheFront).Count);
        Assert.Equal(Sourced.Length - 3, VietnamReferenceData.CentralBodies(GovernmentPartyCommitteeFounded.PlusDays(-1)).Count);
        Assert.Equal(Sourced.Length - 2, VietnamReferenceData.CentralBodies(GovernmentPartyCommitteeFounded).Count);
        Assert.Equal(Sourced.Length - 2, VietnamReferenceData.CentralBodies(GovernmentOf2025.PlusDays(-1)).Count);
        Assert.Equal(Sourced.Length, VietnamReferenceData.CentralBodies(GovernmentOf2025).Count);
    }

    /// <summary>docs/organisations.md: each body under its parent (the socio-political organisations under the Front from
    /// 1 July 2025, 304-QĐ/TW), the Party committees directly under the Central Committee also its direct subordinates, and
    /// each body led by its Party committee from the day both exist. No other relation between central bodies.</summary>
    [Fact]
    public void The_relations_between_central_bodies_are_exactly_those_the_sources_give()
    {
        var expected = new List<OrgRelation>();
        foreach (Row row in Sourced)
        {
            var id = OrgId.Parse(row.Id);
            if (row.Parent is { } parent)
            {
                LocalDate? from = row.Kind == OrganisationKind.MassOrganisation ? UnderTheFront : row.From;
                expected.Add(new OrgRelation(OrgRelationKind.IsUnder, id, OrgId.Parse(parent), from));
                if (row.DirectlyUnderCentralCommittee)
                {
                    expected.Add(new OrgRelation(OrgRelationKind.DirectSuperior, id, OrgId.Parse(parent), row.From));
                }
            }

            if (row.LedBy is { } leader)
            {
                LocalDate? leaderFrom = RowOf(leader).From;
                LocalDate? from = row.From is null ? leaderFrom : leaderFrom is null ? row.From : LocalDate.Max(row.From.Value, leaderFrom.Value);
                expected.Add(new OrgRelation(OrgRelationKind.IsLedBy, id, OrgId.Parse(leader), from));
            }
        }

        HashSet<string> central = [.. Sourced.Select(r => r.Id)];
        List<OrgRelation> actual = [.. Chart.Relations.Where(r => central.Contains(r.Source.ToString()))];
        Assert.Equal(expected.Select(r => r.ToString()).Order(StringComparer.Ordinal), actual.Select(r => r.ToString()).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void The_Government_is_the_seventeen_bodies_of_Resolution_176_as_the_notes_list_them()
    {
        // SN §3 "Government (after 1/3/2025)": "… 14 ministries + 3 ministerial-level agencies** (down 5 from 18+4): Bộ Quốc phòng; …; Văn phòng Chính phủ. New structure …"
        string line = SharedSources.Line("domain/sourced-notes.md", "176/2025/QH15 (9th extraordinary");
        string[] listed = [.. SharedSources.Between(line, "(down 5 from 18+4): ", ". New structure").Split(';').Select(s => s.Trim().TrimStart('+').Trim())];
        Assert.Equal(17, listed.Length);

        OrgChart day = Chart.AsOf(GovernmentOf2025);
        IReadOnlyList<Organisation> members = day.Children(OrgId.Parse(Gov));
        Assert.Equal(listed.Order(StringComparer.Ordinal), members.Select(o => o.Name).Order(StringComparer.Ordinal));
        Assert.All(members, o => Assert.Equal(OrganisationKind.Ministry, o.Kind));

        // Led by the Government Party Committee, "excluding Bộ Quốc phòng and Bộ Công an" (SN §3, 243-QĐ/TW).
        string excluded = SharedSources.Between(SharedSources.Line("domain/sourced-notes.md", "Quyết định 243-QĐ/TW dated"), "(excluding ", ")");
        string[] notLed = [.. excluded.Split(" and ")];
        Assert.Equal(["Bộ Quốc phòng", "Bộ Công an"], notLed);
        foreach (Organisation m in members)
        {
            bool led = day.Related(m.Id, OrgRelationKind.IsLedBy).Any(p => p.Id.ToString() == GPC);
            Assert.True(led != notLed.Contains(m.Name), m.Name);
        }

        // The day before 1 March 2025 the two new ministries did not exist yet.
        OrgChart before = Chart.AsOf(GovernmentOf2025.PlusDays(-1));
        Assert.Equal(15, before.Children(OrgId.Parse(Gov)).Count);
        Assert.Null(before.Find(OrgId.Parse("vn.state.ministry.agriculture-environment")));
    }

    [Fact]
    public void The_six_central_commissions_are_those_the_notes_name()
    {
        // SN §3: "So the central advisory Party bodies after 2025 are 6: Ban Tổ chức TW, Ban Tuyên giáo và Dân vận TW (…), …, Ủy ban Kiểm tra TW."
        string line = SharedSources.Line("domain/sourced-notes.md", "central advisory Party bodies after 2025 are 6");
        string list = Regex.Replace(SharedSources.Between(line, "are 6: ", ". (Ban Đối ngoại"), @" \([^)]*\)", "");
        string[] names = [.. Regex.Split(list, ", (?=Ban |Văn phòng |Ủy ban )").Select(n => n.Replace("TW", "Trung ương", StringComparison.Ordinal))];
        Assert.Equal(6, names.Length);

        IReadOnlyList<Organisation> commissions = [.. Chart.AsOf(UnderTheFront).Children(OrgId.Parse(CC)).Where(o => o.Kind == OrganisationKind.PartyCommission)];
        Assert.Equal(names.Order(StringComparer.Ordinal), commissions.Select(o => o.Name).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void The_Party_committees_directly_under_the_Central_Committee_are_the_six_of_the_facts_and_the_34_provinces()
    {
        // facts.md Structure: "Party committees directly under the Central Committee (from 2025): Government Party Committee, …
        // the Central Military Commission and the Central Public Security Party Committee; plus the 34 provincial and municipal Party committees."
        string line = SharedSources.Line("domain/facts.md", "Party committees directly under the Central Committee (from 2025)");
        string[] english = [.. Regex.Split(SharedSources.Between(line, "(from 2025): ", "; plus"), ", the |, | and the ").Select(s => s.Trim())];
        Assert.Equal(6, english.Length);

        OrgChart now = Chart.AsOf(UnderTheFront);
        IReadOnlyList<Organisation> direct = now.RelatedFrom(OrgId.Parse(CC), OrgRelationKind.DirectSuperior);
        Assert.Equal(english.Order(StringComparer.Ordinal), direct.Where(o => o.Level == OrgLevel.Central).Select(o => o.EnglishName!).Order(StringComparer.Ordinal));
        Assert.Equal(34, direct.Count(o => o.Level == OrgLevel.Province));
        Assert.Equal(40, direct.Count);
    }

    [Fact]
    public void The_mass_organisations_are_under_the_Front_from_1_July_2025_only()
    {
        Assert.Equal(UnderTheFront, CentralBodies.MassOrganisationsUnderFront);
        OrgChart before = Chart.AsOf(UnderTheFront.PlusDays(-1));
        OrgChart after = Chart.AsOf(UnderTheFront);
        foreach (Row row in Sourced.Where(r => r.Kind == OrganisationKind.MassOrganisation))
        {
            var id = OrgId.Parse(row.Id);
            Assert.Null(before.Parent(id));
            Assert.Equal(VFF, after.Parent(id)?.Id.ToString());
            Assert.Equal(FPC, Assert.Single(before.Related(id, OrgRelationKind.IsLedBy)).Id.ToString());
        }

        Assert.Equal(5, after.Children(OrgId.Parse(VFF)).Count);
    }
}
