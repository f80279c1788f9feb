namespace OrgModel.Tests.Reading;

/// <summary>The rules of the hundred-and-sixty-fourth pass (docs/reading.md), with sentences of held-out sets 138 and 139's sources
/// (`HeldOut138/`, `HeldOut139/`) and of development sets 36, 69 and 132's. Every case failed with the library the two sets were
/// measured with (e05f116), but the guard, which passed both ways.</summary>
public class HeldOut139RulesTests
{
    // Nhân Dân (held-out set 139), Việt Nam News (development set 36): the news' renderings of central bodies.
    [Theory]
    [InlineData("members of the committee gave opinions on contents that will be discussed at the upcoming 7th session of the 15th N.A., scheduled to start on May 20", "2024-05-10", "N.A. = vn.state.national-assembly")]
    [InlineData("He asked the N.A. Secretary General and agencies to urgently complete the conclusions of the N.A. Standing Committee", "2024-05-10",
        "N.A. Standing Committee = vn.state.national-assembly-standing-committee")]
    [InlineData("Politburo members, Secretariat members, Central Party Executive Committee members", "2025-10-08", "Central Party Executive Committee = vn.party.central-committee")]
    [InlineData("The Politburo and the Secretariat assigned the Government Party Committee, the National Assembly Party Committee, the Fatherland Front Party Committee, Central organizations",
        "2025-06-20", "Fatherland Front Party Committee = vn.party.fatherland-front-mass-organisations-party-committee")]
    public void Central_bodies_as_the_news_write_them(string text, string date, string expected) =>
        Assert.Contains(expected, Findings.OrganisationKeys(text, Findings.Day(date)).Split('|'));

    // A ward's Party committee (held-out set 138), a commune's dialogue (development set 132): the standing members of a commune's
    // or ward's Party committee and Front committee, bodies as a council's are.
    [Theory]
    [InlineData("các đồng chí trong Thường trực Đảng ủy, Ban Thường vụ, Ban chấp hành Đảng bộ, Thường trực HĐND, lãnh đạo UBND, Thường trực UBMTTQVN phường", "2023-07-25",
        "Thường trực Đảng ủy = -|Thường trực UBMTTQVN phường = -")]
    [InlineData("gồm đại diện lãnh đạo Ban Tuyên giáo – Dân vận Thành ủy phụ trách, theo dõi xã; Thường trực Đảng ủy, HĐND, UBND xã", "2025-10-28", "Thường trực Đảng ủy = -")]
    public void Standing_members_of_a_communes_bodies(string text, string date, string expected)
    {
        string[] found = Findings.OrganisationKeys(text, Findings.Day(date)).Split('|');
        Assert.All(expected.Split('|'), e => Assert.Contains(e, found));
    }

    // Guard (development set 69): "Phó Bí thư Thường trực Đảng ủy" is a post; the committee is the body.
    [Fact]
    public void A_standing_deputy_secretary_is_a_post() => Assert.DoesNotContain("Thường trực Đảng ủy", Findings.OrganisationKeys(
        "Uỷ viên BTV Tỉnh uỷ, Phó Bí thư Thường trực Đảng ủy, Phó Chủ tịch UBND tỉnh", Findings.Day("2025-07-30")), StringComparison.Ordinal);

    // Báo Quảng Trị (held-out set 138): the Party board of a province's People's Committee by its initials.
    [Fact]
    public void The_Party_board_by_its_initials() => Assert.Contains("BCS Đảng UBND tỉnh = -", Findings.OrganisationKeys(
        "- Tổ chức làm việc với BCS Đảng UBND tỉnh, các cơ quan tham mưu, giúp việc Tỉnh ủy", Findings.Day("2022-10-31")).Split('|'));

    // Sơn La's Women's Union (held-out set 138): a sitting, then after a comma another body's executive committee and term, one term;
    // not the Central Committee's second conference.
    [Fact]
    public void A_sitting_of_another_bodys_executive_committee() => Assert.Contains("Hội nghị lần thứ 02, Ban Chấp hành Hội LHPN tỉnh khóa XIII",
        Findings.DraftTerms("Hội LHPN tỉnh Sơn La vừa tổ chức Hội nghị lần thứ 02, Ban Chấp hành Hội LHPN tỉnh khóa XIII.", Findings.Day("2022-01-17")).Split('|'));
}
