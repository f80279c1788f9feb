using NodaTime;
using NodaTime.Text;

namespace OrgModel.Tests.Reading;

/// <summary>The rules of the eighty-fifth pass (docs/reading.md), with sentences of development set 64's sources and of the
/// development sets whose labels agree (cut to the clause a rule reads), and the cases the rules must leave alone. Every case read
/// failed on main at b9a8972, before the pass; the cases left alone pass there too.</summary>
public class HeldOut63MoreRulesTests
{
    // An English congress of a body, and its term after it, are one term; so are a body and its number before it.
    [Theory]
    [InlineData("Voting at the Congress of Bac Son District Veterans Association for the 2022 -2027 term", "2022-09-15", "Congress of Bac Son District Veterans Association for the 2022 -2027 term")]
    [InlineData("Nguyen Van Quan, Chairman of the Provincial Veterans Association said: The Congress of the Provincial Veterans Association for the term of 2022 – 2027 is an extensive and comprehensive political activity.", "2022-09-15", "Congress of the Provincial Veterans Association for the term of 2022 – 2027")]
    [InlineData("At the same time with leading and directing the lower-level veterans associations to organize the congress, the provincial Veterans Association has actively prepared for the provincial congress for the term of 2022 – 2027.", "2022-09-15", "provincial congress for the term of 2022 – 2027")]
    [InlineData("From 25th to 27th October, the 17th Congress of the Provincial Party Committee of the 2020-2025 term will take place at the Eastern Land Culture Center.", "2020-10-24", "17th Congress of the Provincial Party Committee of the 2020-2025 term")]
    [InlineData("The 11th Congress of the Vietnam Fatherland Front of An Giang province, term 2024-2029, is an important political event for the Vietnam Fatherland Front and the people of the province.", "2024-07-03", "11th Congress of the Vietnam Fatherland Front of An Giang province, term 2024-2029")]
    [InlineData("Party General Secretary To Lam and other senior leaders attended the opening session of the 18th Congress of the Hanoi City Party Committee for the 2025–2030 tenure today, October 16.", "2025-10-16", "18th Congress of the Hanoi City Party Committee for the 2025–2030 tenure")]
    [InlineData("This is the content of one of the draft resolutions that the 17th Nghe An Provincial People's Council, term 2016 - 2021, will consider and approve at the 15th session taking place in Vinh City from July 20 to 22.", "2020-07-15", "17th Nghe An Provincial People's Council, term 2016 - 2021")]
    public void A_congress_or_a_numbered_body_and_its_term_are_one_term(string text, string date, string expected) =>
        Assert.Contains(expected, Findings.DraftTerms(text, LocalDatePattern.Iso.Parse(date).Value).Split('|'));

    // "the Congress for the 2025-2030 term" names no body: the labels of development sets 40, 41 and 46 keep the term alone.
    [Fact]
    public void A_congress_of_no_body_leaves_its_term_alone() =>
        Assert.Contains("2025-2030 term", Findings.DraftTerms("Its task is to assist the Điện Biên Provincial Party Standing Committee and Provincial Party Executive Committee in drafting and gathering feedback on the political report, the self-assessment report of the Provincial Party Executive Committee, the draft resolution for the 15th Provincial Party Congress, and other documents for the Congress for the 2025-2030 term.", new LocalDate(2024, 8, 2)).Split('|'));

    [Theory]
    [InlineData("The meeting will listen to 26 reports and announcements from the Provincial People's Committee, the Standing Committee of the Provincial People's Council, the Provincial National Assembly Delegation, the Provincial Fatherland Front Committee and a number of sectors on the performance in the first 6 months of the year", "2020-07-15", "Provincial Fatherland Front Committee = -")]
    [InlineData("Các đại hội điểm đều được tổ chức chu đáo, bảo đảm nguyên tắc, quy trình theo hướng dẫn của HND Việt Nam.", "2018-01-10", "HND Việt Nam = vn.front.farmers-union")]
    [InlineData("Ngày 2-6, đồng chí Trần Đức Quận - Ủy viên BCHTƯ Đảng, Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh chủ trì phiên họp lần thứ 40 Thường trực HĐND tỉnh Khóa IX", "2021-06-25", "BCHTƯ Đảng = vn.party.central-committee")]
    public void Short_and_level_names_are_read(string text, string date, string expected) =>
        Assert.Contains(expected, Findings.OrganisationKeys(text, LocalDatePattern.Iso.Parse(date).Value).Split('|'));

    // "sẽ được tổ chức trong quý III" (development set 64), "đầu tháng 8 sẽ tổ chức Đại hội" (set 25): to hold a congress is work.
    [Fact]
    public void A_congress_to_be_held_within_a_quarter_is_due_then() =>
        Assert.Contains("trong quý III = in 2018-Q3", Findings.Deadlines("Theo kế hoạch, Đại hội HND cấp cơ sở và cấp huyện sẽ hoàn thành trong quý II.2018; Đại hội HND cấp tỉnh lần thứ IX nhiệm kỳ 2018-2023 sẽ được tổ chức trong quý III.", new LocalDate(2018, 1, 10)).Split('|'));
}
