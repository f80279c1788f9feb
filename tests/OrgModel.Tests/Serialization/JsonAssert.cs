using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace OrgModel.Tests.Serialization;

/// <summary>Round-trip and failure checks shared by the JSON tests of every capability.</summary>
internal static class JsonAssert
{
    /// <summary>Serializes, reads back and serializes again: the two texts must be equal (the value survived whole).</summary>
    public static T RoundTrip<T>(T value, JsonTypeInfo<T> info)
    {
        string first = JsonSerializer.Serialize(value, info);
        T back = JsonSerializer.Deserialize(first, info)!;
        string second = JsonSerializer.Serialize(back, info);
        Assert.Equal(first, second);
        return back;
    }

    /// <summary>Reading must fail with a <see cref="JsonException"/> (never another exception) whose message contains every fragment.</summary>
    public static JsonException Fails<T>(string json, JsonTypeInfo<T> info, params string[] fragments)
    {
        JsonException e = Assert.ThrowsAny<JsonException>(() => JsonSerializer.Deserialize(json, info));
        foreach (string f in fragments)
        {
            Assert.Contains(f, e.Message, StringComparison.Ordinal);
        }

        return e;
    }

    /// <summary>Reading either succeeds or throws <see cref="JsonException"/>; anything else fails the test.</summary>
    public static bool ReadsOrRejects<T>(string json, JsonTypeInfo<T> info)
    {
        try
        {
            _ = JsonSerializer.Deserialize(json, info);
            return true;
        }
        catch (JsonException)
        {
            return true;
        }
    }

    /// <summary>The JSON object <paramref name="json"/> without its member <paramref name="member"/>, the others as they were.</summary>
    public static string Without(string json, string member)
    {
        using JsonDocument document = JsonDocument.Parse(json);
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            writer.WriteStartObject();
            foreach (JsonProperty property in document.RootElement.EnumerateObject().Where(p => p.Name != member))
            {
                property.WriteTo(writer);
            }

            writer.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }
}
