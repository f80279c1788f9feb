namespace OrgModel.Documents;

/// <summary>The citations found so far, in arrays borrowed from the shared pool, handed back as one array of the exact
/// length.</summary>
/// <remarks>A growing list allocated each doubling of its array, and past about 10,000 citations those arrays went to
/// the large object heap (zeroed, never compacted, collected only with the whole heap): over a large text that cost
/// as much as the citations themselves. Borrowed arrays are cleared when returned, so the pool keeps no citation.</remarks>
internal struct CitationBuffer
{
    private const int FirstLength = 16;

    // The first array's length is a guess from the text's length (dense citing prose has one citation per hundred
    // characters or so): each growth copies the references with a write barrier each, which was about 2% of a scan of
    // 1 MB. Capped, so that a huge text with few citations borrows no huge array.
    private const int CharactersPerCitation = 64;
    private const int MostGuessed = 1 << 14;

    private readonly int firstLength;
    private Citation[]? items;
    private int count;

    /// <summary>A buffer for the citations of a text of the given length.</summary>
    public CitationBuffer(int textLength)
    {
        firstLength = Math.Clamp(textLength / CharactersPerCitation, FirstLength, MostGuessed);
    }

    public void Add(Citation citation)
    {
        if (items is null || count == items.Length)
        {
            Grow();
        }

        items![count++] = citation;
    }

    /// <summary>The citations as an immutable list, and the borrowed array returned to the pool.</summary>
    public IReadOnlyList<Citation> ToList()
    {
        if (items is null)
        {
            return ImmutableArray<Citation>.Empty;
        }

        Citation[] result = items.AsSpan(0, count).ToArray();
        ArrayPool<Citation>.Shared.Return(items, clearArray: true);
        items = null;
        return ImmutableCollectionsMarshal.AsImmutableArray(result);
    }

    private void Grow()
    {
        Citation[] larger = ArrayPool<Citation>.Shared.Rent(items is null ? Math.Max(FirstLength, firstLength) : items.Length * 2);
        if (items is not null)
        {
            items.AsSpan(0, count).CopyTo(larger);
            ArrayPool<Citation>.Shared.Return(items, clearArray: true);
        }

        items = larger;
    }
}
