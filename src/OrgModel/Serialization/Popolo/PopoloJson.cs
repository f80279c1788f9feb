using System.Text.Encodings.Web;
using System.Text.Unicode;
using NodaTime.Text;
using OrgModel.Organisations;
using OrgModel.Serialization.Json;
using OrgModel.Utility;

namespace OrgModel.Serialization.Popolo;

/// <summary>
/// Export to and import from <see href="https://www.popoloproject.com/specs/">Popolo</see> JSON, the open standard
/// that civic tools use for legislatures and parties: <c>{"organizations":[…]}</c>.
/// </summary>
/// <remarks>
/// <para>Mapping of an <see cref="Organisation"/> to a Popolo organization: <c>id</c> ← <see cref="Organisation.Id"/>;
/// <c>name</c> ← <see cref="Organisation.Name"/>; <c>other_names</c> ← the English name (note <c>"English"</c>) and the
/// short name (note <c>"short"</c>); <c>identifiers</c> ← the official code with scheme <see cref="CodeScheme"/>;
/// <c>classification</c> ← <c>kind/level</c> or <c>kind/level/unitType</c> in the library's camel-case names
/// (e.g. <c>administrativeUnit/province/municipality</c>), because Popolo has one classification field and the
/// library needs all three; <c>founding_date</c>/<c>dissolution_date</c> ← the first and last day in force (both
/// inclusive); <c>parent_id</c> ← the parent in the chart (for an undated chart, the target of the latest-starting
/// <see cref="OrgRelationKind.IsUnder"/> relation).</para>
/// <para>What Popolo cannot hold is not exported: relations other than the parent, the parent's own validity
/// interval, and change events. Import restores everything Popolo holds, so that export → import → export gives the
/// same text. Import ignores members it does not map (other tools add their own) but rejects a mapped member with an
/// invalid value.</para>
/// <para>Thread safety: stateless and thread-safe.</para>
/// </remarks>
public static class PopoloJson
{
    /// <summary>The identifier scheme of official administrative unit codes.</summary>
    public const string CodeScheme = "vn-administrative-unit-code";

    private const string EnglishNote = "English";
    private const string ShortNote = "short";

    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All), Indented = false };

    /// <summary>Exports the organisations of a chart (of its day, when dated) as a Popolo document.</summary>
    /// <param name="chart">The chart.</param>
    /// <returns>The Popolo JSON text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="chart"/> is null.</exception>
    public static string Export(OrgChart chart)
    {
        ArgumentNullException.ThrowIfNull(chart);
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            Write(writer, chart);
        }

        return System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    /// <summary>Writes the organisations of a chart as a Popolo document.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="chart">The chart.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void Write(Utf8JsonWriter writer, OrgChart chart)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(chart);
        writer.WriteStartObject();
        writer.WriteStartArray("organizations");
        foreach (Organisation o in chart.Organisations)
        {
            WriteOrganization(writer, o, chart.Parent(o.Id));
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    /// <summary>Imports the organizations of a Popolo document into an undated chart.</summary>
    /// <param name="json">The Popolo JSON text.</param>
    /// <returns>The chart: the organisations, and an <see cref="OrgRelationKind.IsUnder"/> relation for each <c>parent_id</c>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="JsonException">The text is not JSON, a mapped member is invalid (the message gives its path and
    /// the rule), or the organisations do not make a valid chart.</exception>
    public static OrgChart Import(string json) => PopoloDocument.Import(json, Import);

    private static OrgChart Import(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("organizations", out JsonElement list) || list.ValueKind != JsonValueKind.Array)
        {
            throw OrgModelJsonException.Here("A Popolo document is an object with an \"organizations\" array.");
        }

        var builder = new OrgChartBuilder();
        var parents = new List<(Organisation Child, OrgId Parent)>();
        var byId = new Dictionary<OrgId, Organisation>();
        int index = 0;
        foreach (JsonElement item in list.EnumerateArray())
        {
            try
            {
                (Organisation o, OrgId? parent) = ReadOrganization(item);
                builder.Add(o);
                byId.TryAdd(o.Id, o);
                if (parent is { } p)
                {
                    parents.Add((o, p));
                }
            }
            catch (Exception e) when (!Preconditions.IsFatal(e))
            {
                throw OrgModelJsonException.Within($".organizations[{index}]", e);
            }

            index++;
        }

        foreach ((Organisation child, OrgId parent) in parents)
        {
            // Popolo has no validity for the parent link: take the days on which both organisations are in force.
            LocalDate? from = child.ValidFrom, to = child.ValidTo;
            if (byId.TryGetValue(parent, out Organisation? p))
            {
                from = p.ValidFrom is { } pf && (from is null || pf > from) ? pf : from;
                to = p.ValidTo is { } pt && (to is null || pt < to) ? pt : to;
            }

            builder.Relate(OrgRelationKind.IsUnder, child.Id, parent, from, to);
        }

        if (!builder.TryBuild(out OrgChart? chart, out IReadOnlyList<OrgChartProblem> problems))
        {
            throw OrgModelJsonException.Here($"The organizations do not make a valid chart: {string.Join("; ", problems.Take(10))}.");
        }

        return chart!;
    }

    private static void WriteOrganization(Utf8JsonWriter writer, Organisation o, Organisation? parent)
    {
        writer.WriteStartObject();
        writer.WriteString("id", o.Id.ToString());
        writer.WriteString("name", o.Name);
        if (o.EnglishName is not null || o.ShortName is not null)
        {
            writer.WriteStartArray("other_names");
            WriteOtherName(writer, o.EnglishName, EnglishNote);
            WriteOtherName(writer, o.ShortName, ShortNote);
            writer.WriteEndArray();
        }

        if (o.Code is not null)
        {
            writer.WriteStartArray("identifiers");
            writer.WriteStartObject();
            writer.WriteString("identifier", o.Code);
            writer.WriteString("scheme", CodeScheme);
            writer.WriteEndObject();
            writer.WriteEndArray();
        }

        string classification = JsonEnum<OrganisationKind>.Format(o.Kind) + "/" + JsonEnum<OrgLevel>.Format(o.Level)
            + (o.UnitType is { } t ? "/" + JsonEnum<AdministrativeUnitType>.Format(t) : string.Empty);
        writer.WriteString("classification", classification);
        if (parent is not null)
        {
            writer.WriteString("parent_id", parent.Id.ToString());
        }

        JsonWrite.Date(writer, "founding_date", o.ValidFrom);
        JsonWrite.Date(writer, "dissolution_date", o.ValidTo);
        writer.WriteEndObject();
    }

    private static void WriteOtherName(Utf8JsonWriter writer, string? name, string note)
    {
        if (name is not null)
        {
            writer.WriteStartObject();
            writer.WriteString("name", name);
            writer.WriteString("note", note);
            writer.WriteEndObject();
        }
    }

    private static (Organisation Organisation, OrgId? Parent) ReadOrganization(JsonElement item)
    {
        if (item.ValueKind != JsonValueKind.Object)
        {
            throw OrgModelJsonException.Here("An organization is a JSON object.");
        }

        OrgId id = Id(Required(item, "id"), ".id");
        string name = Text(Required(item, "name"), ".name");
        string[] classification = Text(Required(item, "classification"), ".classification").Split('/');
        if (classification.Length is < 2 or > 3)
        {
            throw OrgModelJsonException.Within(".classification", OrgModelJsonException.Here("The classification is kind/level or kind/level/unitType."));
        }

        OrganisationKind kind = At(".classification", () => JsonEnum<OrganisationKind>.Parse(classification[0]));
        OrgLevel level = At(".classification", () => JsonEnum<OrgLevel>.Parse(classification[1]));
        AdministrativeUnitType? unitType = classification.Length == 3 ? At(".classification", () => JsonEnum<AdministrativeUnitType>.Parse(classification[2])) : null;
        string? english = null, shortName = null, code = null;
        if (item.TryGetProperty("other_names", out JsonElement others))
        {
            foreach (JsonElement other in Array(others, ".other_names"))
            {
                string note = other.TryGetProperty("note", out JsonElement n) && n.ValueKind == JsonValueKind.String ? n.GetString()! : string.Empty;
                string otherName = Text(Required(other, "name"), ".other_names.name");
                english = note == EnglishNote ? otherName : english;
                shortName = note == ShortNote ? otherName : shortName;
            }
        }

        if (item.TryGetProperty("identifiers", out JsonElement identifiers))
        {
            foreach (JsonElement identifier in Array(identifiers, ".identifiers"))
            {
                // An identifier whose scheme is not a string is refused rather than skipped: skipping it could drop the code.
                string? scheme = identifier.ValueKind == JsonValueKind.Object && identifier.TryGetProperty("scheme", out JsonElement s) ? Text(s, ".identifiers.scheme") : null;
                if (scheme == CodeScheme)
                {
                    code = Text(Required(identifier, "identifier"), ".identifiers.identifier");
                }
            }
        }

        OrgId? parent = item.TryGetProperty("parent_id", out JsonElement p) && p.ValueKind != JsonValueKind.Null ? Id(p, ".parent_id") : null;
        LocalDate? from = OptionalDate(item, "founding_date");
        LocalDate? to = OptionalDate(item, "dissolution_date");
        try
        {
            return (new Organisation(id, kind, level, name, code, from, to, english, shortName, unitType), parent);
        }
        catch (ArgumentException e)
        {
            throw OrgModelJsonException.Here($"Invalid organization: {OrgModelJsonException.Describe(e)}", e);
        }
    }

    private static T At<T>(string path, Func<T> read)
    {
        try
        {
            return read();
        }
        catch (Exception e) when (!Preconditions.IsFatal(e))
        {
            throw OrgModelJsonException.Within(path, e);
        }
    }

    private static JsonElement Required(JsonElement item, string name) =>
        item.ValueKind == JsonValueKind.Object && item.TryGetProperty(name, out JsonElement value)
            ? value
            : throw OrgModelJsonException.Here($"The required member \"{name}\" is missing.");

    private static string Text(JsonElement value, string path) => value.ValueKind == JsonValueKind.String
        ? value.GetString()!
        : throw OrgModelJsonException.Within(path, OrgModelJsonException.Here($"A JSON string was expected, not {value.ValueKind}."));

    private static OrgId Id(JsonElement value, string path)
    {
        string text = Text(value, path);
        return OrgId.TryParse(text, out OrgId id)
            ? id
            : throw OrgModelJsonException.Within(path, OrgModelJsonException.Here($"\"{Preconditions.Quote(text)}\" is not an organisation id."));
    }

    private static JsonElement.ArrayEnumerator Array(JsonElement value, string path) => value.ValueKind == JsonValueKind.Array
        ? value.EnumerateArray()
        : throw OrgModelJsonException.Within(path, OrgModelJsonException.Here($"A JSON array was expected, not {value.ValueKind}."));

    private static LocalDate? OptionalDate(JsonElement item, string name)
    {
        if (!item.TryGetProperty(name, out JsonElement value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        ParseResult<LocalDate> result = LocalDatePattern.Iso.Parse(Text(value, "." + name));
        return result.Success ? result.Value : throw OrgModelJsonException.Within("." + name, OrgModelJsonException.Here(result.Exception.Message));
    }
}
