using NodaTime;
using OrgModel.Deadlines;
using OrgModel.EntityFrameworkCore.Tests.Databases;
using OrgModel.Testing;

namespace OrgModel.EntityFrameworkCore.Tests;

/// <summary>Rows of generated OrgModel values (the OrgModel.Testing generators), for the round-trip properties.</summary>
public static class StoreArbitraries
{
    // PostgreSQL keeps microseconds: generated times are whole microseconds, so both databases can store them exactly.
    private static readonly Gen<Instant> Instants =
        Gen.Choose(0, int.MaxValue).Select(n => Instant.FromUnixTimeTicks(n * 10_000_000L / 7 * 10 + (n % 1000 * 10)));

    private static readonly Gen<string?> Wordings = Gen.Elements<string?>(null, "trước ngày 31/7/2025", "chậm nhất trong quý III", "\"quoted\" \\ and {braces}");

    private static readonly Gen<Deadline> WordedDeadlines =
        from d in OrgGenerators.Deadline
        from w in Wordings
        select d.WithWording(w);

    private static readonly Gen<ValueRow> FirstHalf =
        from number in OrgGenerators.DocumentNumberValue
        from other in OrgGenerators.DocumentNumberValue.Select(n => (Documents.DocumentNumber?)n).Or(null)
        from party in OrgGenerators.PartyDocumentNumberValue
        from state in OrgGenerators.StateDocumentNumberValue
        from org in OrgGenerators.OrgId
        from parent in OrgGenerators.OrgId.Select(o => (Organisations.OrgId?)o).Or(null)
        from person in OrgGenerators.PersonIdValue
        from term in OrgGenerators.AnyTenure
        from name in OrgGenerators.VietnameseNameValue
        from lunar in OrgGenerators.VietnameseLunarDate
        from born in OrgGenerators.PartialDateValue
        select new ValueRow
        {
            Number = number, OtherNumber = other, Party = party, State = state, Org = org, Parent = parent, Person = person,
            Term = term, Name = name, Lunar = lunar, Born = born,
        };

    /// <summary>Rows with every column filled (nullable ones sometimes null).</summary>
    public static Arbitrary<ValueRow> ValueRows() => Arb.From(
        from row in FirstHalf
        from due in WordedDeadlines
        from otherDue in WordedDeadlines.Select(d => (Deadline?)d).Or(null)
        from conference in OrgGenerators.CentralConferenceNumberValue
        from kind in OrgGenerators.DeadlineKind
        from level in OrgGenerators.OrgLevel
        from status in OrgGenerators.AssignmentStatus.Select(s => (Tasks.AssignmentStatus?)s).Or(null)
        from issued in OrgGenerators.CalendarDay
        from at in Instants
        select Fill(row, due, otherDue, conference, kind, level, status, issued, at));

    /// <summary>The SQLite-only NodaTime values.</summary>
    public static Arbitrary<TextRow> TextRows() => Arb.From(
        from years in Gen.Choose(0, 100)
        from days in Gen.Choose(0, 400)
        from weeks in Gen.Choose(0, 60)
        from empty in Gen.Elements(true, false)
        from day in OrgGenerators.CalendarDay
        from ticks in Gen.Choose(0, int.MaxValue)
        select new TextRow
        {
            Period = empty ? null : Period.FromYears(years) + Period.FromWeeks(weeks) + Period.FromDays(days),
            Month = day.ToYearMonth(),
            At = Instant.FromUnixTimeTicks(ticks * 12_345L + 1),
        });

    private static ValueRow Fill(ValueRow row, Deadline due, Deadline? otherDue, Documents.Model.CentralConferenceNumber conference,
        DeadlineKind kind, Organisations.OrgLevel level, Tasks.AssignmentStatus? status, LocalDate issued, Instant at)
    {
        row.Due = due;
        row.OtherDue = otherDue;
        row.Conference = conference;
        row.Kind = kind;
        row.Level = level;
        row.Status = status;
        row.Issued = issued;
        row.At = at;
        row.Local = at.InUtc().LocalDateTime;
        row.Time = at.InUtc().TimeOfDay;
        return row;
    }

    private static Gen<T?> Or<T>(this Gen<T?> gen, T? alternative)
        where T : struct => Gen.Frequency((4, gen), (1, Gen.Constant(alternative)));
}
