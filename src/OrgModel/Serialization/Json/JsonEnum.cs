using OrgModel.Utility;

namespace OrgModel.Serialization.Json;

/// <summary>
/// The wire names of an enum: its member names in camel case. Numbers are refused, because a number that is not a
/// defined member would pass a plain enum cast and break the invariant that every value is named.
/// </summary>
/// <typeparam name="T">The enum.</typeparam>
internal static class JsonEnum<T>
    where T : struct, Enum
{
    private static readonly T[] Values = Enum.GetValues<T>();
    private static readonly string[] Names = Array.ConvertAll(Enum.GetNames<T>(), CamelCase);
    private static readonly byte[][] Utf8Names = Array.ConvertAll(Names, System.Text.Encoding.UTF8.GetBytes);
    private static readonly JsonEncodedText[] EncodedNames = Array.ConvertAll(Names, n => JsonEncodedText.Encode(n));

    /// <summary>The camel-case name of a defined member.</summary>
    public static string Format(T value) => Names[IndexOf(value)];

    /// <summary>The camel-case name of a defined member, encoded once for writers.</summary>
    public static JsonEncodedText Encoded(T value) => EncodedNames[IndexOf(value)];

    /// <summary>The member with this UTF-8 name (camel or Pascal case), without making a string; false when none.</summary>
    public static bool TryParseUtf8(ReadOnlySpan<byte> name, out T value)
    {
        for (int i = 0; i < Utf8Names.Length; i++)
        {
            if (System.Text.Ascii.EqualsIgnoreCase(Utf8Names[i], name))
            {
                value = Values[i];
                return true;
            }
        }

        value = default;
        return false;
    }

    /// <summary>The member with this name (camel or Pascal case).</summary>
    public static T Parse(string name)
    {
        for (int i = 0; i < Names.Length; i++)
        {
            if (string.Equals(Names[i], name, StringComparison.OrdinalIgnoreCase))
            {
                return Values[i];
            }
        }

        throw OrgModelJsonException.Here($"\"{Preconditions.Quote(name)}\" is not a valid {typeof(T).Name}; expected one of {string.Join(", ", Names)}.");
    }

    /// <summary>The wire names, in declaration order.</summary>
    public static IReadOnlyList<string> WireNames { get; } = Array.AsReadOnly(Names);

    private static int IndexOf(T value)
    {
        int i = Array.IndexOf(Values, value);
        return i >= 0 ? i : throw new ArgumentOutOfRangeException(nameof(value), value, $"{value} is not a defined {typeof(T).Name}.");
    }

    private static string CamelCase(string name) => JsonNamingPolicy.CamelCase.ConvertName(name);
}

/// <summary>Converts an enum to and from its camel-case name.</summary>
/// <typeparam name="T">The enum.</typeparam>
internal sealed class EnumJsonConverter<T> : OrgModelConverter<T>
    where T : struct, Enum
{
    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) =>
        writer.WriteStringValue(JsonEnum<T>.Format(value));

    /// <inheritdoc />
    protected override T ReadCore(ref Utf8JsonReader reader, JsonSerializerOptions options) => JsonRead.Enum<T>(ref reader);

    /// <inheritdoc />
    protected override T ReadPropertyNameCore(ref Utf8JsonReader reader, JsonSerializerOptions options) => JsonEnum<T>.Parse(reader.GetString()!);

    /// <inheritdoc />
    protected override string FormatPropertyName(T value) => JsonEnum<T>.Format(value);
}
