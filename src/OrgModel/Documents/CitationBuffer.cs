namespace OrgModel.Documents;

/// <summary>The citations found so far, in arrays borrowed from the shared pool, handed back as one array of the exact
/// length.</summary>
/// <remarks>A growing list allocated each doubling of its array, and past about 10,000 citations those arrays went to
/// the large object heap (zeroed, never compacted, collected only with the whole heap): over a large text that cost
/// as much as the citations themselves. Borrowed arrays are cleared when returned, so the pool keeps no citation.</remarks>
internal struct CitationBuffer
{
    private const int FirstLength = 16;

    private Citation[]? items;
    private int count;

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
        Citation[] larger = ArrayPool<Citation>.Shared.Rent(items is null ? FirstLength : items.Length * 2);
        if (items is not null)
        {
            items.AsSpan(0, count).CopyTo(larger);
            ArrayPool<Citation>.Shared.Return(items, clearArray: true);
        }

        items = larger;
    }
}
