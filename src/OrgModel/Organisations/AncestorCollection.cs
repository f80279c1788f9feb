using System.Collections;

namespace OrgModel.Organisations;

/// <summary>The ancestors of an organisation in a chart, nearest first, enumerable without allocation.</summary>
/// <remarks>
/// <para>A view over the chart's parent index: <c>foreach</c> over it allocates nothing. <c>default</c> is empty.</para>
/// <para>Thread safety: immutable and thread-safe.</para>
/// </remarks>
public readonly struct AncestorCollection : IEnumerable<Organisation>
{
    private readonly Organisation[]? orgs;
    private readonly int[]? parent;
    private readonly int start;

    internal AncestorCollection(Organisation[] orgs, int[] parent, int start)
    {
        this.orgs = orgs;
        this.parent = parent;
        this.start = start;
    }

    /// <summary>Gets the number of ancestors (the depth of the organisation); walks the chain.</summary>
    public int Count
    {
        get
        {
            int count = 0;
            foreach (Organisation _ in this)
            {
                count++;
            }

            return count;
        }
    }

    /// <summary>Returns the allocation-free enumerator.</summary>
    /// <returns>The enumerator.</returns>
    public Enumerator GetEnumerator() => new(orgs, parent, start);

    /// <inheritdoc />
    IEnumerator<Organisation> IEnumerable<Organisation>.GetEnumerator() => GetEnumerator();

    /// <inheritdoc />
    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>Walks up the parent index.</summary>
    public struct Enumerator : IEnumerator<Organisation>
    {
        private readonly Organisation[]? orgs;
        private readonly int[]? parent;
        private readonly int start;
        private int current;
        private int steps;

        internal Enumerator(Organisation[]? orgs, int[]? parent, int start)
        {
            this.orgs = orgs;
            this.parent = parent;
            this.start = start;
            current = start;
            steps = 0;
        }

        /// <inheritdoc />
        public readonly Organisation Current => orgs![current];

        /// <inheritdoc />
        readonly object IEnumerator.Current => Current;

        /// <inheritdoc />
        public bool MoveNext()
        {
            if (parent is null || current < 0)
            {
                return false;
            }

            // The step bound guards against a cycle in hand-built data; built charts have none.
            current = ++steps > parent.Length ? -1 : parent[current];
            return current >= 0;
        }

        /// <inheritdoc />
        public void Reset()
        {
            current = start;
            steps = 0;
        }

        /// <inheritdoc />
        public readonly void Dispose()
        {
        }
    }
}
