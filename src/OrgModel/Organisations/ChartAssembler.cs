using OrgModel.Documents;

namespace OrgModel.Organisations;

/// <summary>
/// The one seam through which code outside this namespace builds a chart from trusted data by index (the embedded
/// reference data): organisations, relations and change events go in, a dated-query-ready <see cref="OrgChart"/>
/// comes out, without <see cref="OrgChartBuilder"/>'s validation pass.
/// </summary>
/// <remarks>Trusted means that the test suite validates the same content through <see cref="OrgChartBuilder"/>; the
/// reference load runs at every application start, so it skips the checks that the tests have already made.</remarks>
internal sealed class ChartAssembler
{
    private Organisation[] orgs;
    private int orgCount;
    private readonly List<OrgChangeEvent> events;
    private readonly Dictionary<string, int> index;
    private RelationRecord[] relations;
    private int relationCount;

    /// <summary>Creates an assembler with room for about this many organisations, relations and events.</summary>
    public ChartAssembler(int organisations, int relationCapacity, int eventCapacity)
    {
        orgs = new Organisation[organisations];
        index = new(organisations);
        relations = new RelationRecord[relationCapacity];
        events = new(eventCapacity);
    }

    /// <summary>Gets the number of organisations added.</summary>
    public int Count => orgCount;

    /// <summary>Gets the relations added so far, in order.</summary>
    public ReadOnlySpan<RelationRecord> Relations => relations.AsSpan(0, relationCount);

    /// <summary>Gets an organisation by its index.</summary>
    public Organisation this[int i] => orgs[i];

    /// <summary>Adds an organisation whose id is already canonical; returns its index.</summary>
    public int Add(string canonicalId, OrganisationKind kind, OrgLevel level, string name, string? code, LocalDate? validFrom, LocalDate? validTo, AdministrativeUnitType? unitType, string? englishName = null, string? shortName = null, ImmutableArray<string> aliases = default)
    {
        int i = orgCount;
        if (i == orgs.Length)
        {
            Array.Resize(ref orgs, Math.Max(16, orgs.Length * 2));
        }

        orgs[orgCount++] = new Organisation(OrgId.FromCanonical(canonicalId), kind, level, name, code, validFrom, validTo, unitType, trusted: true, englishName, shortName, aliases);
        index.Add(canonicalId, i);
        return i;
    }

    /// <summary>Gets the index of an organisation by its canonical id.</summary>
    public int IndexOf(string canonicalId) => index[canonicalId];

    /// <summary>Adds a relation between two organisations by index.</summary>
    public void Relate(int source, int target, OrgRelationKind kind, LocalDate? from, LocalDate? to)
    {
        if (relationCount == relations.Length)
        {
            Array.Resize(ref relations, Math.Max(16, relations.Length * 2));
        }

        relations[relationCount++] = new RelationRecord(source, target, kind, from, to);
    }

    /// <summary>Adds a change event.</summary>
    public void AddEvent(OrgChangeKind kind, LocalDate effectiveDate, ImmutableArray<OrgId> predecessors, ImmutableArray<OrgId> successors, ImmutableArray<OrgId> partial, DocumentNumber? legalBasis) =>
        events.Add(new OrgChangeEvent(kind, effectiveDate, predecessors, successors, partial, legalBasis));

    /// <summary>Builds the chart (the full history, not a dated view).</summary>
    /// <remarks>Arrays of the exact size are handed to the chart as they are (the capacities given to the constructor
    /// are the reference data's counts); otherwise they are copied once to their size.</remarks>
    public OrgChart Build() => new(new ChartData(Exact(orgs, orgCount), Exact(relations, relationCount), [.. events], index), null);

    private static T[] Exact<T>(T[] array, int count) => array.Length == count ? array : array.AsSpan(0, count).ToArray();
}
