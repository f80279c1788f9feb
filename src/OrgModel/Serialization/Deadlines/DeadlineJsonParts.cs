using System.Text.Json;
using OrgModel.Deadlines;
using OrgModel.Serialization.Json;

namespace OrgModel.Serialization.Deadlines;

/// <summary>Deadlines inside objects: their canonical text, as <see cref="DeadlineJsonConverter"/> writes them.</summary>
internal static class DeadlineJsonParts
{
    public static void Write(Utf8JsonWriter writer, string name, Deadline value) => writer.WriteString(name, value.ToString());

    public static Deadline Read(ref Utf8JsonReader reader) => DeadlineJsonConverter.Read(JsonRead.String(ref reader));
}
