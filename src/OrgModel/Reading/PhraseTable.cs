using OrgModel.Deadlines;

namespace OrgModel.Reading;

/// <summary>Fixed phrases (names, titles, cues) looked up by their folded words at a token of a text: the longest phrase
/// that starts there wins.</summary>
/// <remarks>Phrases are split with the same tokenizer as the text, so "People's", "BCH TW" and "Chính sách, chiến lược"
/// compare word by word; the typographic apostrophe is the plain one. Each look-up tries only the phrases that start with
/// the token's word, longest first, so the cost per token is bounded by the table, not the text.</remarks>
/// <typeparam name="T">What a phrase stands for.</typeparam>
internal sealed class PhraseTable<T>
{
    private readonly Dictionary<string, List<Entry>> byFirst = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<Entry>>.AlternateLookup<ReadOnlySpan<char>> lookup;

    public PhraseTable() => lookup = byFirst.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Adds a phrase; a phrase already there keeps its first value.</summary>
    public PhraseTable<T> Add(string phrase, T value)
    {
        DeadlineTextTokens k = DeadlineTextTokens.Read(phrase);
        if (k.Count == 0)
        {
            return this;
        }

        string[] words = new string[k.Count];
        for (int i = 0; i < words.Length; i++)
        {
            words[i] = Normal(k.Folded(i));
        }

        if (!byFirst.TryGetValue(words[0], out List<Entry>? list))
        {
            byFirst[words[0]] = list = [];
        }

        if (!list.Exists(e => e.Words.AsSpan().SequenceEqual(words)))
        {
            list.Add(new Entry(words, value));
            list.Sort(static (a, b) => b.Words.Length.CompareTo(a.Words.Length));
        }

        return this;
    }

    /// <summary>The longest phrase starting at token <paramref name="t"/>, if any.</summary>
    public bool TryMatch(DeadlineTextTokens k, int t, out int last, out T value)
    {
        if (t < k.Count && lookup.TryGetValue(NormalSpan(k.Folded(t)), out List<Entry>? list))
        {
            foreach (Entry e in list)
            {
                if (t + e.Words.Length <= k.Count && Matches(k, t, e.Words))
                {
                    last = t + e.Words.Length - 1;
                    value = e.Value;
                    return true;
                }
            }
        }

        last = -1;
        value = default!;
        return false;
    }

    private static bool Matches(DeadlineTextTokens k, int t, string[] words)
    {
        for (int i = 1; i < words.Length; i++)
        {
            if (!NormalSpan(k.Folded(t + i)).SequenceEqual(words[i]))
            {
                return false;
            }
        }

        return true;
    }

    private static string Normal(ReadOnlySpan<char> word) => NormalSpan(word).ToString();

    private static ReadOnlySpan<char> NormalSpan(ReadOnlySpan<char> word) => word is "\u2019" or "\u2018" ? "'" : word;

    private readonly record struct Entry(string[] Words, T Value);
}
