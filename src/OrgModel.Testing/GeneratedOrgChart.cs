using OrgModel.Organisations;

namespace OrgModel.Testing;

/// <summary>The content of a generated organisation chart (organisations, relations, events), valid unless
/// <see cref="InjectedDefects"/> lists the defects deliberately added.</summary>
/// <remarks>Thread safety: immutable and thread-safe; <see cref="ToBuilder"/> returns a new builder each time.</remarks>
public sealed class GeneratedOrgChart
{
    internal GeneratedOrgChart(IReadOnlyList<Organisation> organisations, IReadOnlyList<OrgRelation> relations, IReadOnlyList<OrgChangeEvent> events, IReadOnlyList<OrgChartProblemKind> injectedDefects, GeneratedOrgChart? validBase)
    {
        // Copied into immutable arrays: no caller can cast a generated chart's lists back and change them.
        Organisations = [.. organisations];
        Relations = [.. relations];
        Events = [.. events];
        InjectedDefects = [.. injectedDefects];
        ValidBase = validBase;
    }

    /// <summary>Gets the organisations, parents before children.</summary>
    public IReadOnlyList<Organisation> Organisations { get; }

    /// <summary>Gets the relations.</summary>
    public IReadOnlyList<OrgRelation> Relations { get; }

    /// <summary>Gets the change events.</summary>
    public IReadOnlyList<OrgChangeEvent> Events { get; }

    /// <summary>Gets the kinds of defect injected (empty for a valid chart); the builder must report each of them.</summary>
    public IReadOnlyList<OrgChartProblemKind> InjectedDefects { get; }

    /// <summary>Gets the valid chart the defects were injected into, or null for a valid chart.</summary>
    public GeneratedOrgChart? ValidBase { get; }

    /// <summary>Returns a new builder holding the content.</summary>
    /// <returns>The builder.</returns>
    public OrgChartBuilder ToBuilder()
    {
        var builder = new OrgChartBuilder();
        foreach (Organisation o in Organisations)
        {
            builder.Add(o);
        }

        foreach (OrgRelation r in Relations)
        {
            builder.Add(r);
        }

        foreach (OrgChangeEvent e in Events)
        {
            builder.Add(e);
        }

        return builder;
    }

    /// <summary>Describes the content briefly (for FsCheck counter-examples).</summary>
    /// <returns>The counts and defects.</returns>
    public override string ToString() =>
        $"{Organisations.Count} organisations, {Relations.Count} relations, {Events.Count} events, defects: [{string.Join(", ", InjectedDefects)}]";

    /// <summary>The same valid chart without its last organisation (and what refers to it): still valid, for shrinking.</summary>
    internal GeneratedOrgChart WithoutLast()
    {
        OrgId last = Organisations[^1].Id;
        return new GeneratedOrgChart(
            Organisations.Take(Organisations.Count - 1).ToList(),
            Relations.Where(r => r.Source != last && r.Target != last).ToList(),
            Events.Where(e => !e.Predecessors.Contains(last) && !e.Successors.Contains(last)).ToList(),
            [],
            null);
    }
}
