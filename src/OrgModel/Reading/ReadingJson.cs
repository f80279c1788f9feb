namespace OrgModel.Reading;

/// <summary>Small writing helpers shared by the converters of the reading results.</summary>
internal static class ReadingJson
{
    public static void WriteIfTrue(Utf8JsonWriter writer, JsonEncodedText name, bool value)
    {
        if (value)
        {
            writer.WriteBoolean(name, true);
        }
    }

    public static void WriteNumber(Utf8JsonWriter writer, JsonEncodedText name, int? value)
    {
        if (value is { } v)
        {
            writer.WriteNumber(name, v);
        }
    }

    public static int? NullableInt32(ref Utf8JsonReader reader) =>
        reader.TokenType == JsonTokenType.Null ? null : Serialization.Json.JsonRead.Int32(ref reader);
}
