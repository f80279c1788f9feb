using OrgModel.Utility;

namespace OrgModel.Organisations;

/// <summary>
/// Collects organisations, relations and change events, validates them all at once and builds an immutable
/// <see cref="OrgChart"/>. A chart is built only when there is no problem: never a half-built chart.
/// </summary>
/// <remarks>
/// <para>Checks: duplicate ids; duplicate official codes in force at the same time; relations and events naming unknown ids;
/// relations in force outside their ends' validity; cycles of <see cref="OrgRelationKind.IsUnder"/> on any day; two parents
/// on one day; a commune placed under a district on or after 1 July 2025; events whose predecessors are still in force on
/// the effective date or whose successors are not.</para>
/// <para>Thread safety: not thread-safe (a mutable builder); the chart it builds is.</para>
/// </remarks>
public sealed class OrgChartBuilder
{
    /// <summary>The first day of two-tier local government (districts abolished).</summary>
    public static readonly LocalDate TwoTierReformDate = new(2025, 7, 1);

    /// <summary>The most levels a chart may have above any organisation on any day (real charts have fewer than ten).</summary>
    /// <remarks>The bound keeps validation linear in the size of the chart; a deeper chain is a <see cref="OrgChartProblemKind.TooDeep"/> problem.</remarks>
    public const int MaxDepth = 64;

    private readonly List<Organisation> orgs = [];
    private readonly List<OrgRelation> relations = [];
    private readonly List<OrgChangeEvent> events = [];

    /// <summary>Gets the number of organisations added.</summary>
    public int OrganisationCount => orgs.Count;

    /// <summary>Adds an organisation.</summary>
    /// <param name="organisation">The organisation.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="organisation"/> is null.</exception>
    public OrgChartBuilder Add(Organisation organisation)
    {
        Guard.Against.Null(organisation);
        orgs.Add(organisation);
        return this;
    }

    /// <summary>Adds a relation.</summary>
    /// <param name="relation">The relation.</param>
    /// <returns>This builder.</returns>
    public OrgChartBuilder Add(OrgRelation relation)
    {
        relations.Add(relation);
        return this;
    }

    /// <summary>Adds a change event.</summary>
    /// <param name="changeEvent">The event.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="changeEvent"/> is null.</exception>
    public OrgChartBuilder Add(OrgChangeEvent changeEvent)
    {
        Guard.Against.Null(changeEvent);
        events.Add(changeEvent);
        return this;
    }

    /// <summary>Adds a whole history at once (a chart's, to extend it).</summary>
    internal OrgChartBuilder AddAll(IReadOnlyCollection<Organisation> organisations, IReadOnlyCollection<OrgRelation> relationsToAdd, IReadOnlyCollection<OrgChangeEvent> changeEvents)
    {
        orgs.AddRange(organisations);
        relations.AddRange(relationsToAdd);
        events.AddRange(changeEvents);
        return this;
    }

    /// <summary>Adds a relation built from its parts.</summary>
    /// <param name="kind">The type of relation.</param>
    /// <param name="source">The source.</param>
    /// <param name="target">The target.</param>
    /// <param name="validFrom">The first day, or null.</param>
    /// <param name="validTo">The last day, or null.</param>
    /// <returns>This builder.</returns>
    public OrgChartBuilder Relate(OrgRelationKind kind, OrgId source, OrgId target, LocalDate? validFrom = null, LocalDate? validTo = null) =>
        Add(new OrgRelation(kind, source, target, validFrom, validTo));

    /// <summary>Validates the content and returns every problem found (an empty list when the chart can be built).</summary>
    /// <returns>The problems.</returns>
    public IReadOnlyList<OrgChartProblem> Validate() => ChartValidation.Run([.. orgs], [.. relations], [.. events]).Problems;

    /// <summary>Tries to build the chart.</summary>
    /// <param name="chart">The undated chart, or null when there are problems.</param>
    /// <param name="problems">Every problem found; empty on success.</param>
    /// <returns>True when the chart was built.</returns>
    public bool TryBuild([NotNullWhen(true)] out OrgChart? chart, out IReadOnlyList<OrgChartProblem> problems) =>
        TryBuild([.. orgs], [.. relations], [.. events], null, out chart, out problems);

    /// <summary>
    /// Validates a whole history and builds its chart from these arrays, which the chart then owns (a reader that
    /// made them hands them over rather than adding them one by one to a builder that copies them).
    /// </summary>
    internal static bool TryBuild(Organisation[] orgs, OrgRelation[] relations, OrgChangeEvent[] events, ChartLinks? links, [NotNullWhen(true)] out OrgChart? chart, out IReadOnlyList<OrgChartProblem> problems)
    {
        ChartValidation checks = ChartValidation.Run(orgs, relations, events, links);
        problems = checks.Problems;
        if (problems.Count > 0)
        {
            chart = null;
            return false;
        }

        var records = new RelationRecord[relations.Length];
        for (int k = 0; k < records.Length; k++)
        {
            OrgRelation r = relations[k];
            records[k] = new RelationRecord(checks.Sources[k], checks.Targets[k], r.Kind, r.ValidFrom, r.ValidTo);
        }

        chart = new OrgChart(new ChartData(orgs, records, events, checks.Index), null);
        return true;
    }

    /// <summary>Builds the chart.</summary>
    /// <returns>The undated chart.</returns>
    /// <exception cref="OrgChartValidationException">The content has problems; the exception lists them all.</exception>
    public OrgChart Build() =>
        TryBuild(out OrgChart? chart, out IReadOnlyList<OrgChartProblem> problems) ? chart : throw new OrgChartValidationException(problems);
}
