using System.Collections.Immutable;
using System.Text.Json;
using NodaTime;
using OrgModel.Organisations;
using OrgModel.Serialization.Json;
using OrgModel.Utility;

namespace OrgModel.Serialization.Organisations;

/// <summary>
/// Reads and writes a whole <see cref="OrgChart"/>: its day (for a dated view), and all the organisations, relations and
/// events of its history.
/// Reading goes through <see cref="OrgChartBuilder"/>, so a chart read from JSON passed the same validation as one
/// built in code; every problem found is listed in the exception.
/// </summary>
internal sealed class OrgChartJsonConverter : OrgModelConverter<OrgChart>
{
    private const int ProblemsShown = 10;
    private static readonly string[] Members = ["date", "organisations", "relations", "events"];

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, OrgChart value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        // A dated view is written as the whole history plus its day: the day's organisations alone would leave the
        // change events pointing at organisations that are not there, and the view could not be rebuilt.
        LocalDate? date = value.Date;
        value = value.History;
        writer.WriteStartObject();
        JsonWrite.Date(writer, "date", date);
        writer.WriteStartArray("organisations");
        foreach (Organisation o in value.Organisations)
        {
            OrganisationJsonConverter.WriteValue(writer, o);
        }

        writer.WriteEndArray();
        writer.WriteStartArray("relations");
        foreach (OrgRelation r in value.Relations)
        {
            OrgRelationJsonConverter.WriteValue(writer, r);
        }

        writer.WriteEndArray();
        writer.WriteStartArray("events");
        foreach (OrgChangeEvent e in value.Events)
        {
            OrgChangeEventJsonConverter.WriteValue(writer, e);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    /// <inheritdoc />
    protected override OrgChart ReadCore(ref Utf8JsonReader reader, JsonSerializerOptions options)
    {
        var obj = new JsonObjectReader(ref reader, nameof(OrgChart), Members);
        LocalDate? date = null;
        ImmutableArray<Organisation> organisations = [];
        ImmutableArray<OrgRelation> relations = [];
        ImmutableArray<OrgChangeEvent> events = [];
        while (obj.Next(ref reader))
        {
            try
            {
                switch (obj.Index)
                {
                    case 0: date = JsonRead.NullableDate(ref reader); break;
                    case 1: organisations = JsonRead.Array(ref reader, OrganisationJsonConverter.ReadValue); break;
                    case 2: relations = JsonRead.Array(ref reader, OrgRelationJsonConverter.ReadValue); break;
                    default: events = JsonRead.Array(ref reader, OrgChangeEventJsonConverter.ReadValue); break;
                }
            }
            catch (Exception e) when (!Preconditions.IsFatal(e))
            {
                throw obj.Fail(e);
            }
        }

        obj.Require(1);
        var builder = new OrgChartBuilder();
        foreach (Organisation o in organisations)
        {
            builder.Add(o);
        }

        foreach (OrgRelation r in relations)
        {
            builder.Add(r);
        }

        foreach (OrgChangeEvent e in events)
        {
            builder.Add(e);
        }

        if (!builder.TryBuild(out OrgChart? chart, out IReadOnlyList<OrgChartProblem> problems))
        {
            string shown = string.Join("; ", problems.Take(ProblemsShown).Select(p => p.ToString()));
            string more = problems.Count > ProblemsShown ? $" (and {problems.Count - ProblemsShown} more)" : string.Empty;
            throw OrgModelJsonException.Here($"The chart is invalid: {problems.Count} problem(s): {shown}{more}.");
        }

        return date is { } day ? chart!.AsOf(day) : chart!;
    }
}
