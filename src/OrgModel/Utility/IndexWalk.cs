namespace OrgModel.Utility;

/// <summary>
/// A breadth-first walk over the indices of a graph held in arrays (a chart's change events, a registry's
/// replacements): each index is visited once, so that a cycle in the data cannot loop.
/// </summary>
internal sealed class IndexWalk
{
    private readonly HashSet<int> seen;
    private readonly Queue<int> queue = new();

    /// <summary>Initializes a new instance of the <see cref="IndexWalk"/> class, starting at an index that counts as seen.</summary>
    /// <param name="start">The first index; a negative one (an unknown item) makes an empty walk.</param>
    public IndexWalk(int start)
    {
        seen = [start];
        if (start >= 0)
        {
            queue.Enqueue(start);
        }
    }

    /// <summary>Takes the next index to walk from.</summary>
    /// <param name="index">The index.</param>
    /// <returns>False when the walk is over.</returns>
    public bool TryNext(out int index) => queue.TryDequeue(out index);

    /// <summary>Queues an index reached from the current one, unless it was seen before.</summary>
    /// <param name="index">The index.</param>
    /// <returns>True when the index is new.</returns>
    public bool Visit(int index)
    {
        if (!seen.Add(index))
        {
            return false;
        }

        queue.Enqueue(index);
        return true;
    }
}
