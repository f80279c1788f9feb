using System.Text.Json.Serialization.Metadata;
using OrgModel.Serialization;

namespace OrgModel.EntityFrameworkCore;

/// <summary>The column text of a type whose JSON form is a string: that string, without quotes or escapes.</summary>
internal static class JsonStringText
{
    /// <summary>The JSON string the library writes for <paramref name="value"/>; throws for a value it refuses to write.</summary>
    public static string Format<T>(T value, JsonTypeInfo<T> type)
    {
        try
        {
            return JsonSerializer.Deserialize(JsonSerializer.Serialize(value, type), OrgModelJson.Context.String)!;
        }
        catch (JsonException e)
        {
            throw new InvalidOperationException(e.Message, e);
        }
    }

    /// <summary>Reads the text as the library reads that JSON string.</summary>
    public static bool TryRead<T>(string text, JsonTypeInfo<T> type, [MaybeNullWhen(false)] out T value, [NotNullWhen(false)] out string? reason) =>
        ParsedText.Catching(text, t => JsonSerializer.Deserialize(JsonSerializer.Serialize(t, OrgModelJson.Context.String), type)!, out value, out reason);
}
