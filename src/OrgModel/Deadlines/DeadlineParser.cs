using OrgModel.Text;

namespace OrgModel.Deadlines;

/// <summary>The two entry points of the deadline grammars, by hand and without Regex: the canonical reader (phrases that
/// state their year, as <see cref="Deadline.Parse(string)"/> and JSON read them) and the phrase reader (a missing year from
/// a reference date, <see cref="Deadline.ParsePhrase(string, LocalDate, BeforeInterpretation)"/>).</summary>
/// <remarks>Both share the checks on the whole input, the tokenizer (<see cref="DeadlineTokenizer"/>), the grammar
/// (<see cref="DeadlinePhraseReader"/>) and the anchor event in parentheses; they differ only by the reference date.</remarks>
internal static class DeadlineParser
{
    /// <summary>Reads the canonical form or any phrase that states its year; "before" is read as inclusive.</summary>
    public static bool TryParseCanonical(ReadOnlySpan<char> input, out Deadline result, out int position, [NotNullWhen(false)] out string? reason) =>
        TryParse(input, null, Deadline.DefaultBeforeInterpretation, out result, out position, out reason);

    /// <summary>Reads a phrase; a missing year comes from <paramref name="reference"/> when it is given.</summary>
    public static bool TryParse(ReadOnlySpan<char> input, LocalDate? reference, BeforeInterpretation before, out Deadline result,
        out int position, [NotNullWhen(false)] out string? reason)
    {
        result = default;
        if (input.Length > 400)
        {
            position = 400;
            reason = "a deadline phrase has at most 400 characters";
            return false;
        }

        if (VietnameseText.InnerLineBreakOrControl(input) is >= 0 and int at)
        {
            position = at;
            reason = VietnameseText.LineBreakReason;
            return false;
        }

        if (reference is { } r && r.Calendar != CalendarSystem.Iso)
        {
            position = 0;
            reason = "the reference date must be in the ISO calendar";
            return false;
        }

        if (!Enum.IsDefined(before))
        {
            position = 0;
            reason = "the reading of \"before\" is undefined";
            return false;
        }

        var tokens = DeadlineTokenizer.Tokenize(input, out string? eventText, out int eventPosition);
        var reader = new DeadlinePhraseReader(tokens, input.Length, reference, before);
        if (tokens.Count == 0)
        {
            position = 0;
            reason = "a deadline phrase was expected but the text is empty";
            return false;
        }

        if (!reader.Read(out result) || !reader.AtEnd(out _))
        {
            if (reader.Error is null)
            {
                reader.Fail("unexpected text after the deadline");
            }

            position = reader.ErrorPosition;
            reason = reader.Error!;
            result = default;
            return false;
        }

        if (result.Kind == DeadlineKind.BeforeEvent)
        {
            // The event is named by the rest of the phrase ("before the election") or, in the canonical form, by the parentheses.
            string? name = reader.EventStart >= 0 ? input[reader.EventStart..].Trim().TrimEnd('.').TrimEnd().ToString() : eventText;
            if (name is null || (reader.EventStart >= 0 && eventText is not null) || !Deadline.IsValidEvent(name))
            {
                position = eventText is not null ? eventPosition : reader.EventStart >= 0 ? reader.EventStart : input.Length;
                reason = eventText is null && reader.EventStart < 0 ? "the event in parentheses was expected" : "the event is blank, too long or has parentheses";
                result = default;
                return false;
            }

            result = Deadline.BeforeEvent(VietnameseText.ToNfc(name));
        }
        else if (eventText is not null)
        {
            if (result.Anchor is null || !Deadline.IsValidEvent(eventText))
            {
                position = eventPosition;
                reason = result.Anchor is null ? "an event in parentheses needs \"from DATE\" before it" : "the event in parentheses is blank or too long";
                result = default;
                return false;
            }

            result = WithEvent(result, VietnameseText.ToNfc(eventText));
        }

        result = result.WithWording(input.ToString());
        position = 0;
        reason = null;
        return true;
    }

    private static Deadline WithEvent(Deadline d, string anchorEvent) => d.AnchoredAt(d.Anchor!.Value, anchorEvent);
}
