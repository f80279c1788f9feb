using OrgModel.Deadlines;

namespace OrgModel.Reading;

/// <summary>Finds the sentences that assign work and, in each, the assignee the text names, the action and the deadlines
/// (<see cref="TaskCandidate"/>).</summary>
/// <remarks>One candidate per sentence (a full stop, <c>;</c>, <c>!</c>, <c>?</c> or a line break ends one), from its first
/// cue. After "yêu cầu", "giao", "đề nghị", "requested", "assigned", "urged" the assignee is the run of bodies and people
/// named right after the cue; before "phải", "must", "should", "is to", "were urged to", "được giao" it is the run named
/// last before it. The action is the rest of the sentence after the assignee (and an English "to"). "is to" and "are to" assign
/// work only right after a body or a person ("The MoF is to coordinate …"; "The goal is to …" states an aim), and a cue that
/// is another word or a noun does not count (<see cref="TaskCueSenses"/>).</remarks>
internal static class TaskCandidateExtractor
{
    private const int MaxFillers = 3;

    private static readonly PhraseTable<(bool After, string Phrase)> Cues = BuildCues();

    public static IReadOnlyList<TaskCandidate> Extract(
        string text, DeadlineTextTokens k, IReadOnlyList<OrganisationMention> organisations, IReadOnlyList<PersonMention> people, IReadOnlyList<DeadlineMention> deadlines)
    {
        var mentions = new Mentions(organisations, people);

        var found = new List<TaskCandidate>();
        foreach ((int from, int to) in ReadingTokens.Sentences(text, k, semicolon: true))
        {
            for (int t = from; t < to; t++)
            {
                if (k.IsWord(t) && Cues.TryMatch(k, t, out int last, out var cue) && last < to && ReadingTokens.AsWritten(text, k, t, last, cue.Phrase)
                    && !Inside(organisations, static o => o.Start, static o => o.Length, k.Start(t)) && !Inside(people, static p => p.Start, static p => p.Length, k.Start(t))
                    && TaskCueSenses.Assigns(text, k, t, last, to)
                    && (cue.Phrase is not ("is to" or "are to") || mentions.EndsJustBefore(text, k.Start(t))))
                {
                    found.Add(Candidate(text, k, from, to, t, last, cue.After, mentions, deadlines));
                    break;
                }
            }
        }

        return found.AsReadOnly();
    }

    private static TaskCandidate Candidate(
        string text, DeadlineTextTokens k, int from, int to, int cue, int cueLast, bool after, Mentions mentions, IReadOnlyList<DeadlineMention> deadlines)
    {
        int sentenceStart = k.Start(from);
        int sentenceEnd = k.End(to - 1);
        List<object> group = after ? GroupAfter(text, k, cueLast + 1, to, mentions, out int next) : GroupBefore(text, k, from, cue, mentions, out next);
        if (!after || group.Count == 0)
        {
            next = cueLast + 1;
        }

        while (next < to && (text.AsSpan(k.Start(next), k.End(next) - k.Start(next)) is "to" || ReadingTokens.IsSymbol(text, k, next, ',') || ReadingTokens.IsSymbol(text, k, next, ':')))
        {
            next++;
        }

        int actionStart = next < to ? k.Start(next) : sentenceEnd;
        string action = text[actionStart..sentenceEnd].TrimEnd(' ', ',', '.', ';');
        int? assigneeStart = group.Count == 0 ? null : StartOf(group[0]);
        string assignee = group.Count == 0 ? string.Empty : text[StartOf(group[0])..EndOf(group[^1])];
        string cueText = text[k.Start(cue)..k.End(cueLast)];
        string reason = $"\"{cueText}\" assigns work; " + (group.Count == 0 ? "the sentence names no assignee" : after ? "the assignee is named after it" : "the assignee is named before it");
        return new TaskCandidate(
            sentenceStart,
            text[sentenceStart..sentenceEnd],
            k.Start(cue),
            cueText,
            assigneeStart,
            assignee,
            group.OfType<OrganisationMention>(),
            group.OfType<PersonMention>(),
            actionStart,
            action,
            ReadingTokens.Within(deadlines, static d => d.Start, sentenceStart, sentenceEnd),
            reason);
    }

    // The bodies and people named right after the cue, joined by commas, "và", "and".
    private static List<object> GroupAfter(string text, DeadlineTextTokens k, int t, int to, Mentions mentions, out int next)
    {
        var group = new List<object>();
        next = t;
        // A name may run on past the sentence's end (a line break inside it ends the sentence): it is not this sentence's.
        int sentenceEnd = k.End(to - 1);
        int p = SkipFillers(text, k, t, to);
        while (p < to && mentions.TryAt(k.Start(p), out int i) && mentions.End(i) <= sentenceEnd)
        {
            group.Add(mentions.Mention(i));
            while (p < to && k.End(p) <= mentions.End(i))
            {
                p++;
            }

            next = p;
            p = SkipFillers(text, k, p, to);
        }

        return group;
    }

    // The bodies and people named last before the cue.
    private static List<object> GroupBefore(string text, DeadlineTextTokens k, int from, int cue, Mentions mentions, out int next)
    {
        next = cue;
        var group = new List<object>();
        int limit = k.Start(cue);
        int sentenceStart = k.Start(from);
        for (int i = mentions.LastBefore(limit); i >= 0; i--)
        {
            int start = mentions.Start(i);
            int end = mentions.End(i);
            if (start < sentenceStart)
            {
                break;
            }

            if (end <= limit && (group.Count == 0 || IsJoin(text.AsSpan(end, limit - end))))
            {
                group.Insert(0, mentions.Mention(i));
                limit = start;
            }
        }

        return group;
    }

    private static bool IsJoin(ReadOnlySpan<char> between)
    {
        ReadOnlySpan<char> s = between.Trim();
        return s.IsEmpty || s is "," or "và" or "and" or ", and" or "the" or "and the" or ", the" or "và các" or ", các";
    }

    private static int SkipFillers(string text, DeadlineTextTokens k, int t, int to)
    {
        int p = t;
        while (p < to && p - t < MaxFillers && (k.Is(p, "cac") || k.Is(p, "the") || k.Is(p, "cho") || k.Is(p, "va") || k.Is(p, "and") || ReadingTokens.IsSymbol(text, k, p, ',')))
        {
            p++;
        }

        return p;
    }

    private static int StartOf(object m) => m is OrganisationMention o ? o.Start : ((PersonMention)m).Start;

    private static int EndOf(object m) => m is OrganisationMention o ? o.Start + o.Length : ((PersonMention)m).Start + ((PersonMention)m).Length;

    // "Ngoại giao" in "Bộ Ngoại giao" is a name, not a cue; so is "Giao" in "Hoang Xuan Giao". The mentions of a kind are in
    // order: a binary search keeps this logarithmic.
    private static bool Inside<T>(IReadOnlyList<T> mentions, Func<T, int> start, Func<T, int> length, int position)
    {
        int lo = 0;
        int hi = mentions.Count - 1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >>> 1;
            T o = mentions[mid];
            if (position < start(o))
            {
                hi = mid - 1;
            }
            else if (position >= start(o) + length(o))
            {
                lo = mid + 1;
            }
            else
            {
                return true;
            }
        }

        return false;
    }

    private static PhraseTable<(bool After, string Phrase)> BuildCues()
    {
        var table = new PhraseTable<(bool After, string Phrase)>();
        foreach (string s in (string[])["yêu cầu", "giao", "giao cho", "đề nghị", "requested", "request", "requests", "asked", "asks", "assigned",
            "assigns", "tasked", "directed", "instructed", "urged", "urges", "called on", "mandated", "ordered",
            "requires", "require", "suggested", "requesting", "demanded", "directs", "asking", "called for"])
        {
            table.Add(s, (true, s));
        }

        foreach (string s in (string[])["phải", "must", "should", "shall", "need to", "needs to", "is to", "are to", "were urged to", "was urged to",
            "are urged to", "are requested to", "were requested to", "is requested to", "was requested to", "được giao", "được yêu cầu",
            "are assigned to", "were assigned to", "was assigned to", "is assigned to", "have to", "has to"])
        {
            table.Add(s, (false, s));
        }

        return table;
    }

    /// <summary>The bodies and people of the text in order of position, found by start or by the last one before a position.</summary>
    private sealed class Mentions
    {
        private readonly List<(int Start, int End, object Mention)> items = [];
        private readonly Dictionary<int, int> byStart = [];

        public Mentions(IReadOnlyList<OrganisationMention> organisations, IReadOnlyList<PersonMention> people)
        {
            items.AddRange(organisations.Select(o => (o.Start, o.Start + o.Length, (object)o)));
            items.AddRange(people.Select(p => (p.Start, p.Start + p.Length, (object)p)));
            items.Sort(static (a, b) => a.Start.CompareTo(b.Start));
            for (int i = 0; i < items.Count; i++)
            {
                byStart.TryAdd(items[i].Start, i);
            }
        }

        public int Start(int i) => items[i].Start;

        public int End(int i) => items[i].End;

        public object Mention(int i) => items[i].Mention;

        public bool TryAt(int start, out int i) => byStart.TryGetValue(start, out i);

        /// <summary>Whether a mention ends at <paramref name="position"/>, or only spaces lie between them.</summary>
        public bool EndsJustBefore(string text, int position)
        {
            int i = LastBefore(position);
            return i >= 0 && items[i].End <= position && text.AsSpan(items[i].End, position - items[i].End).IsWhiteSpace();
        }

        /// <summary>The index of the last mention that starts before <paramref name="position"/>, or -1.</summary>
        public int LastBefore(int position) => ReadingTokens.FirstFrom(items, static i => i.Start, position) - 1;
    }
}
