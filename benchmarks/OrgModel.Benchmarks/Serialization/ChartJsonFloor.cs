using System.Buffers;
using System.Text.Json;
using NodaTime;
using OrgModel.Organisations;
using OrgModel.Serialization;

namespace OrgModel.Benchmarks.Serialization;

/// <summary>
/// The least any reader or writer of the chart's JSON through System.Text.Json's <see cref="Utf8JsonReader"/> and
/// <see cref="Utf8JsonWriter"/> must do, with every check and most of the data left out. It is not a usable reader or
/// writer: it puts a lower bound beside <see cref="ChartJsonBenchmarks"/>'s two, to show how far a faster converter
/// could go at all.
/// </summary>
public static class ChartJsonFloor
{
    private static readonly JsonEncodedText Id = JsonEncodedText.Encode("id");
    private static readonly JsonEncodedText KindName = JsonEncodedText.Encode("kind");
    private static readonly JsonEncodedText LevelName = JsonEncodedText.Encode("level");
    private static readonly JsonEncodedText Name = JsonEncodedText.Encode("name");
    private static readonly JsonEncodedText Code = JsonEncodedText.Encode("code");
    private static readonly JsonEncodedText EnglishName = JsonEncodedText.Encode("englishName");
    private static readonly JsonEncodedText ValidFrom = JsonEncodedText.Encode("validFrom");
    private static readonly JsonEncodedText ValidTo = JsonEncodedText.Encode("validTo");
    private static readonly JsonEncodedText Source = JsonEncodedText.Encode("source");
    private static readonly JsonEncodedText Target = JsonEncodedText.Encode("target");

    // Enum names stand in as one encoded text per value, looked up by number.
    private static readonly JsonEncodedText[] EnumNames = [.. Enumerable.Range(0, 64).Select(i => JsonEncodedText.Encode("value" + i))];

    /// <summary>
    /// Reads OrgModel's JSON of a chart: walks every token, makes a string of each organisation's id, name and code, and
    /// one plain object per organisation and per relation. It parses no enum or date, looks no relation's ends up, reads
    /// no event, checks nothing and builds no index.
    /// </summary>
    /// <param name="json">The chart as OrgModel writes it.</param>
    /// <returns>The number of organisations and relations read.</returns>
    public static int Read(byte[] json)
    {
        var reader = new Utf8JsonReader(json);
        var organisations = new List<Org>();
        var relations = new List<Rel>();
        int section = 0;
        Org? org = null;
        char member = ' ';
        while (reader.Read())
        {
            switch (reader.TokenType)
            {
                case JsonTokenType.PropertyName when reader.CurrentDepth == 1:
                    section = reader.ValueTextEquals("organisations"u8) ? 1 : reader.ValueTextEquals("relations"u8) ? 2 : 3;
                    break;
                case JsonTokenType.PropertyName:
                    member = (char)reader.ValueSpan[0];
                    break;
                case JsonTokenType.StartObject when reader.CurrentDepth == 2 && section == 1:
                    organisations.Add(org = new Org());
                    break;
                case JsonTokenType.StartObject when reader.CurrentDepth == 2 && section == 2:
                    relations.Add(new Rel());
                    break;
                case JsonTokenType.String when reader.CurrentDepth == 3 && section == 1 && org is not null:
                    switch (member)
                    {
                        case 'i': org.Id = reader.GetString()!; break;
                        case 'n': org.Name = reader.GetString()!; break;
                        case 'c': org.Code = reader.GetString(); break;
                    }

                    break;
            }
        }

        return organisations.ToArray().Length + relations.ToArray().Length;
    }

    /// <summary>
    /// Writes the organisations and relations of a chart through <see cref="Utf8JsonWriter"/> with OrgModel's encoder and
    /// no validation into a buffer that never grows: member names encoded once, enum names from a table, dates formatted on
    /// the stack. It writes no event, alias or short name, and the result is not OrgModel's form.
    /// </summary>
    /// <param name="chart">The chart.</param>
    /// <param name="capacity">The buffer's size, at least the bytes written: an advantage no real writer has.</param>
    /// <returns>The number of bytes written.</returns>
    public static int Write(OrgChart chart, int capacity)
    {
        var buffer = new ArrayBufferWriter<byte>(capacity);
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = OrgModelJson.Context.Options.Encoder, SkipValidation = true }))
        {
            Span<char> day = stackalloc char[10];
            writer.WriteStartObject();
            writer.WriteStartArray("organisations"u8);
            foreach (Organisation o in chart.Organisations)
            {
                writer.WriteStartObject();
                writer.WriteString(Id, o.Id.ToString());
                writer.WriteString(KindName, EnumNames[(int)o.Kind]);
                writer.WriteString(LevelName, EnumNames[(int)o.Level]);
                writer.WriteString(Name, o.Name);
                if (o.Code is not null)
                {
                    writer.WriteString(Code, o.Code);
                }

                if (o.EnglishName is not null)
                {
                    writer.WriteString(EnglishName, o.EnglishName);
                }

                WriteDay(writer, ValidFrom, o.ValidFrom, day);
                WriteDay(writer, ValidTo, o.ValidTo, day);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteStartArray("relations"u8);
            foreach (OrgRelation r in chart.Relations)
            {
                writer.WriteStartObject();
                writer.WriteString(KindName, EnumNames[(int)r.Kind]);
                writer.WriteString(Source, r.Source.ToString());
                writer.WriteString(Target, r.Target.ToString());
                WriteDay(writer, ValidFrom, r.ValidFrom, day);
                WriteDay(writer, ValidTo, r.ValidTo, day);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        return buffer.WrittenSpan.ToArray().Length;
    }

    private static void WriteDay(Utf8JsonWriter writer, JsonEncodedText name, LocalDate? value, Span<char> day)
    {
        if (value is not { } d)
        {
            return;
        }

        int y = d.Year;
        day[0] = (char)('0' + (y / 1000));
        day[1] = (char)('0' + (y / 100 % 10));
        day[2] = (char)('0' + (y / 10 % 10));
        day[3] = (char)('0' + (y % 10));
        day[4] = '-';
        day[5] = (char)('0' + (d.Month / 10));
        day[6] = (char)('0' + (d.Month % 10));
        day[7] = '-';
        day[8] = (char)('0' + (d.Day / 10));
        day[9] = (char)('0' + (d.Day % 10));
        writer.WriteString(name, day);
    }

    private sealed class Org
    {
        public string Id { get; set; } = string.Empty;

        public string Name { get; set; } = string.Empty;

        public string? Code { get; set; }
    }

    // The ends are not looked up: the object alone is counted.
    private sealed class Rel
    {
        public int Kind { get; set; }
    }
}
