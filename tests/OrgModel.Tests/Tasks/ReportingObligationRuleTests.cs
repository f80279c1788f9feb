using NodaTime;
using OrgModel.Deadlines;
using OrgModel.Organisations;
using OrgModel.ReferenceData;
using OrgModel.Tasks;
using OrgModel.Tests.Deadlines;

namespace OrgModel.Tests.Tasks;

/// <summary>
/// The status rules of a <see cref="ReportingObligation"/> (its remarks and <see cref="ReportingObligation.StatusAt"/>): a one-off
/// report stands as an assignment with the same deadline completed by the first report; a recurring one is overdue when a due
/// date before the day went unmet, each due date met by the earliest report not yet counted delivered after the previous one.
/// </summary>
public sealed class ReportingObligationRuleTests
{
    private static readonly LocalDate Assigned = new(2025, 10, 31);
    private static readonly OrgId Politburo = OrgId.Parse("vn.party.politburo");
    private static readonly Organisation HaNoi = TaskExampleTests.NonLocalChairs().Expand(VietnamReferenceData.OrgChart)[0].Assignee;

    // "Báo cáo hằng tháng trước ngày 20": monthly by day 20, so due 20 November, 20 December… after an assignment on 31 October.
    private static readonly ReportingObligation Monthly =
        new(Politburo, Deadline.ParsePhrase("hằng tháng trước ngày 20", Assigned), "progress of the arrangement");

    [Fact]
    public void A_monthly_report_read_from_the_text_is_due_on_day_20_of_each_month()
    {
        Assert.Equal(DeadlineKind.Recurring, Monthly.When.Kind);
        Assert.Equal(new LocalDate(2025, 11, 20), Monthly.When.DueDate(Assigned));
        Assert.Equal(new LocalDate(2025, 12, 20), Monthly.When.DueDate(new LocalDate(2025, 11, 21)));
    }

    [Theory]
    [InlineData("2025-10-30", "", AssignmentStatus.NotDue)] // before the obligation began
    [InlineData("2025-10-31", "", AssignmentStatus.InProgress)]
    [InlineData("2025-11-20", "", AssignmentStatus.InProgress)] // the due day itself is still on time
    [InlineData("2025-11-21", "", AssignmentStatus.Overdue)]
    [InlineData("2025-11-21", "2025-11-20", AssignmentStatus.InProgress)]
    [InlineData("2025-11-21", "2025-10-31", AssignmentStatus.InProgress)] // a report on the day the obligation began counts
    [InlineData("2025-11-21", "2025-11-22", AssignmentStatus.Overdue)] // a report after the day is not yet known
    [InlineData("2025-12-21", "2025-11-20 2025-12-19", AssignmentStatus.InProgress)]
    [InlineData("2025-12-21", "2025-12-19 2025-11-20", AssignmentStatus.InProgress)] // in any order
    [InlineData("2025-12-21", "2025-11-10 2025-11-15", AssignmentStatus.Overdue)] // an extra report in November does not answer December
    [InlineData("2025-12-21", "2025-11-20 2025-11-20", AssignmentStatus.Overdue)] // two reports on November's due day answer November only
    [InlineData("2025-12-21", "2025-11-25 2025-12-20", AssignmentStatus.InProgress)] // late for November, it counts for November
    [InlineData("2025-12-21", "2025-11-25", AssignmentStatus.Overdue)] // …and so December is unmet
    [InlineData("2025-12-20", "2025-11-25", AssignmentStatus.InProgress)] // December's due day has not passed
    [InlineData("2026-03-21", "2025-11-20 2025-12-20 2026-01-20 2026-02-20 2026-03-20", AssignmentStatus.InProgress)]
    [InlineData("2026-03-21", "2025-11-20 2025-12-20 2026-02-20 2026-03-20", AssignmentStatus.Overdue)] // January went unmet
    public void A_recurring_report_is_overdue_exactly_when_a_past_due_date_went_unmet(string today, string reports, AssignmentStatus expected)
    {
        LocalDate day = LocalDate.FromDateTime(DateTime.Parse(today, System.Globalization.CultureInfo.InvariantCulture));
        LocalDate[] delivered = [.. reports.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(r => LocalDate.FromDateTime(DateTime.Parse(r, System.Globalization.CultureInfo.InvariantCulture)))];
        Assert.Equal(expected, Monthly.StatusOn(day, Assigned, delivered));
        Assert.Equal(expected, Monthly.StatusAt(VietnamTime.EndOf(day).PlusTicks(-1), Assigned, delivered));
    }

    [Fact]
    public void A_recurring_report_is_never_completed_even_with_every_report_delivered()
    {
        LocalDate[] every = [.. Enumerable.Range(0, 24).Select(k => new LocalDate(2025, 11, 20).PlusMonths(k))];
        Assert.Equal(AssignmentStatus.InProgress, Monthly.StatusOn(new LocalDate(2027, 10, 21), Assigned, every));
        Assert.Equal(AssignmentStatus.Overdue, Monthly.StatusOn(new LocalDate(2027, 11, 21), Assigned, every));
    }

    [Fact]
    public void An_instant_far_in_the_future_is_answered_without_walking_past_the_supported_years()
    {
        // The first month is unmet; reports every month up to the last supported year say no month went unmet.
        Assert.Equal(AssignmentStatus.Overdue, Monthly.StatusAt(Instant.FromUtc(9999, 6, 1, 0, 0), Assigned));
        LocalDate[] every = [.. Enumerable.Range(0, ((Deadline.MaxYear - 2025) * 12) + 2).Select(k => new LocalDate(2025, 11, 20).PlusMonths(k))];
        Assert.Equal(AssignmentStatus.InProgress, Monthly.StatusAt(Instant.FromUtc(9999, 6, 1, 0, 0), Assigned, every));
    }

    [Property(Arbitrary = [typeof(DeadlineTestArbitraries)], MaxTest = 300)]
    public bool A_one_off_report_stands_as_an_assignment_completed_by_the_first_report(LocalDate anchor, LocalDate today, int seed)
    {
        var random = new Random(seed);
        Deadline[] oneOff =
        [
            Deadline.OnOrBefore(anchor.PlusDays(random.Next(-30, 120))),
            Deadline.StrictlyBefore(anchor.PlusDays(random.Next(1, 120))),
            Deadline.WithinMonth(new YearMonth(anchor.Year, anchor.Month).PlusMonths(random.Next(0, 4))),
            Deadline.Within(Period.FromDays(random.Next(1, 90))),
            Deadline.After(Period.FromDays(random.Next(1, 90))),
            Deadline.ByEndOfYear(anchor.Year),
        ];
        Deadline when = oneOff[random.Next(oneOff.Length)];
        LocalDate[] reports = [.. Enumerable.Range(0, random.Next(0, 4)).Select(_ => anchor.PlusDays(random.Next(0, 200)))];

        var obligation = new ReportingObligation(Politburo, when);
        var task = new TaskItem("t", anchor, deadline: when);
        Organisation province = HaNoi;
        LocalDate? first = reports.Where(r => r <= today).Order().Cast<LocalDate?>().FirstOrDefault();
        var assignment = new Assignment(task, province, completion: first is { } f ? new CompletionReport("t", province.Id, f) : null);

        return obligation.StatusOn(today, anchor, reports) == assignment.StatusOn(today)
            && obligation.StatusOn(today, anchor, reports.Reverse()) == assignment.StatusOn(today);
    }
}
