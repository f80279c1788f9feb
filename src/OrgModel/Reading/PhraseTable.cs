using OrgModel.Deadlines;

namespace OrgModel.Reading;

/// <summary>Fixed phrases (names, titles, cues) looked up by their folded words at a token of a text: the longest phrase
/// that starts there wins.</summary>
/// <remarks>Phrases are split with the same tokenizer as the text, so "People's", "BCH TW" and "Chính sách, chiến lược"
/// compare word by word; the typographic apostrophe is the plain one. The phrases form a tree of words (a trie): a look-up
/// walks it one token at a time, so its cost is bounded by the longest phrase, never by how many phrases share a first word
/// (a chart's thousands of "Ủy ban nhân dân …" and "Đảng ủy …").</remarks>
/// <typeparam name="T">What a phrase stands for.</typeparam>
internal sealed class PhraseTable<T>
{
    private readonly Node root = new();

    /// <summary>Adds a phrase; a phrase already there keeps its first value.</summary>
    public PhraseTable<T> Add(string phrase, T value)
    {
        DeadlineTextTokens k = DeadlineTextTokens.Read(phrase);
        if (k.Count == 0)
        {
            return this;
        }

        Node node = root;
        for (int i = 0; i < k.Count; i++)
        {
            node = node.Child(Normal(k.Folded(i)));
        }

        if (!node.HasValue)
        {
            (node.HasValue, node.Value) = (true, value);
        }

        return this;
    }

    /// <summary>The folded first words of the phrases, as a look-up of a token's folded word (<see cref="Normal"/>) finds them:
    /// no phrase starts at a token whose word is not among them.</summary>
    public IEnumerable<string> FirstWords => root.Words;

    /// <summary>The longest phrase starting at token <paramref name="t"/>, if any.</summary>
    public bool TryMatch(DeadlineTextTokens k, int t, out int last, out T value) => TryMatch(k, t, k.Count - 1, out last, out value);

    /// <summary>The longest phrase starting at token <paramref name="t"/> and ending at or before token <paramref name="through"/>,
    /// if any.</summary>
    public bool TryMatch(DeadlineTextTokens k, int t, int through, out int last, out T value)
    {
        last = -1;
        value = default!;
        Node node = root;
        for (int i = t; i >= 0 && i < k.Count && i <= through; i++)
        {
            Node? next = node.Next(Normal(k.Folded(i)));
            if (next is null && i > t && IsBracketed(k, i))
            {
                // "Ủy ban Kiểm tra (UBKT) Trung ương": a name's short form in brackets inside it; the name goes on after it.
                i += 3;
                next = i < k.Count ? node.Next(Normal(k.Folded(i))) : null;
            }

            if (next is null)
            {
                break;
            }

            node = next;
            if (node.HasValue)
            {
                (last, value) = (i, node.Value);
            }
        }

        return last >= 0;
    }

    // "(", one word, ")": folded, brackets are themselves.
    private static bool IsBracketed(DeadlineTextTokens k, int i) =>
        i + 3 < k.Count && k.Folded(i) is "(" && k.IsWord(i + 1) && k.Folded(i + 2) is ")";

    /// <summary>A folded word as the table keeps it: the typographic apostrophes are the plain one.</summary>
    public static ReadOnlySpan<char> Normal(ReadOnlySpan<char> word) => word is "\u2019" or "\u2018" ? "'" : word;

    private sealed class Node
    {
        private Dictionary<string, Node>? children;
        private Dictionary<string, Node>.AlternateLookup<ReadOnlySpan<char>> lookup;

        public IEnumerable<string> Words => children?.Keys ?? Enumerable.Empty<string>();

        public bool HasValue { get; set; }

        public T Value { get; set; } = default!;

        public Node Child(ReadOnlySpan<char> word)
        {
            if (children is null)
            {
                children = new Dictionary<string, Node>(StringComparer.Ordinal);
                lookup = children.GetAlternateLookup<ReadOnlySpan<char>>();
            }

            if (!lookup.TryGetValue(word, out Node? child))
            {
                child = new Node();
                lookup[word] = child;
            }

            return child;
        }

        public Node? Next(ReadOnlySpan<char> word) => children is not null && lookup.TryGetValue(word, out Node? child) ? child : null;
    }
}
