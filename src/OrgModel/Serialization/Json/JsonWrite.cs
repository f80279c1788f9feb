namespace OrgModel.Serialization.Json;

/// <summary>Writes members in the library's wire form: camel-case names, ISO dates, absent members for nulls.</summary>
internal static class JsonWrite
{
    /// <summary>A date member.</summary>
    public static void Date(Utf8JsonWriter writer, JsonEncodedText name, LocalDate value)
    {
        Span<byte> utf8 = stackalloc byte[IsoDateUtf8.Length];
        if (IsoDateUtf8.TryFormat(value, utf8))
        {
            writer.WriteString(name, utf8);
        }
        else
        {
            writer.WriteString(name, LocalDateJsonConverter.Format(value));
        }
    }

    /// <summary>A date member, left out when null.</summary>
    public static void Date(Utf8JsonWriter writer, JsonEncodedText name, LocalDate? value)
    {
        if (value is { } date)
        {
            Date(writer, name, date);
        }
    }

    /// <summary>A date member, left out when null (for writers without a shape).</summary>
    public static void Date(Utf8JsonWriter writer, string name, LocalDate? value)
    {
        if (value is { } date)
        {
            writer.WriteString(name, LocalDateJsonConverter.Format(date));
        }
    }

    /// <summary>A string member, left out when null.</summary>
    public static void String(Utf8JsonWriter writer, JsonEncodedText name, string? value)
    {
        if (value is not null)
        {
            writer.WriteString(name, value);
        }
    }

    /// <summary>A string member, left out when null (for writers without a shape).</summary>
    public static void String(Utf8JsonWriter writer, string name, string? value)
    {
        if (value is not null)
        {
            writer.WriteString(name, value);
        }
    }

    /// <summary>An enum member by its camel-case name.</summary>
    public static void Enum<T>(Utf8JsonWriter writer, JsonEncodedText name, T value)
        where T : struct, Enum => writer.WriteString(name, JsonEnum<T>.Encoded(value));

    /// <summary>An enum member, left out when null.</summary>
    public static void Enum<T>(Utf8JsonWriter writer, JsonEncodedText name, T? value)
        where T : struct, Enum
    {
        if (value is { } v)
        {
            Enum(writer, name, v);
        }
    }

    /// <summary>An enum member by its camel-case name (for writers without a shape).</summary>
    public static void Enum<T>(Utf8JsonWriter writer, string name, T value)
        where T : struct, Enum => writer.WriteString(name, JsonEnum<T>.Format(value));

    /// <summary>An array member; indexed, so that no enumerator is allocated.</summary>
    public static void Array<T>(Utf8JsonWriter writer, JsonEncodedText name, IReadOnlyList<T> items, Action<Utf8JsonWriter, T> element)
    {
        writer.WriteStartArray(name);
        for (int i = 0; i < items.Count; i++)
        {
            element(writer, items[i]);
        }

        writer.WriteEndArray();
    }

    /// <summary>An array member from a span (an immutable array, without boxing it).</summary>
    public static void Array<T>(Utf8JsonWriter writer, JsonEncodedText name, ReadOnlySpan<T> items, Action<Utf8JsonWriter, T> element)
    {
        writer.WriteStartArray(name);
        foreach (T item in items)
        {
            element(writer, item);
        }

        writer.WriteEndArray();
    }

    /// <summary>An array member from a span, left out when empty.</summary>
    public static void NonEmptyArray<T>(Utf8JsonWriter writer, JsonEncodedText name, ReadOnlySpan<T> items, Action<Utf8JsonWriter, T> element)
    {
        if (!items.IsEmpty)
        {
            Array(writer, name, items, element);
        }
    }

    /// <summary>An array member, left out when empty.</summary>
    public static void NonEmptyArray<T>(Utf8JsonWriter writer, JsonEncodedText name, IReadOnlyList<T> items, Action<Utf8JsonWriter, T> element)
    {
        if (items.Count > 0)
        {
            Array(writer, name, items, element);
        }
    }

    /// <summary>An array of strings.</summary>
    public static void Strings(Utf8JsonWriter writer, JsonEncodedText name, ReadOnlySpan<string> items)
    {
        writer.WriteStartArray(name);
        foreach (string item in items)
        {
            writer.WriteStringValue(item);
        }

        writer.WriteEndArray();
    }
}
