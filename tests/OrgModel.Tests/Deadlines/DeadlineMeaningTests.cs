using FsCheck.Xunit;
using NodaTime;
using OrgModel.Deadlines;
using OrgModel.Organisations;
using OrgModel.Tasks;
using OrgModel.Testing;

namespace OrgModel.Tests.Deadlines;

/// <summary>Deadlines as the texts mean them (issue 17): "within" is not "after", a deadline's own anchor wins, urgent
/// deadlines without a date, "until the end of", English quarters in Roman numerals.</summary>
[Properties(Arbitrary = [typeof(OrgArbitraries), typeof(DeadlineTestArbitraries)])]
public class DeadlineMeaningTests
{
    // The two-level local government entered operation on 1 July 2025; the summary is asked "after 6 months" of it.
    private static readonly LocalDate Operation = new(2025, 7, 1);
    private static readonly LocalDate Reference = new(2025, 7, 19);
    private static readonly Organisation Assignee = new(OrgId.Parse("test.assignee"), OrganisationKind.PartyCommittee, OrgLevel.Province, "Tỉnh ủy T");

    [Theory]
    [InlineData("trong vòng 6 tháng")]
    [InlineData("trong 6 tháng")]
    [InlineData("within 6 months")]
    [InlineData("within P6M")]
    public void Within_IsItsOwnKind_OnTimeAtAnyPointUntilTheEnd(string phrase)
    {
        Deadline d = Deadline.ParsePhrase(phrase, Reference).AnchoredAt(Operation);
        Assert.Equal(DeadlineKind.WithinPeriod, d.Kind);
        Assert.Equal(Period.FromMonths(6), d.Period);
        Assert.Equal(new LocalDate(2026, 1, 1), d.DueDate());
        Assert.Null(d.WindowStart());
        Assert.NotEqual(Deadline.After(Period.FromMonths(6), Operation), d);
    }

    [Theory]
    [InlineData("after 6 months")]
    [InlineData("sau 6 tháng")]
    public void After_OpensOnlyWhenThePeriodHasRun(string phrase)
    {
        Deadline d = Deadline.ParsePhrase(phrase, Reference).AnchoredAt(Operation);
        Assert.Equal(DeadlineKind.AfterPeriod, d.Kind);
        Assert.Equal(new LocalDate(2026, 1, 1), d.DueDate());
        Assert.Equal(new LocalDate(2026, 1, 1), d.WindowStart());
    }

    [Theory]
    [InlineData("after 6 months", AssignmentStatus.CompletedEarly)]
    [InlineData("sau 6 tháng", AssignmentStatus.CompletedEarly)]
    [InlineData("trong vòng 6 tháng", AssignmentStatus.CompletedOnTime)]
    [InlineData("within 6 months", AssignmentStatus.CompletedOnTime)]
    public void ASummaryDeliveredInMonthFive_IsEarlyAfterButOnTimeWithin(string phrase, AssignmentStatus expected)
    {
        var task = new TaskItem("summary", Reference, action: "make a comprehensive summary of the two-level local government model",
            deadline: Deadline.ParsePhrase(phrase, Reference).AnchoredAt(Operation, "the two-level local government entered operation"));
        var delivered = new LocalDate(2025, 12, 1);
        var a = new Assignment(task, Assignee).WithCompletion(new CompletionReport("summary", Assignee.Id, delivered));
        Assert.Equal(expected, a.StatusAt(VietnamTime.EndOf(new LocalDate(2026, 2, 1))));
    }

    [Fact]
    public void Within_HasACanonicalFormThatParsesBack()
    {
        Deadline d = Deadline.Within(Period.FromMonths(6), Operation, "mô hình chính quyền địa phương hai cấp đi vào hoạt động");
        Assert.Equal("within P6M from 2025-07-01 (mô hình chính quyền địa phương hai cấp đi vào hoạt động)", d.ToString());
        Assert.Equal(d, Deadline.Parse(d.ToString()));
        Assert.Equal("within P30D", Deadline.Within(Period.FromDays(30)).ToString());
    }

    [Fact]
    public void TheDeadlinesOwnAnchorWins()
    {
        // "after 6 months" of 1 July 2025, in a task assigned on 19 July: due 2026-01-01, not 2026-01-19.
        Deadline d = Deadline.After(Period.FromMonths(6), Operation);
        Assert.Equal(new LocalDate(2026, 1, 1), d.DueDate(Reference));
        Assert.Equal(new LocalDate(2026, 1, 1), d.WindowStart(Reference));
        Assert.Equal(d.PassesAt(), d.PassesAt(Reference));
        Assert.True(d.IsOnTime(new LocalDate(2026, 1, 1), Reference));
        Assert.False(d.IsOnTime(new LocalDate(2026, 1, 2)));
        Assert.Equal(new LocalDate(2025, 7, 15), Deadline.WithinWorkingDays(10, Operation).DueDate(Reference));
    }

    [Fact]
    public void WithoutAnArgument_ARelativeDeadlineWithoutAnchorThrows()
    {
        Deadline d = Deadline.After(Period.FromMonths(6));
        Assert.Throws<InvalidOperationException>(() => d.WindowStart());
        Assert.Throws<InvalidOperationException>(() => d.PassesAt());
        Assert.Throws<InvalidOperationException>(() => d.IsOnTime(Reference));
        Assert.Equal(new LocalDate(2025, 1, 1), Deadline.ByEndOfYear(2025).WindowStart());
        Assert.Equal(new LocalDate(2025, 12, 31), Deadline.ByEndOfYear(2025).DueDate());
    }

    [Property]
    public void AnAnchoredDeadline_IgnoresTheArgument_AndItsWindowContainsTheDueDate(Deadline d, LocalDate a)
    {
        if (!d.HasDueDate || (d.IsRelative && d.Anchor is null))
        {
            return;
        }

        Assert.Equal(d.DueDate(), d.DueDate(a));
        Assert.Equal(d.PassesAt(), d.PassesAt(a));
        Assert.Equal(d.WindowStart(), d.WindowStart(a));
        if (d.WindowStart() is { } start)
        {
            Assert.True(start <= d.DueDate(), $"{d}: window {start}, due {d.DueDate()}");
        }
    }

    [Property]
    public void TheWindowContainsTheDueDate_ForAnyAnchor(Deadline d, LocalDate a)
    {
        if (d.HasDueDate && d.WindowStart(a) is { } start)
        {
            Assert.True(start <= d.DueDate(a), $"{d}: window {start}, due {d.DueDate(a)}");
        }
    }

    [Property]
    public void EveryGeneratedDeadline_RoundTripsThroughItsCanonicalForm(Deadline d) =>
        Assert.Equal(d, Deadline.Parse(d.ToString()));

    [Theory]
    [InlineData("immediately")]
    [InlineData("Urgently")]
    [InlineData("promptly")]
    [InlineData("as soon as possible")]
    [InlineData("ngay")]
    [InlineData("ngay lập tức")]
    [InlineData("khẩn trương")]
    [InlineData("Kịp thời")]
    public void UrgentPhrases_HaveNoDate_AndAreFlagged(string phrase)
    {
        Deadline d = Deadline.ParsePhrase(phrase, Reference);
        Assert.Equal(DeadlineKind.Urgent, d.Kind);
        Assert.True(d.IsUrgent);
        Assert.False(d.HasDueDate);
        Assert.Equal(phrase, d.Wording);
        Assert.Equal("immediately", d.ToString());
        Assert.Equal(d, Deadline.Parse(d.ToString()));
        Assert.Throws<InvalidOperationException>(() => d.DueDate(Reference));
        Assert.True(d.IsOnTime(new LocalDate(2030, 1, 1), Reference));
    }

    [Fact]
    public void AnUrgentTask_IsNeverOverdue_ButNgayWithADateIsNotUrgent()
    {
        var task = new TaskItem("urgent", Reference, action: "review", deadline: Deadline.ParsePhrase("khẩn trương", Reference));
        Assert.Equal(AssignmentStatus.InProgress, new Assignment(task, Assignee).StatusAt(VietnamTime.EndOf(new LocalDate(2030, 1, 1))));
        Assert.False(Deadline.TryParsePhrase("ngày 15/12/2025", Reference, out _));
        Assert.False(Deadline.Ongoing.IsUrgent);
    }

    [Theory]
    [InlineData("until the end of 2025", "by the end of 2025")]
    [InlineData("until the end of November 2025", "in 2025-11")]
    [InlineData("quarter I/2026", "in 2026-Q1")]
    [InlineData("Quarter IV/2025", "in 2025-Q4")]
    [InlineData("in quarter II/2026", "in 2026-Q2")]
    [InlineData("by the end of quarter III/2026", "in 2026-Q3")]
    [InlineData("quý I/2026", "in 2026-Q1")]
    public void EndsAndRomanQuarters(string phrase, string canonical)
    {
        Deadline d = Deadline.ParsePhrase(phrase, Reference);
        Assert.Equal(canonical, d.ToString());
        Assert.Equal(d, Deadline.Parse(phrase));
    }

    [Theory]
    [InlineData("before the 14th Congress")]
    [InlineData("before the 14th National Party Congress")]
    [InlineData("trước Đại hội XIV")]
    [InlineData("trước Đại hội Đảng toàn quốc lần thứ XIV")]
    public void AKnownCongress_ResolvesToTheDayBeforeItFirstSits(string phrase)
    {
        Deadline d = Deadline.ParsePhrase(phrase, new LocalDate(2025, 10, 31));
        Assert.Equal(Deadline.StrictlyBefore(new LocalDate(2026, 1, 19)), d);
        Assert.Equal(new LocalDate(2026, 1, 18), d.DueDate());
        Assert.Equal(phrase, d.Wording);
        Assert.Equal(d, Deadline.Parse(phrase));
    }

    [Theory]
    [InlineData("before the 15th plenum")]
    [InlineData("before the 15th Central Conference")]
    [InlineData("trước Hội nghị Trung ương 15")]
    [InlineData("trước Hội nghị Ban Chấp hành Trung ương lần thứ 15")]
    public void AKnownPlenum_OfTheTermInForce_Resolves(string phrase)
    {
        // The 15th plenum of the 13th Central Committee opened on 22 December 2025.
        Deadline d = Deadline.ParsePhrase(phrase, new LocalDate(2025, 10, 31));
        Assert.Equal(Deadline.StrictlyBefore(new LocalDate(2025, 12, 22)), d);

        // Without a document date the term is unknown: the plenum stays open, named, with no date invented.
        Deadline open = Deadline.Parse(phrase);
        Assert.Equal(DeadlineKind.BeforeEvent, open.Kind);
        Assert.Equal(phrase[phrase.IndexOf(' ', StringComparison.Ordinal)..].Trim(), open.AnchorEvent);
    }

    [Theory]
    [InlineData("before the by-election", "the by-election")]
    [InlineData("before the 15th Congress", "the 15th Congress")]
    [InlineData("trước Đại hội XV.", "Đại hội XV")]
    [InlineData("trước cuộc bầu cử bổ sung", "cuộc bầu cử bổ sung")]
    [InlineData("before the event (the election)", "the election")]
    public void AnUnknownEvent_StaysOpen_WithTheEventNamed(string phrase, string eventName)
    {
        Deadline d = Deadline.ParsePhrase(phrase, new LocalDate(2025, 10, 31));
        Assert.Equal(DeadlineKind.BeforeEvent, d.Kind);
        Assert.Equal(eventName, d.AnchorEvent);
        Assert.False(d.HasDueDate);
        Assert.Null(d.WindowStart());
        Assert.Throws<InvalidOperationException>(() => d.DueDate());
        Assert.Equal($"before the event ({eventName})", d.ToString());
        Assert.Equal(d, Deadline.Parse(d.ToString()));
        Assert.Equal(Deadline.BeforeEvent(eventName), d);
    }

    [Theory]
    [InlineData("before the event")]
    [InlineData("before the election (x)")]
    [InlineData("before someone")]
    public void EventPhrases_ThatNameNothingClearly_AreRefused(string phrase) =>
        Assert.False(Deadline.TryParsePhrase(phrase, Reference, out _));

    [Fact]
    public void ATaskBeforeAnOpenEvent_IsNeverOverdue()
    {
        var task = new TaskItem("vote", Reference, action: "prepare", deadline: Deadline.BeforeEvent("the election"));
        Assert.Equal(AssignmentStatus.InProgress, new Assignment(task, Assignee).StatusAt(VietnamTime.EndOf(new LocalDate(2030, 1, 1))));
        Assert.Throws<ArgumentException>(() => Deadline.BeforeEvent(" "));
        Assert.Throws<ArgumentException>(() => Deadline.BeforeEvent("x (y)"));
    }
}
