namespace OrgModel.EntityFrameworkCore;

/// <summary>The text form of a value type in a database column: how it is written and how it is read back.</summary>
/// <typeparam name="T">The value type.</typeparam>
/// <remarks>
/// Static members, so that one converter and one comparer type per value type can be named in
/// <c>HaveConversion&lt;TConverter, TComparer&gt;()</c> and built without arguments.
/// </remarks>
internal interface IColumnText<T>
{
    /// <summary>Gets the name used in error messages: the type's own name by default.</summary>
    static virtual string TypeName => typeof(T).Name;

    /// <summary>Writes the column text. May throw for a value that has no text form (a <c>default</c> identifier).</summary>
    static abstract string Format(T value);

    /// <summary>Reads column text; false with a reason when it is not a value of this type.</summary>
    static abstract bool TryRead(string text, [MaybeNullWhen(false)] out T value, [NotNullWhen(false)] out string? reason);

    /// <summary>Whether two values store the same text; equality by default.</summary>
    static virtual bool Same(T left, T right) => EqualityComparer<T>.Default.Equals(left, right);
}
