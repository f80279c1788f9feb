using NodaTime.Text;
using OrgModel.Utility;

namespace OrgModel.Serialization.Json;

/// <summary>Reads one JSON value of a given kind, as the hand-written converters need.</summary>
internal static class JsonRead
{
    /// <summary>Reads one element of an array.</summary>
    public delegate T Element<T>(ref Utf8JsonReader reader);

    /// <summary>A non-null string.</summary>
    public static string String(ref Utf8JsonReader reader) => reader.TokenType == JsonTokenType.String
        ? reader.GetString()!
        : throw OrgModelJsonException.Here($"A JSON string was expected, not {reader.TokenType}.");

    /// <summary>
    /// The UTF-8 bytes of the current string when they are its value as they stand (one segment, no escapes), for the
    /// readers that decide on the bytes without making a string; false otherwise, and the caller reads it the usual way.
    /// </summary>
    public static bool TryPlainString(ref Utf8JsonReader reader, out ReadOnlySpan<byte> utf8)
    {
        bool plain = reader.TokenType == JsonTokenType.String && !reader.HasValueSequence && !reader.ValueIsEscaped;
        utf8 = plain ? reader.ValueSpan : default;
        return plain;
    }

    /// <summary>A string or null.</summary>
    public static string? NullableString(ref Utf8JsonReader reader) =>
        reader.TokenType == JsonTokenType.Null ? null : String(ref reader);

    /// <summary>A JSON boolean.</summary>
    public static bool Boolean(ref Utf8JsonReader reader) => reader.TokenType switch
    {
        JsonTokenType.True => true,
        JsonTokenType.False => false,
        _ => throw OrgModelJsonException.Here($"true or false was expected, not {reader.TokenType}."),
    };

    /// <summary>A JSON number that is a 32-bit integer.</summary>
    public static int Int32(ref Utf8JsonReader reader) =>
        reader.TokenType == JsonTokenType.Number && reader.TryGetInt32(out int value)
            ? value
            : throw OrgModelJsonException.Here($"A 32-bit integer was expected, not {reader.TokenType}.");

    /// <summary>An ISO <c>uuuu-MM-dd</c> date.</summary>
    public static LocalDate Date(ref Utf8JsonReader reader)
    {
        if (TryPlainString(ref reader, out ReadOnlySpan<byte> utf8) && IsoDateUtf8.TryRead(utf8, out LocalDate fast))
        {
            return fast;
        }

        ParseResult<LocalDate> result = LocalDatePattern.Iso.Parse(String(ref reader));
        return result.Success ? result.Value : throw OrgModelJsonException.Here(result.Exception.Message);
    }

    /// <summary>A date or null.</summary>
    public static LocalDate? NullableDate(ref Utf8JsonReader reader) =>
        reader.TokenType == JsonTokenType.Null ? null : Date(ref reader);

    /// <summary>Whether the current token is a JSON null (an absent optional value).</summary>
    public static bool IsNull(ref Utf8JsonReader reader) => reader.TokenType == JsonTokenType.Null;

    /// <summary>An enum member by its camel-case name.</summary>
    public static T Enum<T>(ref Utf8JsonReader reader)
        where T : struct, Enum => TryPlainString(ref reader, out ReadOnlySpan<byte> utf8) && JsonEnum<T>.TryParseUtf8(utf8, out T value)
            ? value
            : JsonEnum<T>.Parse(String(ref reader));

    /// <summary>An enum member, or null.</summary>
    public static T? NullableEnum<T>(ref Utf8JsonReader reader)
        where T : struct, Enum => IsNull(ref reader) ? null : Enum<T>(ref reader);

    /// <summary>An array; an error in an element names its index.</summary>
    public static ImmutableArray<T> Array<T>(ref Utf8JsonReader reader, Element<T> element)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw OrgModelJsonException.Here($"A JSON array was expected, not {reader.TokenType}.");
        }

        // Grown in pooled buffers and copied once at the end: a chart's arrays hold tens of thousands of items, and
        // a growing builder would allocate about three times the final array.
        T[] buffer = ArrayPool<T>.Shared.Rent(16);
        int count = 0;
        try
        {
            while (true)
            {
                if (!reader.Read())
                {
                    throw OrgModelJsonException.Here("The array is incomplete.");
                }

                if (reader.TokenType == JsonTokenType.EndArray)
                {
                    return count == 0 ? [] : ImmutableCollectionsMarshal.AsImmutableArray(buffer.AsSpan(0, count).ToArray());
                }

                T item;
                try
                {
                    item = element(ref reader);
                }
                catch (Exception e) when (!Preconditions.IsFatal(e))
                {
                    throw OrgModelJsonException.Within($"[{count}]", e);
                }

                if (count == buffer.Length)
                {
                    T[] larger = ArrayPool<T>.Shared.Rent(buffer.Length * 2);
                    buffer.AsSpan(0, count).CopyTo(larger);
                    Return(buffer, count);
                    buffer = larger;
                }

                buffer[count++] = item;
            }
        }
        finally
        {
            Return(buffer, count);
        }
    }

    // References left in a pooled array would keep the items alive and hand them to the next renter.
    private static void Return<T>(T[] buffer, int count)
    {
        if (RuntimeHelpers.IsReferenceOrContainsReferences<T>())
        {
            buffer.AsSpan(0, count).Clear();
        }

        ArrayPool<T>.Shared.Return(buffer);
    }
}
