namespace OrgModel.Serialization.Json;

/// <summary>The writers' side of the default-value policy: a <c>default</c> struct that is not a value (a number 0, an
/// empty code) is refused instead of written, because no reader of the library could read it back.</summary>
internal static class DefaultValueJson
{
    /// <summary>Throws when <paramref name="isDefault"/>: the value to write is the type's invalid <c>default</c>.</summary>
    public static void Refuse(bool isDefault, string typeName)
    {
        if (isDefault)
        {
            throw new JsonException(
                $"default({typeName}) is not a {typeName} and cannot be written to JSON: no reader could read it back. Write null for a missing value.");
        }
    }

    /// <summary>The canonical string of a value, refused when <paramref name="isDefault"/>.</summary>
    public static string Format<T>(T value, bool isDefault)
        where T : struct
    {
        Refuse(isDefault, typeof(T).Name);
        return value.ToString()!;
    }
}
