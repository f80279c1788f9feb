using System.Collections.Immutable;
using System.Text.Json;
using NodaTime;
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
    internal record struct State(LocalDate? Date, ImmutableArray<Organisation> Organisations, ImmutableArray<OrgRelation> Relations, ImmutableArray<OrgChangeEvent> Events, OrgIdTable? Ids);

    private const int ProblemsShown = 10;

    /// <summary>The object form.</summary>
    internal static readonly JsonObjectShape<OrgChart, State> Shape = new(nameof(OrgChart),
    [
        new("date", static (ref r, ref s) => s.Date = JsonRead.NullableDate(ref r), static (w, n, v) => JsonWrite.Date(w, n, v.Date)),
        new(
            "organisations",
            static (ref r, ref s) =>
            {
                s.Organisations = JsonRead.Array(ref r, OrganisationJsonConverter.Shape.ReadElement);
                s.Ids = OrgIdTable.Of(s.Organisations);
            },
            static (w, n, v) => JsonWrite.Array(w, n, v.History.Organisations, OrganisationJsonConverter.Shape.WriteElement),
            Required: true),
        new(
            "relations",
            static (ref r, ref s) => s.Relations = JsonRead.Array(ref r, OrgRelationJsonConverter.Reader(s.Ids)),
            static (w, n, v) => JsonWrite.Array(w, n, v.History.Relations, OrgRelationJsonConverter.Shape.WriteElement)),
        new(
            "events",
            static (ref r, ref s) => s.Events = JsonRead.Array(ref r, OrgChangeEventJsonConverter.Reader(s.Ids)),
            static (w, n, v) => JsonWrite.Array(w, n, v.History.Events, OrgChangeEventJsonConverter.Shape.WriteElement)),
    ],
    Build,
    new State { Organisations = [], Relations = [], Events = [] });

    private static OrgChart Build(ref State s)
    {
        OrgChartBuilder builder = new OrgChartBuilder().AddAll(s.Organisations, s.Relations, s.Events);
        if (!builder.TryBuild(out OrgChart? chart, out IReadOnlyList<OrgChartProblem> problems))
        {
            string shown = string.Join("; ", problems.Take(ProblemsShown).Select(p => p.ToString()));
            string more = problems.Count > ProblemsShown ? $" (and {problems.Count - ProblemsShown} more)" : string.Empty;
            throw OrgModelJsonException.Here($"The chart is invalid: {problems.Count} problem(s): {shown}{more}.");
        }

        return s.Date is { } day ? chart!.AsOf(day) : chart!;
    }
}
