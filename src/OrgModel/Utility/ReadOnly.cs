namespace OrgModel.Utility;

/// <summary>
/// The collection rule's one implementation: what a public member returns is an <see cref="ImmutableArray{T}"/>
/// (typed as <see cref="IReadOnlyList{T}"/>), never the array or list behind it, so that no caller can cast it back
/// to <c>T[]</c> or <c>List&lt;T&gt;</c> and change the object (or, for the shared reference chart, the process).
/// </summary>
internal static class ReadOnly
{
    /// <summary>Wraps an array that the caller built for this result and never changes again (no copy).</summary>
    public static IReadOnlyList<T> Own<T>(T[] items) => ImmutableCollectionsMarshal.AsImmutableArray(items);

    /// <summary>Copies a list built for a result into an immutable array.</summary>
    public static IReadOnlyList<T> Copy<T>(List<T> items) => ImmutableCollectionsMarshal.AsImmutableArray(items.ToArray());
}
