using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using OrgModel.Deadlines;

namespace OrgModel.EntityFrameworkCore;

/// <summary>
/// <c>{"deadline":"on or before 2025-07-31","wording":"trước ngày 31/7/2025"}</c>: the canonical text and the wording.
/// </summary>
/// <remarks>
/// Neither <see cref="Deadline.ToString()"/> nor the library's JSON form keeps <see cref="Deadline.Wording"/> (equality
/// ignores it), yet the wording is what a tracker shows its users; so the column holds a small JSON object with both,
/// in a fixed order and spacing so that equal deadlines with equal wording store equal text. <c>wording</c> is left out
/// when there is none.
/// </remarks>
internal readonly struct DeadlineText : IColumnText<Deadline>
{
    private const string DeadlineName = "deadline";
    private const string WordingName = "wording";

    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    public static string Format(Deadline value)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, WriterOptions))
        {
            writer.WriteStartObject();
            writer.WriteString(DeadlineName, value.ToString());
            if (value.Wording is { } wording)
            {
                writer.WriteString(WordingName, wording);
            }

            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.GetBuffer(), 0, (int)stream.Length);
    }

    public static bool TryRead(string text, out Deadline value, [NotNullWhen(false)] out string? reason) =>
        ParsedText.Catching(text, Read, out value, out reason);

    /// <summary>The wording counts: changing only the wording is a change to save.</summary>
    public static bool Same(Deadline left, Deadline right) =>
        left.Equals(right) && string.Equals(left.Wording, right.Wording, StringComparison.Ordinal);

    private static Deadline Read(string text)
    {
        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(text));
        string? canonical = null, wording = null;
        Expect(reader.Read() && reader.TokenType == JsonTokenType.StartObject, "a JSON object");
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            string name = reader.GetString()!;
            Expect(reader.Read() && reader.TokenType == JsonTokenType.String, $"a string for \"{name}\"");
            switch (name)
            {
                case DeadlineName when canonical is null: canonical = reader.GetString(); break;
                case WordingName when wording is null: wording = reader.GetString(); break;
                default: throw new FormatException($"unexpected or repeated member \"{name}\"");
            }
        }

        Expect(reader.TokenType == JsonTokenType.EndObject && !reader.Read(), "nothing after the object");
        Expect(canonical is not null, "a \"deadline\" member");
        return Deadline.Parse(canonical!).WithWording(wording);
    }

    private static void Expect(bool condition, string what)
    {
        if (!condition)
        {
            throw new FormatException($"expected {what}");
        }
    }
}
