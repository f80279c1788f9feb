namespace OrgModel.Utility;

/// <summary>The parts of equality and ordering that every value type of the library writes the same way.</summary>
internal static class Comparisons
{
    /// <summary>
    /// The non-generic <see cref="IComparable.CompareTo"/> over the generic one: null sorts first (as in the BCL), an
    /// object of another type is an <see cref="ArgumentException"/> naming <c>obj</c>.
    /// </summary>
    /// <typeparam name="T">The compared type.</typeparam>
    /// <param name="value">The value compared.</param>
    /// <param name="obj">The object it is compared with.</param>
    /// <returns>The order, as <see cref="IComparable{T}.CompareTo"/>.</returns>
    public static int CompareBoxed<T>(in T value, object? obj)
        where T : IComparable<T> => obj switch
        {
            null => 1,
            T other => value.CompareTo(other),
            _ => ThrowNotA(typeof(T).Name, nameof(obj)),
        };

    [DoesNotReturn]
    private static int ThrowNotA(string typeName, string paramName) =>
        throw new ArgumentException($"The object is not {("AEIOU".Contains(typeName[0], StringComparison.Ordinal) ? "an" : "a")} {typeName}.", paramName);
}
