using OrgModel.Deadlines;
using OrgModel.Documents;
using OrgModel.Documents.Model;
using OrgModel.Tenures;

namespace OrgModel.Reading;

/// <summary>Resolves the documents a text cites against a caller's <see cref="DocumentRegistry"/> (<see cref="DocumentMention"/>).</summary>
/// <remarks>A numbered citation as the registry resolves it, less the documents issued after the text (a text cannot cite
/// them). An unnumbered congress resolution ("Nghị quyết Đại hội XIV", "the Resolution of the 14th National Party Congress",
/// and, for the congress last held before the text's date, "Nghị quyết Đại hội", "the Congress Resolution") only to the
/// registry's unnumbered resolutions of that congress. One look-up per citation: linear in the text.</remarks>
internal static class DocumentResolver
{
    private const string CongressPrefix = "vn.party.congress.";
    private const string Named = "a resolution of a congress the text names";

    public static IReadOnlyList<DocumentMention> Resolve(
        string text, DeadlineTextTokens k, LocalDate date, IReadOnlyList<Citation> citations, IReadOnlyList<TermMention> terms, DocumentRegistry registry)
    {
        var found = new List<DocumentMention>();
        foreach (Citation c in citations)
        {
            found.Add(Numbered(text, date, c, registry));
        }

        ILookup<string, Document> congressResolutions = registry.Query(DocumentKind.Resolution)
            .Where(static d => !d.IsNumbered && d.IssuedAt is not null && d.IssuedAt.StartsWith(CongressPrefix, StringComparison.Ordinal))
            .ToLookup(static d => d.IssuedAt!, StringComparer.Ordinal);
        var starts = new Dictionary<int, TermMention>();
        foreach (TermMention term in terms)
        {
            starts.TryAdd(term.Start, term);
        }

        for (int t = 0; t < k.Count; t++)
        {
            if (TryCongressResolution(text, k, t, date, starts, out int start, out int end, out string? eventId, out string how))
            {
                Document[] same = [.. congressResolutions[eventId]];
                string reason = same.Length switch
                {
                    0 => $"{how}; the registry holds no resolution of {eventId}",
                    1 => $"{how}; the registry's one resolution of {eventId}",
                    _ => $"{how}; the registry holds {same.Length} resolutions of {eventId}",
                };
                found.Add(new DocumentMention(start, text[start..end], null, same.Select(static d => d.Key), reason));
                while (t + 1 < k.Count && k.Start(t + 1) < end)
                {
                    t++;
                }
            }
        }

        found.Sort(static (a, b) => a.Start.CompareTo(b.Start));
        return found.AsReadOnly();
    }

    private static DocumentMention Numbered(string text, LocalDate date, Citation c, DocumentRegistry registry)
    {
        DocumentResolution r = registry.Resolve(c);
        Document[] known = [.. r.Candidates.Where(d => d.IssueDate <= date)];
        string dated = c.Date is null ? "by its number" : "by its number and date";
        string reason = (r.Candidates.Count, known.Length) switch
        {
            (0, _) => $"a citation; the registry holds no document {dated}",
            (_, 0) => "a citation; the registry's documents of this number were issued after the text",
            (1, 1) => $"a citation; the registry holds it ({dated})",
            (_, 1) => "a citation; the only document of this number in the registry issued by the text's date",
            _ => $"a citation; {known.Length} documents of the registry have this number; the text does not say which",
        };
        return new DocumentMention(c.Start, text.Substring(c.Start, c.Length), c.Number, known.Select(static d => d.Key), reason);
    }

    // "Nghị quyết Đại hội XIV", "Resolution of the 14th National Party Congress", "the 14th National Party Congress's
    // Resolution"; without the congress's number ("Nghị quyết Đại hội", "the Congress Resolution"), the congress last held
    // before the text.
    private static bool TryCongressResolution(
        string text, DeadlineTextTokens k, int t, LocalDate date, Dictionary<int, TermMention> terms,
        out int start, out int end, [NotNullWhen(true)] out string? eventId, out string how)
    {
        (start, end, eventId, how) = (-1, -1, null, string.Empty);
        int after = k.Is(t, "nghi", "quyet") ? t + 2 : k.Is(t, "resolution") ? t + 1 : -1;
        if (after >= 0)
        {
            int at = after + (k.Is(after, "cua") || k.Is(after, "of") ? 1 : 0);
            at += k.Is(at, "the") ? 1 : 0;
            if (at < k.Count && terms.TryGetValue(k.Start(at), out TermMention? term) && IsCongress(term.EventId))
            {
                (start, end, eventId, how) = (k.Start(t), term.Start + term.Length, term.EventId!, Named);
                return true;
            }

            if ((k.Is(at, "dai", "hoi") && !NamesWhich(k, at + 2)) || (at > after && k.Is(at, "congress") && !k.Is(at + 1, "of")))
            {
                return Latest(k.Start(t), k.End(k.Is(at, "dai") ? at + 1 : at), date, out start, out end, out eventId, out how);
            }
        }

        if (terms.TryGetValue(k.Start(t), out TermMention? before) && IsCongress(before.EventId))
        {
            int r = t;
            while (r < k.Count && k.Start(r) < before.Start + before.Length)
            {
                r++;
            }

            int word = ReadingTokens.IsSymbol(text, k, r, '\'') || ReadingTokens.IsSymbol(text, k, r, '\u2019') ? (k.Is(r + 1, "s") ? r + 2 : -1) : r;
            if (word >= 0 && k.Is(word, "resolution"))
            {
                (start, end, eventId, how) = (before.Start, k.End(word), before.EventId!, Named);
                return true;
            }
        }

        return k.Is(t, "congress", "resolution") && ReadingTokens.IsCapitalised(text, k, t)
            && Latest(k.Start(t), k.End(t + 1), date, out start, out end, out eventId, out how);
    }

    // "Đại hội XIII", "Đại hội đại biểu toàn quốc lần thứ XIII", "Đại hội Đảng khóa …": the words say which congress, so the
    // latest one must not be taken for it.
    private static bool NamesWhich(DeadlineTextTokens k, int t)
    {
        int p = k.Is(t, "dang") ? t + 1 : t;
        return k.IsNumber(p) || (k.IsWord(p) && (IsRoman(k.Folded(p)) || k.Folded(p) is "lan" or "dai" or "toan" or "khoa" or "nhiem" or "thu"));
    }

    private static bool IsRoman(ReadOnlySpan<char> word) => word.Length is > 0 and <= 6 && !word.ContainsAnyExcept("ivxl");

    private static bool Latest(int from, int to, LocalDate date, out int start, out int end, [NotNullWhen(true)] out string? eventId, out string how)
    {
        (start, end) = (from, to);
        NationalPartyCongress? last = TenureFacts.NationalPartyCongresses.Where(c => c.Closing <= date).MaxBy(static c => c.Closing);
        eventId = last?.Event.Id;
        how = last is null ? string.Empty : $"a congress resolution without its congress: the {last.Ordinal}th congress, the last before the text";
        return last is not null;
    }

    private static bool IsCongress(string? eventId) => eventId is not null && eventId.StartsWith(CongressPrefix, StringComparison.Ordinal);
}
