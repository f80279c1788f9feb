using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace OrgModel.EntityFrameworkCore;

/// <summary>Change tracking by stored text: a change is any change of the column (a deadline's wording too).</summary>
/// <typeparam name="T">The value type.</typeparam>
/// <typeparam name="TText">Its text form.</typeparam>
internal sealed class ColumnTextComparer<T, TText> : ValueComparer<T>
    where TText : IColumnText<T>
{
    /// <summary>Initializes a new instance of the <see cref="ColumnTextComparer{T, TText}"/> class.</summary>
    public ColumnTextComparer()
        : base(static (a, b) => Same(a!, b!), static v => HashOf(v!))
    {
    }

    // Expression trees cannot call static abstract members directly; these plain static methods can be called.
    private static bool Same(T a, T b) => TText.Same(a, b);

    private static int HashOf(T value) => value is null ? 0 : value.GetHashCode();
}
