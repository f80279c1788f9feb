namespace OrgModel.Tests.Reading;

/// <summary>The rules of the hundred-and-ninth pass (docs/reading.md), with sentences of held-out set 82's sources (`HeldOut82/`,
/// development set 83 since). Every case read failed on the tree of the set's measurement, before the pass.</summary>
public class HeldOut82RulesTests
{
    // A proposal to another body after "và đề nghị" is another act: the people it names are not the decision's.
    [Fact]
    public void A_proposal_after_the_decision_is_another_act() =>
        Assert.Equal("Warning: Đặng Quốc Khánh, Chẩu Văn Lâm", Findings.Decisions(
            "Bộ Chính trị kỷ luật cảnh cáo các ông Đặng Quốc Khánh, Chẩu Văn Lâm và đề nghị Ban chấp hành Trung ương Đảng xem xét, xử lý kỷ luật 2 cựu bí thư Tỉnh ủy Phú Thọ Ngô Đức Vượng, Nguyễn Doãn Khánh."));

    // A word after "at" opens where something happens, not part of the congress's name.
    [Fact]
    public void A_place_after_at_ends_a_congress() =>
        Assert.Equal("14th National Party Congress", Findings.Terms(
            "Notice of Conclusion No. 48-TB/KL dated December 2, 2024 of the Politburo on discussing documents of the 14th National Party Congress at Party congresses at all levels, sending for public opinions.",
            Findings.Day("2024-12-10")));

    // The central propaganda commission before its merger, by the news' English name; the text's own city's inspectorate.
    [Theory]
    [InlineData("Bùi Trường Giang, a member of the Standing Board of the Party Committee of the Central Agencies’ Bloc, and Secretary of the Party Committee and deputy head of the Party Central Committee’s Commission for Information and Education, will be reprimanded for violations of regulations set for Party members.",
        "Party Central Committee’s Commission for Information and Education = -", "2021-05-16")]
    [InlineData("Đối với quận, huyện, thị xã, sở, ban, ngành và các đơn vị trực thuộc thành phố tổng hợp và gửi báo cáo kết quả kê khai và công khai bản kê khai tài sản thu nhập trước ngày 1/3/2013 (qua Thanh tra thành phố để tổng hợp chung).",
        "Thanh tra thành phố = -", "2012-12-01")]
    [InlineData("Xây dựng kế hoạch công khai bản kê khai tài sản thu nhập, gửi Thanh tra Thành phố để đôn đốc, kiểm tra việc thực hiện quy định.",
        "Thanh tra Thành phố = -", "2017-11-15")]
    public void Bodies_are_read(string text, string expected, string day) =>
        Assert.Contains(expected, Findings.OrganisationKeys(text, Findings.Day(day)).Split('|'));
}
