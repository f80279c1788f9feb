using System.Text.Json;
using NodaTime;
using OrgModel.Organisations;

namespace OrgModel.Serialization.Json;

/// <summary>Writes members in the library's wire form: camel-case names, ISO dates, absent members for nulls.</summary>
internal static class JsonWrite
{
    /// <summary>A date member.</summary>
    public static void Date(Utf8JsonWriter writer, string name, LocalDate value) =>
        writer.WriteString(name, LocalDateJsonConverter.Format(value));

    /// <summary>A date member, left out when null.</summary>
    public static void Date(Utf8JsonWriter writer, string name, LocalDate? value)
    {
        if (value is { } date)
        {
            Date(writer, name, date);
        }
    }

    /// <summary>A string member, left out when null.</summary>
    public static void String(Utf8JsonWriter writer, string name, string? value)
    {
        if (value is not null)
        {
            writer.WriteString(name, value);
        }
    }

    /// <summary>An enum member by its camel-case name.</summary>
    public static void Enum<T>(Utf8JsonWriter writer, string name, T value)
        where T : struct, Enum => writer.WriteString(name, JsonEnum<T>.Format(value));

    /// <summary>An array of ids, left out when empty and <paramref name="omitEmpty"/>.</summary>
    public static void Ids(Utf8JsonWriter writer, string name, IReadOnlyList<OrgId> ids, bool omitEmpty = false)
    {
        if (omitEmpty && ids.Count == 0)
        {
            return;
        }

        writer.WriteStartArray(name);
        foreach (OrgId id in ids)
        {
            writer.WriteStringValue(id.ToString());
        }

        writer.WriteEndArray();
    }
}
