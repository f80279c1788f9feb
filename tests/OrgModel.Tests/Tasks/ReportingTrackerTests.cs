using System.Text.Json;
using NodaTime;
using OrgModel.Deadlines;
using OrgModel.Organisations;
using OrgModel.ReferenceData;
using OrgModel.Serialization;
using OrgModel.Tasks;

namespace OrgModel.Tests.Tasks;

/// <summary>Reporting obligations are tracked and become overdue like tasks.</summary>
public class ReportingTrackerTests
{
    private static readonly LocalDate Conclusion201 = new(2025, 10, 31);
    private static readonly OrgId Politburo = OrgId.Parse("vn.party.politburo");

    // Each provincial Party committee owes the Politburo a report "in November 2025" (the shape of the news' report; the
    // provincial scope is this test's).
    private static TaskTracker Tracker() => new(new TaskItem(
        "201-KL/TW#report", Conclusion201, "report to the Politburo", AssignmentScope.EveryProvince(ScopeBody.PartyCommittee),
        Deadline.ParsePhrase("in November 2025", Conclusion201),
        reporting: [new ReportingObligation(Politburo, Deadline.ParsePhrase("in November 2025", Conclusion201))]).Expand(VietnamReferenceData.OrgChart));

    [Fact]
    public void ObligationsBecomeOverdue_AfterTheirDueDay_UnlessDelivered()
    {
        TaskTracker tracker = Tracker();
        OrgId first = tracker.Assignments[0].Assignee.Id;
        ReportDelivery[] delivered = [new("201-KL/TW#report", first, 0, new LocalDate(2025, 11, 20))];

        Assert.Equal(new StatusSummary(34, 0, 0, 0, 0, 0), tracker.ReportingSummary(new LocalDate(2025, 11, 1).PlusDays(-1), delivered));
        Assert.Equal(new StatusSummary(0, 33, 0, 1, 0, 0), tracker.ReportingSummary(new LocalDate(2025, 11, 30), delivered));
        Assert.Equal(new StatusSummary(0, 0, 33, 1, 0, 0), tracker.ReportingSummary(new LocalDate(2025, 12, 1), delivered));
        Assert.Equal(new StatusSummary(0, 0, 34, 0, 0, 0), tracker.ReportingSummary(new LocalDate(2025, 12, 1)));
        Assert.Equal(
            new StatusSummary(0, 0, 0, 1, 0, 0, 33),
            tracker.WithMissingReports(MissingReports.AreUnknown).ReportingByTask(new LocalDate(2025, 12, 1), delivered)["201-KL/TW#report"]);
    }

    [Fact]
    public void ADeliveryThatMatchesNothing_IsRefused_NamingTheArgument()
    {
        TaskTracker tracker = Tracker();
        OrgId first = tracker.Assignments[0].Assignee.Id;
        var day = new LocalDate(2025, 11, 20);
        Assert.Equal("delivered", Assert.Throws<ArgumentException>(() => tracker.ReportingSummary(day, [new ReportDelivery("other", first, 0, day)])).ParamName);
        Assert.Equal("delivered", Assert.Throws<ArgumentException>(() => tracker.ReportingSummary(day, [new ReportDelivery("201-KL/TW#report", first, 1, day)])).ParamName);
        Assert.Equal("delivered", Assert.Throws<ArgumentException>(() => tracker.ReportingSummary(day, [new ReportDelivery("201-KL/TW#report", first, 0, Conclusion201.PlusDays(-1))])).ParamName);
        Assert.Equal("obligation", Assert.Throws<ArgumentException>(() => new ReportDelivery("201-KL/TW#report", first, -1, day)).ParamName);
        Assert.Equal("assignee", Assert.Throws<ArgumentException>(() => new ReportDelivery("201-KL/TW#report", default, 0, day)).ParamName);
    }

    [Fact]
    public void ADelivery_RoundTripsThroughJson()
    {
        var d = new ReportDelivery("201-KL/TW#report", OrgId.Parse("vn.au.2025-07.01.party-committee"), 0, new LocalDate(2025, 11, 20));
        string json = JsonSerializer.Serialize(d, OrgModelJson.Context.ReportDelivery);
        Assert.Equal("""{"taskId":"201-KL/TW#report","assignee":"vn.au.2025-07.01.party-committee","obligation":0,"deliveredOn":"2025-11-20"}""", json);
        Assert.Equal(d, JsonSerializer.Deserialize(json, OrgModelJson.Context.ReportDelivery));
    }
}
