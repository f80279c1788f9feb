using NodaTime;

namespace OrgModel.Tests.Reading;

/// <summary>The rule of the sixty-seventh pass (docs/reading.md): a year right after the noun of a plan, a budget, a target or
/// the thing a reform changes names the year they cover, not the time work is due by. Sentences of the development sets'
/// sources; every case the pass reads as none found a deadline on main at 0d31ae8, before it; the cases it keeps pass there
/// too.</summary>
public class YearOfAPlanRulesTests
{
    [Theory]
    [InlineData("Accordingly, heads of ministries and ministerial-level agencies and chairmen of provinces’ People’s Committees must highlight personal responsibility and resolutely carry out tasks assigned at Resolution 01/NQ-CP on key measures to implement socio-economic development plan and State budget estimate in 2019 and Resolution 02/NQ-CP 2019 on continuous improvement of the business environment and enhance national competitiveness.", 2019, 2, 12)]
    [InlineData("The People's Committees of 23 provinces and cities (new) formed after the arrangement issued a plan to implement the Resolution of the National Assembly, the National Assembly Standing Committee on the arrangement of administrative units at the provincial and commune levels in 2025.", 2025, 7, 21)]
    [InlineData("The leader also asked the Party Central Committee’s Office and relevant agencies to promote the outcomes in 2019 and strengthen", 2019, 12, 26)]
    [InlineData("To speed up the progress of allocation and disbursement of capital plans for national target programs, ensure 100% disbursement of capital in 2024 and promptly resolve problems in the implementation process, the Provincial People's Committee requests Directors", 2024, 4, 1)]
    public void A_year_after_the_noun_of_a_plan_is_the_year_it_covers(string text, int year, int month, int day) =>
        Assert.DoesNotContain("in 20", Findings.Deadlines(text, new LocalDate(year, month, day)), StringComparison.Ordinal);

    // A year after the action asked for, or at the head of the sentence that asks, is by when it is due.
    [Theory]
    [InlineData("At the same time, complete the completed packages for project acceptance, carry out procedures for payment and settlement of completed projects and hand them over for use in 2025.", 2025, 6, 9, "in 2025")]
    [InlineData("In 2021, HCM City will hold elections for the People's Councils and complete the apparatus of the People's Councils and People's Committees for 2021-2026 of the freshly-formed administrative units.", 2019, 5, 31, "In 2021")]
    public void A_year_after_the_action_asked_for_is_a_deadline(string text, int year, int month, int day, string phrase) =>
        Assert.Contains(phrase + " = ", Findings.Deadlines(text, new LocalDate(year, month, day)), StringComparison.Ordinal);
}
