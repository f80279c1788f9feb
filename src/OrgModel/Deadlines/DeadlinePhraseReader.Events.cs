using OrgModel.Tenures;

namespace OrgModel.Deadlines;

/// <summary>Deadlines tied to events: "before the 14th Congress", "trước Đại hội XIV", "before the 15th plenum", "before the
/// election". A congress or plenum the library knows (<see cref="TenureFacts"/>) resolves to the day before it first sits,
/// and "the election" in a dated text to the day before the next general election; any other event stays open, named, without a date (<see cref="DeadlineKind.BeforeEvent"/>): a date is never invented.</summary>
internal sealed partial class DeadlinePhraseReader
{
    /// <summary>Gets where in the input the name of an open event starts, or -1 when the name comes from the parentheses
    /// (the canonical "before the event (the election)").</summary>
    public int EventStart { get; private set; } = -1;

    private bool NextIsEvent() =>
        index < tokens.Count && tokens[index].Type == DeadlineTokenType.Word && !(Peek("ngay") || IsMonthName(tokens[index].Text));

    private bool BeforeEvent(out Deadline result)
    {
        result = default;
        int start = Here;
        int first = index;
        if (Accept("the", "event") && AtEnd(out _))
        {
            return Make(Deadline.OpenEvent, out result);
        }

        index = first;
        if (Congress(out int n) && AtEnd(out _))
        {
            return TenureFacts.TryGetNationalPartyCongress(n, out NationalPartyCongress? c)
                ? Make(Deadline.StrictlyBefore(c.PreparatorySession ?? c.Opening), out result)
                : Open(start, out result);
        }

        index = first;
        if (Plenum(out int p) && AtEnd(out _))
        {
            return Term() is int term && TenureFacts.TryGetCentralConference(term, p, out CentralConference? conference)
                ? Make(Deadline.StrictlyBefore(conference.Opening), out result)
                : Open(start, out result);
        }

        index = first;
        if (Election() && AtEnd(out _))
        {
            return NextElection() is PoliticalEvent election ? Make(Deadline.BeforeEvent(election), out result) : Open(start, out result);
        }

        index = first;
        if (Peek("the") || Peek("dai") || Peek("hoi") || Peek("bau") || Peek("cuoc") || Peek("ky"))
        {
            index = tokens.Count;
            return Open(start, out result);
        }

        return Fail("a date or an event (\"the 14th Congress\", \"Đại hội XIV\", \"the election\") was expected");
    }

    private bool Open(int start, out Deadline result)
    {
        EventStart = start;
        return Make(Deadline.OpenEvent, out result);
    }

    // "the 14th (National Party) Congress", "Đại hội (Đảng toàn quốc) (lần thứ) XIV".
    private bool Congress(out int n)
    {
        n = 0;
        Accept("the");
        if (Ordinal(out n))
        {
            Accept("national");
            Accept("party");
            return Accept("congress");
        }

        if (!Accept("dai", "hoi"))
        {
            return false;
        }

        Accept("dang");
        Accept("toan", "quoc");
        Accept("lan", "thu");
        if (!RomanOrNumber(out n))
        {
            return false;
        }

        // Running text names the Party after the number ("Đại hội XIV của Đảng").
        Accept("cua", "dang");
        return true;
    }

    // "the 15th plenum", "the 15th Central Conference", "Hội nghị Trung ương 15", "Hội nghị (Ban Chấp hành) Trung ương lần thứ 15".
    private bool Plenum(out int n)
    {
        n = 0;
        Accept("the");
        if (Ordinal(out n))
        {
            return Accept("plenum") || Accept("central", "conference") || Accept("plenary", "session");
        }

        if (!Accept("hoi", "nghi"))
        {
            return false;
        }

        Accept("ban", "chap", "hanh");
        if (!Accept("trung", "uong"))
        {
            return false;
        }

        Accept("lan", "thu");
        return RomanOrNumber(out n);
    }

    // "the (general) election(s)", "(cuộc) bầu cử": the election with no other name.
    private bool Election()
    {
        if (Accept("the"))
        {
            Accept("general");
            return Accept("election") || Accept("elections");
        }

        Accept("cuoc");
        return Accept("bau", "cu");
    }

    // A bare "the election" in a dated text means the next general election after the text's date (the only elections the
    // library holds are the general ones, every one since 1946, so "the next" is never a gap in the data). After the last
    // known election, or without a date, there is no such election to point at: the phrase stays open.
    private PoliticalEvent? NextElection()
    {
        if (reference is not { } r)
        {
            return null;
        }

        foreach (PoliticalEvent e in TenureFacts.Events)
        {
            if (e.Kind == PoliticalEventKind.Election && e.Start > r)
            {
                return e;
            }
        }

        return null;
    }

    // A plenum is numbered within the Central Committee's term: the one elected by the last congress before the document.
    private int? Term()
    {
        if (reference is not { } r)
        {
            return null;
        }

        int? term = null;
        foreach (NationalPartyCongress c in TenureFacts.NationalPartyCongresses)
        {
            if (c.Closing <= r)
            {
                term = c.Ordinal;
            }
        }

        return term;
    }

    private bool Ordinal(out int n)
    {
        n = 0;
        if (index + 1 < tokens.Count && tokens[index].Type == DeadlineTokenType.Number && tokens[index + 1].Text is "st" or "nd" or "rd" or "th"
            && int.TryParse(tokens[index].Text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out n) && n is >= 1 and <= 100)
        {
            index += 2;
            return true;
        }

        return false;
    }

    private bool RomanOrNumber(out int n)
    {
        n = 0;
        if (index >= tokens.Count)
        {
            return false;
        }

        DeadlineToken t = tokens[index];
        bool ok = t.Type == DeadlineTokenType.Word
            ? RomanNumeral.TryParse(t.Text, out n)
            : int.TryParse(t.Text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out n);
        if (ok && n is >= 1 and <= 100)
        {
            index++;
            return true;
        }

        return false;
    }

    private static bool IsMonthName(string w)
    {
        foreach (string m in MonthNames)
        {
            if (w == m || (w.Length == 3 && m.StartsWith(w, StringComparison.Ordinal)) || w == "sept")
            {
                return true;
            }
        }

        return false;
    }
}
