using System.Text;
using System.Text.Json;
using NodaTime;
using OrgModel.Deadlines;
using OrgModel.Testing;

namespace OrgModel.Tests.Deadlines;

[Properties(Arbitrary = [typeof(OrgArbitraries), typeof(DeadlineTestArbitraries)])]
public class DeadlinePropertyTests
{
    private static readonly JsonSerializerOptions Json = new() { Converters = { new DeadlineJsonConverter() } };

    [Property]
    public void DueDates_AreMonotoneInTheAnchor(Deadline d, LocalDate a, LocalDate b)
    {
        if (!d.HasDueDate)
        {
            return;
        }

        (LocalDate early, LocalDate late) = a <= b ? (a, b) : (b, a);
        Assert.True(d.DueDate(early) <= d.DueDate(late), $"{d}: {early} → {d.DueDate(early)}, {late} → {d.DueDate(late)}");
    }

    [Property]
    public void AbsoluteDeadlines_IgnoreTheAnchor_RelativeOnesAreNotBeforeIt(Deadline d, LocalDate a, LocalDate b)
    {
        if (!d.HasDueDate)
        {
            Assert.Throws<InvalidOperationException>(() => d.DueDate(a));
            return;
        }

        if (d.IsRelative)
        {
            // A deadline's own anchor wins over the one given (issue 17).
            Assert.True(d.DueDate(a) >= (d.Anchor ?? a));
        }
        else
        {
            Assert.Equal(d.DueDate(a), d.DueDate(b));
        }
    }

    [Property]
    public void TheWindowStartsOnOrBeforeTheDueDate(Deadline d, LocalDate anchor)
    {
        if (d.HasDueDate && d.WindowStart(anchor) is { } start)
        {
            Assert.True(start <= d.DueDate(anchor));
        }
    }

    [Property]
    public void PassesAt_IsMidnightAfterTheDueDate_AtUtcPlus7(Deadline d, LocalDate anchor)
    {
        if (!d.HasDueDate)
        {
            return;
        }

        LocalDate due = d.DueDate(anchor);
        Instant expected = Instant.FromUtc(due.Year, due.Month, due.Day, 0, 0) + Duration.FromHours(24 - 7);
        Assert.Equal(expected, d.PassesAt(anchor));
        Assert.True(d.IsOnTime(due, anchor));
        Assert.False(d.IsOnTime(due.PlusDays(1), anchor));
    }

    [Property]
    public void TheCanonicalForm_ParsesBackToAnEqualDeadline(Deadline d)
    {
        string text = d.ToString();
        Deadline back = Deadline.Parse(text);
        Assert.Equal(d, back);
        Assert.Equal(text, back.ToString());
        Assert.Equal(text, back.Wording);
        Assert.True(Deadline.TryParse(text.AsSpan(), out Deadline span));
        Assert.Equal(d, span);
    }

    [Property]
    public void Json_RoundTripsTheCanonicalPhrase(Deadline d)
    {
        string json = JsonSerializer.Serialize(d, Json);
        Assert.Equal(JsonSerializer.Serialize(d.ToString()), json);
        Assert.Equal(d, JsonSerializer.Deserialize<Deadline>(json, Json));
        var dict = new Dictionary<Deadline, int> { [d] = 1 };
        Assert.Equal(dict, JsonSerializer.Deserialize<Dictionary<Deadline, int>>(JsonSerializer.Serialize(dict, Json), Json));
    }

    [Property]
    public void EqualityAndOrdering_AreConsistent_AndIgnoreWording(Deadline a, Deadline b)
    {
        Assert.Equal(a.Equals(b), a.CompareTo(b) == 0);
        Assert.Equal(Math.Sign(a.CompareTo(b)), -Math.Sign(b.CompareTo(a)));
        Assert.Equal(a == b, !(a != b));
        Assert.Equal(a < b, b > a);
        Assert.Equal(a <= b, !(a > b));
        Deadline worded = a.WithWording("trước ngày 31/7/2025");
        Assert.Equal(a, worded);
        Assert.Equal(a.GetHashCode(), worded.GetHashCode());
        Assert.Equal(0, a.CompareTo((object)worded));
        if (a == b)
        {
            Assert.Equal(a.GetHashCode(), b.GetHashCode());
        }
    }

    [Property]
    public void Before_Exclusive_IsOneDayEarlierThanInclusive(LocalDate day)
    {
        Deadline inclusive = Deadline.Before(day, BeforeInterpretation.Inclusive);
        Deadline exclusive = Deadline.Before(day, BeforeInterpretation.Exclusive);
        Assert.Equal(day, inclusive.DueDate(day));
        Assert.Equal(day.PlusDays(-1), exclusive.DueDate(day));
        Assert.Equal(inclusive.Wording, exclusive.Wording);
    }

    [Property]
    public void VietnameseAndEnglishDayPhrases_AgreeWhateverTheSpelling(LocalDate day, BeforeInterpretation before)
    {
        string dmy = $"{day.Day}/{day.Month}/{day.Year}";
        Deadline expected = Deadline.Before(day, before);
        Assert.Equal(expected, Deadline.ParsePhrase($"trước ngày {dmy}", day, before));
        Assert.Equal(expected, Deadline.ParsePhrase($"TRƯỚC NGÀY {dmy}".Normalize(NormalizationForm.FormD), day, before));
        Assert.Equal(expected, Deadline.ParsePhrase($"truoc {dmy}", day, before));
        Assert.Equal(expected, Deadline.ParsePhrase($"before {day.ToString("MMMM d, uuuu", System.Globalization.CultureInfo.InvariantCulture)}", day, before));
        Assert.Equal(Deadline.OnOrBefore(day), Deadline.ParsePhrase($"chậm nhất ngày {dmy}", day));
        Assert.Equal(Deadline.OnOrBefore(day), Deadline.ParsePhrase($"by {day.ToString("d MMMM uuuu", System.Globalization.CultureInfo.InvariantCulture)}", day));
        Assert.Equal(Deadline.WithinMonth(day.ToYearMonth()), Deadline.ParsePhrase($"trong tháng {day.Month}/{day.Year}", day));
        Assert.Equal(Deadline.WithinQuarter(day.Year, ((day.Month - 1) / 3) + 1), Deadline.ParsePhrase($"quý {OrgModel.Tenures.RomanNumeral.Format(((day.Month - 1) / 3) + 1)}/{day.Year}", day));
    }

    [Property]
    public void TryParse_NeverThrows_OnAnyText(string? text, LocalDate reference)
    {
        bool ok = Deadline.TryParsePhrase(text, reference, out Deadline d);
        Assert.True(ok || d == default);
        Assert.True(Deadline.TryParse(text, out Deadline canonical) || canonical == default);
    }

    [Property]
    public void TryParse_NeverThrows_OnMangledPhrases(Deadline d, int cut, char inserted)
    {
        string text = d.ToString();
        int at = Math.Abs(cut % (text.Length + 1));
        foreach (string mangled in new[] { text[..at], text.Insert(at, inserted.ToString()), text.Remove(Math.Min(at, text.Length - 1), 1) })
        {
            if (!Deadline.TryParsePhrase(mangled, new LocalDate(2025, 10, 31), out _))
            {
                Assert.Throws<FormatException>(() => Deadline.ParsePhrase(mangled, new LocalDate(2025, 10, 31)));
            }
        }
    }

    [Property]
    public void RecurringDueDates_AreTheNextOccurrenceOnOrAfterTheAnchor(RecurrenceFrequency frequency, LocalDate anchor)
    {
        Deadline d = Deadline.Recurring(frequency, 31, (int)frequency);
        LocalDate due = d.DueDate(anchor);
        Assert.True(due >= anchor);
        Assert.Equal(due, d.Occurrences(anchor, due).Single());
        Assert.Equal(12 / (int)frequency, d.Occurrences(new LocalDate(anchor.Year, 1, 1), new LocalDate(anchor.Year, 12, 31)).Count);
    }
}
