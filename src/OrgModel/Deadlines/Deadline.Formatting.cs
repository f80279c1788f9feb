using NodaTime.Text;

namespace OrgModel.Deadlines;

/// <content>Formatting: the canonical form, the only one a deadline has.</content>
public readonly partial struct Deadline
{
    /// <summary>Returns the canonical form, which <see cref="Parse(string)"/> reads back to an equal deadline.</summary>
    /// <returns>For example <c>on or before 2025-07-31</c>, <c>in 2026-Q1</c>, <c>after P6M from 2025-07-01</c>.</returns>
    public override string ToString()
    {
        var sb = new StringBuilder(32);
        switch (Kind)
        {
            case DeadlineKind.None:
                return "ongoing";
            case DeadlineKind.OnOrBefore:
                return "on or before " + Iso(date);
            case DeadlineKind.StrictlyBefore:
                return "strictly before " + Iso(date);
            case DeadlineKind.WithinMonth:
                return "in " + date.ToString("uuuu'-'MM", CultureInfo.InvariantCulture);
            case DeadlineKind.WithinQuarter:
                return string.Create(CultureInfo.InvariantCulture, $"in {date.Year:D4}-Q{((date.Month - 1) / 3) + 1}");
            case DeadlineKind.ByEndOfYear:
                return string.Create(CultureInfo.InvariantCulture, $"by the end of {date.Year:D4}");
            case DeadlineKind.AfterPeriod:
                sb.Append("after ").Append(PeriodPattern.Roundtrip.Format(StoredPeriod!));
                break;
            case DeadlineKind.WithinPeriod:
                sb.Append("within ").Append(PeriodPattern.Roundtrip.Format(StoredPeriod!));
                break;
            case DeadlineKind.Urgent:
                return "immediately";
            case DeadlineKind.BeforeEvent:
                return "before the event (" + AnchorEvent + ")";
            case DeadlineKind.WithinWorkingDays:
                sb.Append(CultureInfo.InvariantCulture, $"within {number} working days");
                break;
            default:
                sb.Append(Every switch { RecurrenceFrequency.Monthly => "monthly", RecurrenceFrequency.Quarterly => "quarterly", _ => "yearly" })
                    .Append(CultureInfo.InvariantCulture, $" by day {number}");
                if (Every != RecurrenceFrequency.Monthly)
                {
                    sb.Append(CultureInfo.InvariantCulture, $" of month {month}");
                }

                return sb.ToString();
        }

        if (Anchor is { } a)
        {
            sb.Append(" from ").Append(Iso(a));
            if (AnchorEvent is { } anchorEvent)
            {
                sb.Append(" (").Append(anchorEvent).Append(')');
            }
        }

        return sb.ToString();
    }

    /// <summary>Formats the deadline.</summary>
    /// <param name="format">null, "" or "G": the canonical form (<see cref="ToString()"/>), the only form a deadline has; it is
    /// English and culture-independent, and <see cref="Parse(string)"/> reads it back to an equal deadline.</param>
    /// <param name="formatProvider">Ignored: the form is culture-independent.</param>
    /// <returns>The canonical form.</returns>
    /// <exception cref="FormatException">The format is not null, "" or "G".</exception>
    public string ToString(string? format, IFormatProvider? formatProvider)
    {
        CheckFormat(format);
        return ToString();
    }

    /// <summary>Formats the deadline into a span; see <see cref="ToString(string, IFormatProvider)"/>.</summary>
    /// <param name="destination">The span to write to.</param>
    /// <param name="charsWritten">The number of characters written.</param>
    /// <param name="format">The format: empty or "G".</param>
    /// <param name="provider">Ignored.</param>
    /// <returns>False when the span is too short.</returns>
    /// <exception cref="FormatException">The format is not empty or "G".</exception>
    public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider)
    {
        CheckFormat(format);
        string text = ToString();
        if (text.Length > destination.Length)
        {
            charsWritten = 0;
            return false;
        }

        text.AsSpan().CopyTo(destination);
        charsWritten = text.Length;
        return true;
    }

    // Refusing an unknown format, rather than ignoring it, tells a caller who asks for "V" or "d" that there is no such form.
    private static void CheckFormat(ReadOnlySpan<char> format)
    {
        if (!format.IsEmpty && !format.SequenceEqual("G"))
        {
            throw new FormatException($"The format \"{format}\" is not supported for a deadline: use \"G\" (or null) for the canonical form.");
        }
    }

    private static string Iso(LocalDate d) => LocalDatePattern.Iso.Format(d);
}
