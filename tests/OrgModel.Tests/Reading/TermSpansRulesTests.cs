namespace OrgModel.Tests.Reading;

/// <summary>The rules of the hundred-and-fifty-third pass (docs/reading.md) on the words a term is labelled with, with sentences of
/// the development sets' sources. Each case read failed before the pass, but the guard, which passed both ways.</summary>
public class TermSpansRulesTests
{
    // baotuyenquang.com.vn (held-out set 29), baokontum.com.vn (held-out set 35): "term" before the years; tuyengiao.vn (held-out set
    // 105), vietnamplus.vn (held-out set 8): a Central Conference by "Trung ương" and its number without "Hội nghị"; Quảng Ninh's
    // portal (held-out set 36): a People's Committee's meeting with its term after a comma; Bắc Giang's news and the National
    // Assembly's (held-out sets 40 and 98): the Assembly's standing committee of a term.
    [Theory]
    [InlineData("Prime Minister appointed personnel to hold the position of Vice Chairman of the People's Committee of Tuyen Quang province for the new term 2021 - 2026, including:", "2025-07-01", "term 2021 - 2026")]
    [InlineData("On September 24, the first session of the Executive Board of the 16th Kon Tum Party Committee (term 2020-2025) elected the Standing Board, with 15 members.", "2020-09-24", "term 2020-2025")]
    [InlineData("Nghị quyết Trung ương 5 khóa XIII: có tỷ lệ 98,53% đảng viên và 13.629 quần chúng; Nghị quyết Trung ương 6 khóa XIII: có 99,02% đảng viên", "2023-06-08", "Trung ương 5 khóa XIII")]
    [InlineData("thảo luận về Báo cáo tổng kết 10 năm thực hiện Nghị quyết Trung ương 4 khoá X về Chiến lược biển Việt Nam đến năm 2020.", "2018-10-04", "Trung ương 4 khoá X")]
    [InlineData("Hoang Quoc Khanh - Deputy Secretary of the Provincial Party Committee, Chairman of the Provincial People's Committee, chaired the 31st meeting of the Provincial People's Committee, term XV to consider and decide on issues within its authority.", "2024-01-29", "31st meeting of the Provincial People's Committee, term XV")]
    [InlineData("implementing Resolution No. 1191 of the 15th National Assembly Standing Committee on reorganising a number of administrative units in the province.", "2024-12-15", "15th National Assembly Standing Committee")]
    [InlineData("14th NA Standing Committee wraps up ninth meeting", "2017-04-23", "14th NA Standing Committee")]
    public void Terms(string text, string day, string expected) =>
        Assert.Contains(expected, Findings.DraftTerms(text, Findings.Day(day)).Split('|'));

    // The conference found so is the reference data's.
    [Fact]
    public void A_conference_by_its_number_is_the_reference_datas() => Assert.Contains(
        Findings.Record("Nghị quyết Trung ương 5 khóa XIII: có tỷ lệ 98,53% đảng viên và 13.629 quần chúng", Findings.Day("2023-06-08")).Terms,
        static t => t.EventId == "vn.party.central-conference.13.5");

    // Guard (the corpus, en-13): after a comma, "term" joins the years to what stands before and is not labelled with them.
    [Fact]
    public void Term_after_a_comma_is_left() => Assert.Contains("2020-2025", Findings.DraftTerms(
        "groups with 4 centrally-governed Party Committees on the draft political documents and personnel plans before they organize their Party Congresses, term 2020-2025.",
        Findings.Day("2020-09-27")).Split('|'));
}
