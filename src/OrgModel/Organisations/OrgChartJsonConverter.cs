using OrgModel.Serialization.Json;

namespace OrgModel.Organisations;

/// <summary>
/// Reads and writes a whole <see cref="OrgChart"/>: its day (for a dated view), and all the organisations, relations and
/// events of its history. A dated view is written as the whole history plus its day: the day's organisations alone
/// would leave the change events pointing at organisations that are not there, and the view could not be rebuilt.
/// Reading goes through <see cref="OrgChartBuilder"/>, so a chart read from JSON passed the same validation as one
/// built in code; every problem found is listed in the exception.
/// </summary>
internal sealed class OrgChartJsonConverter() : ObjectJsonConverter<OrgChart, OrgChartJsonConverter.State>(Shape)
{
    /// <summary>The members read so far.</summary>
    internal record struct State(LocalDate? Date, Organisation[] Organisations, OrgRelation[] Relations, int[] Sources, int[] Targets, OrgChangeEvent[] Events, OrgIdTable? Ids);

    private const int ProblemsShown = 10;

    /// <summary>The object form.</summary>
    internal static readonly JsonObjectShape<OrgChart, State> Shape = new(nameof(OrgChart),
    [
        new("date", static (ref r, ref s) => s.Date = JsonRead.NullableDate(ref r), static (w, n, v) => JsonWrite.Date(w, n, v.Date)),
        new(
            "organisations",
            static (ref r, ref s) =>
            {
                s.Organisations = ImmutableCollectionsMarshal.AsArray(JsonRead.Array(ref r, OrganisationJsonConverter.Shape.ReadElement))!;
                s.Ids = OrgIdTable.Of(s.Organisations);
            },
            static (w, n, v) => JsonWrite.Array(w, n, v.History.Organisations, OrganisationJsonConverter.Shape.WriteElement),
            Required: true),
        new(
            "relations",
            static (ref r, ref s) => ReadRelations(ref r, ref s),
            static (w, n, v) => JsonWrite.Array(w, n, v.History.Relations, OrgRelationJsonConverter.Shape.WriteElement)),
        new(
            "events",
            static (ref r, ref s) => s.Events = ImmutableCollectionsMarshal.AsArray(JsonRead.Array(ref r, OrgChangeEventJsonConverter.Reader(s.Ids)))!,
            static (w, n, v) => JsonWrite.Array(w, n, v.History.Events, OrgChangeEventJsonConverter.Shape.WriteElement)),
    ],
    Build,
    new State { Organisations = [], Relations = [], Sources = [], Targets = [], Events = [] });

    // The arrays read become the chart's own (no builder to copy them into), and the indexes found while reading
    // are handed to the validation, which would otherwise look every id up again.
    private static void ReadRelations(ref Utf8JsonReader reader, ref State s)
    {
        ReadOnlySpan<OrgRelationJsonConverter.Linked> linked = JsonRead.Array(ref reader, OrgRelationJsonConverter.Reader(s.Ids)).AsSpan();
        var relations = new OrgRelation[linked.Length];
        var sources = new int[linked.Length];
        var targets = new int[linked.Length];
        for (int k = 0; k < linked.Length; k++)
        {
            (relations[k], sources[k], targets[k]) = linked[k];
        }

        (s.Relations, s.Sources, s.Targets) = (relations, sources, targets);
    }

    private static OrgChart Build(ref State s)
    {
        ChartLinks? links = s.Ids is { HasDuplicates: false } ids ? new ChartLinks(ids.Index, s.Sources, s.Targets) : null;
        if (!OrgChartBuilder.TryBuild(s.Organisations, s.Relations, s.Events, links, out OrgChart? chart, out IReadOnlyList<OrgChartProblem> problems))
        {
            string shown = string.Join("; ", problems.Take(ProblemsShown).Select(p => p.ToString()));
            string more = problems.Count > ProblemsShown ? $" (and {problems.Count - ProblemsShown} more)" : string.Empty;
            throw OrgModelJsonException.Here($"The chart is invalid: {problems.Count} problem(s): {shown}{more}.");
        }

        return s.Date is { } day ? chart!.AsOf(day) : chart!;
    }
}
