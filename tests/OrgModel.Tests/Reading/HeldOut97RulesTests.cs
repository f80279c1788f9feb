namespace OrgModel.Tests.Reading;

/// <summary>The rules of the hundred-and-thirty-third and thirty-fourth passes (docs/reading.md), with sentences of held-out
/// sets 96 and 97's sources (`HeldOut96/`, `HeldOut97/`, development sets 97 and 98 since) and set 93's. Every case read failed on the tree of the sets' measurement, before the
/// pass.</summary>
public class HeldOut97RulesTests
{
    // baobinhduong.vn, baobinhthuan.com.vn, lsvn.vn: the Central Committee with the Party's name after it without "the", or by its
    // initials; the Army's General Department of Politics, which the chart does not hold.
    [Theory]
    [InlineData("Early November 11, Binh Duong Provincial Party Committee held a conference on learning and implementation of the 12th Resolution of the 11th tenure Central Committee of CPV.", "2015-11-12",
        "Central Committee of CPV = vn.party.central-committee")]
    [InlineData("The delegates listen to the delivery and implementation of the 12th Resolution of the 11th tenure Central Committee of Communist Party of Vietnam and the 10th Provincial Party Congress.", "2015-11-12",
        "Central Committee of Communist Party of Vietnam = vn.party.central-committee")]
    [InlineData("Those attending the opening session included top-ranking General Luong Cuong – Secretary of the Central Committee of Communist Party of Vietnam (CPVCC) and Director of the Vietnam People’s Army (VPA)'s General Department of Politics.", "2020-10-14",
        "General Department of Politics = -")]
    [InlineData("Ủy ban Kiểm tra Quân ủy T.Ư vừa họp kỳ 15 dưới sự chủ trì của đại tướng Lương Cường, Chủ nhiệm Tổng cục Chính trị Quân đội nhân dân Việt Nam, Chủ nhiệm Ủy ban Kiểm tra Quân ủy T.Ư.", "2021-01-05",
        "Tổng cục Chính trị Quân đội nhân dân Việt Nam = -")]
    public void The_central_committee_of_cpv_and_the_general_department_of_politics(string text, string day, string expected) =>
        Assert.Contains(expected, Findings.OrganisationKeys(text, Findings.Day(day)).Split('|'));

    // en-daihoi13.dangcongsan.vn (the hundred-and-thirty-fourth pass): a province's or city's election committee by its place.
    [Theory]
    [InlineData("On Saturday of March 13, 2021 and Sunday of March 14, 2021, Hanoi Election Committee will be on duty during working hours to receive dossiers.", "Hanoi Election Committee = -")]
    [InlineData("Previously, on February 9, 2021, Hanoi Election Committee issued Decision No. 14/QD-UBBC on fixing the number of election units.", "Hanoi Election Committee = -")]
    public void A_place_s_election_committee(string text, string expected) =>
        Assert.Contains(expected, Findings.OrganisationKeys(text, Findings.Day("2021-02-22")).Split('|'));
}
