using OrgModel.Organisations;
using OrgModel.Utility;

namespace OrgModel.Tasks;

/// <summary>
/// Whom a task is addressed to: one organisation, or a selector ("every provincial Party committee", "the People's
/// Committees of every commune of province 01") that <see cref="Expand"/> turns into organisations as of a date.
/// </summary>
/// <remarks>
/// <para>Selectors are resolved against an <see cref="OrgChart"/> as of a date, so the same instruction reaches the
/// 63 provinces before 1 July 2025 and the 34 after it. A unit without the chosen body in the chart is skipped.</para>
/// <para>Thread safety: immutable and thread-safe.</para>
/// </remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(AssignmentScopeJsonConverter))]
public sealed class AssignmentScope : IEquatable<AssignmentScope>
{
    private AssignmentScope(ScopeKind kind, OrgId organisation, ScopeBody body, string? provinceCode)
    {
        Kind = kind;
        OrganisationId = organisation;
        Body = body;
        ProvinceCode = provinceCode;
        PartsArray = [];
    }

    private AssignmentScope(AssignmentScope copy)
    {
        Kind = copy.Kind;
        OrganisationId = copy.OrganisationId;
        Body = copy.Body;
        ProvinceCode = copy.ProvinceCode;
        MemberKind = copy.MemberKind;
        PartsArray = copy.PartsArray;
        UnitStandsForMissingBody = copy.UnitStandsForMissingBody;
    }

    /// <summary>Gets how the scope selects organisations.</summary>
    public ScopeKind Kind { get; }

    /// <summary>Gets the organisation of a <see cref="ScopeKind.Organisation"/> scope, the superior of a <see cref="ScopeKind.DirectlyUnder"/>
    /// scope or the parent of a <see cref="ScopeKind.ChildrenOf"/> scope (<c>default</c> for the other selectors).</summary>
    public OrgId OrganisationId { get; }

    /// <summary>Gets the body a selector picks in each unit (<see cref="ScopeBody.Unit"/> for a single organisation).</summary>
    public ScopeBody Body { get; }

    /// <summary>Gets the official code of the province of a <see cref="ScopeKind.CommunesOfProvince"/> scope ("01"), else null.</summary>
    public string? ProvinceCode { get; }

    /// <summary>Gets the kind of organisation a <see cref="ScopeKind.ChildrenOf"/> scope picks ("every ministry"), else null.</summary>
    public OrganisationKind? MemberKind { get; private init; }

    /// <summary>Gets the scopes a <see cref="ScopeKind.Union"/> joins, in the order given (empty for the other kinds).</summary>
    public IReadOnlyList<AssignmentScope> Parts => PartsArray;

    /// <summary>Gets a value indicating whether a unit whose chosen body is not in the chart is addressed itself, standing for that
    /// body (see <see cref="WithUnitForMissingBody"/>).</summary>
    public bool UnitStandsForMissingBody { get; private init; }

    /// <summary>Gets "the Party committees directly under the Central Committee": every Party organisation whose direct superior is
    /// the Central Committee in the chart, that is the six central Party committees and, from 1 July 2025, the 34 provincial ones.</summary>
    public static AssignmentScope PartyCommitteesDirectlyUnderCentralCommittee { get; } =
        DirectlyUnder(OrgId.Parse(ReferenceData.CentralBodies.CentralCommittee));

    /// <summary>Gets "every ministry, sector and locality": every ministry or ministerial-level agency under the Government, and
    /// the People's Committee of every province.</summary>
    public static AssignmentScope EveryMinistryAndProvince { get; } =
        Union(ChildrenOf(OrgId.Parse(ReferenceData.CentralBodies.Government), OrganisationKind.Ministry), EveryProvince(ScopeBody.PeoplesCommittee));

    internal System.Collections.Immutable.ImmutableArray<AssignmentScope> PartsArray { get; private init; }

    /// <summary>Creates a scope of one organisation.</summary>
    /// <param name="id">The organisation.</param>
    /// <returns>The scope.</returns>
    /// <exception cref="ArgumentException"><paramref name="id"/> is empty.</exception>
    public static AssignmentScope ForOrganisation(OrgId id)
    {
        Preconditions.CheckArgument(!id.IsEmpty, nameof(id), "A scope names a non-empty organisation id.");
        return new(ScopeKind.Organisation, id, ScopeBody.Unit, null);
    }

    /// <summary>Creates a scope of one body of every province ("every provincial Party committee").</summary>
    /// <param name="body">The body.</param>
    /// <returns>The scope.</returns>
    /// <exception cref="ArgumentException"><paramref name="body"/> is undefined.</exception>
    public static AssignmentScope EveryProvince(ScopeBody body)
    {
        Preconditions.CheckDefined(body);
        return new(ScopeKind.EveryProvince, default, body, null);
    }

    /// <summary>Creates a scope of one body of every commune, ward and special zone.</summary>
    /// <param name="body">The body.</param>
    /// <returns>The scope.</returns>
    /// <exception cref="ArgumentException"><paramref name="body"/> is undefined.</exception>
    public static AssignmentScope EveryCommune(ScopeBody body)
    {
        Preconditions.CheckDefined(body);
        return new(ScopeKind.EveryCommune, default, body, null);
    }

    /// <summary>Creates a scope of one body of every commune of a province.</summary>
    /// <param name="provinceCode">The province's official code, two digits ("01" for Hà Nội).</param>
    /// <param name="body">The body.</param>
    /// <returns>The scope.</returns>
    /// <exception cref="ArgumentException">The code is not two ASCII digits, or the body is undefined.</exception>
    public static AssignmentScope CommunesOfProvince(string provinceCode, ScopeBody body)
    {
        Guard.Against.Null(provinceCode);
        string code = provinceCode.Trim();
        Preconditions.CheckArgument(code.Length == 2 && char.IsAsciiDigit(code[0]) && char.IsAsciiDigit(code[1]), nameof(provinceCode), "A province code is two digits, for example 01.");
        Preconditions.CheckDefined(body);
        return new(ScopeKind.CommunesOfProvince, default, body, code);
    }

    /// <summary>Creates the union of scopes ("the six central Party committees and every provincial Party committee").</summary>
    /// <param name="parts">The scopes; a part that is itself a union is flattened into its parts.</param>
    /// <returns>The scope; <see cref="Expand"/> lists each organisation once.</returns>
    /// <exception cref="ArgumentException">There are fewer than two parts, or a part is null.</exception>
    public static AssignmentScope Union(params IEnumerable<AssignmentScope> parts)
    {
        Guard.Against.Null(parts);
        var flat = ImmutableArray.CreateBuilder<AssignmentScope>();
        foreach (AssignmentScope part in parts)
        {
            Preconditions.CheckArgument(part is not null, nameof(parts), "The parts of a union are not null.");
            flat.AddRange(part.Kind == ScopeKind.Union ? part.PartsArray : [part]);
        }

        Preconditions.CheckArgument(flat.Count >= 2, nameof(parts), "A union joins at least two scopes.");
        return new(ScopeKind.Union, default, ScopeBody.Unit, null) { PartsArray = flat.ToImmutable() };
    }

    /// <summary>Creates a scope of every Party organisation whose direct superior is one organisation ("the Party committees directly
    /// under the Central Committee"), read from the chart's <see cref="OrgRelationKind.DirectSuperior"/> relations.</summary>
    /// <param name="superior">The superior Party organisation.</param>
    /// <returns>The scope.</returns>
    /// <exception cref="ArgumentException"><paramref name="superior"/> is empty.</exception>
    public static AssignmentScope DirectlyUnder(OrgId superior)
    {
        Preconditions.CheckArgument(!superior.IsEmpty, nameof(superior), "A scope names a non-empty superior.");
        return new(ScopeKind.DirectlyUnder, superior, ScopeBody.Unit, null);
    }

    /// <summary>Creates a scope of every organisation of one kind directly under a parent in the chart's structure ("every ministry":
    /// the <see cref="OrganisationKind.Ministry"/> children of the Government).</summary>
    /// <param name="parent">The parent.</param>
    /// <param name="kind">The kind of the children to pick.</param>
    /// <returns>The scope.</returns>
    /// <exception cref="ArgumentException"><paramref name="parent"/> is empty or <paramref name="kind"/> undefined.</exception>
    public static AssignmentScope ChildrenOf(OrgId parent, OrganisationKind kind)
    {
        Preconditions.CheckArgument(!parent.IsEmpty, nameof(parent), "A scope names a non-empty parent.");
        Preconditions.CheckDefined(kind);
        return new(ScopeKind.ChildrenOf, parent, ScopeBody.Unit, null) { MemberKind = kind };
    }

    /// <summary>Returns this scope where a unit whose chosen body is not in the chart is addressed itself, standing for that body.</summary>
    /// <returns>The scope (the parts of a union are changed alike).</returns>
    /// <remarks>An explicit reading for charts that hold the units but not all their bodies: the reference chart holds the 63
    /// provinces in force before 1 July 2025 but not their Party committees, People's Councils and People's Committees, so "every
    /// provincial Party committee" in an April 2025 text reaches nobody; with this reading it reaches the 63 provinces, one
    /// assignment each, which roll up to the 34 provinces after the merger (<see cref="TaskTracker.ByProvince(LocalDate, OrgChart)"/>).
    /// Where the chart holds the body, the body is addressed as before.</remarks>
    public AssignmentScope WithUnitForMissingBody()
    {
        if (UnitStandsForMissingBody)
        {
            return this;
        }

        return Kind == ScopeKind.Union
            ? new(this) { PartsArray = [.. PartsArray.Select(static p => p.WithUnitForMissingBody())], UnitStandsForMissingBody = true }
            : new(this) { UnitStandsForMissingBody = true };
    }

    /// <summary>Lists the organisations the scope reaches in a chart as of a date, in the chart's order of official codes.</summary>
    /// <param name="chart">The chart (dated or not: it is viewed as of <paramref name="date"/>).</param>
    /// <param name="date">The day the scope is resolved on (usually the day the task is assigned).</param>
    /// <returns>The organisations. A selector that matches nothing gives an empty list (no commune has the chosen body, or no
    /// province has the code: codes are resolved as of the date).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="chart"/> is null.</exception>
    /// <exception cref="ArgumentException">The date is not in the ISO calendar; or a <see cref="ScopeKind.Organisation"/> scope names an
    /// organisation that is not in the chart (a mistyped id) or does not exist on <paramref name="date"/>: a task addressed to
    /// nobody cannot be tracked, and an empty result would look like a task with nothing to do.</exception>
    public IReadOnlyList<Organisation> Expand(OrgChart chart, LocalDate date)
    {
        Guard.Against.Null(chart);
        Preconditions.CheckIso(date);
        OrgChart dated = chart.AsOf(date);
        var result = new List<Organisation>();
        switch (Kind)
        {
            case ScopeKind.Organisation:
                return ImmutableArray.Create(dated.Find(OrganisationId) ?? throw NotThere(chart, date));
            case ScopeKind.Union:
                return ExpandUnion(dated, date);
            case ScopeKind.DirectlyUnder:
                CheckKnown(dated, date);
                result.AddRange(dated.RelatedFrom(OrganisationId, OrgRelationKind.DirectSuperior));
                break;
            case ScopeKind.ChildrenOf:
                CheckKnown(dated, date);
                result.AddRange(dated.Children(OrganisationId).Where(o => o.Kind == MemberKind));
                break;
            case ScopeKind.CommunesOfProvince:
                if (dated.FindByCode(ProvinceCode!) is not { Kind: OrganisationKind.AdministrativeUnit, Level: OrgLevel.Province } province)
                {
                    return ImmutableArray<Organisation>.Empty;
                }

                AddBodies(dated, dated.Descendants(province.Id), OrgLevel.Commune, result);
                break;
            default:
                AddBodies(dated, dated.Organisations, Kind == ScopeKind.EveryProvince ? OrgLevel.Province : OrgLevel.Commune, result);
                break;
        }

        result.Sort(ByCode);
        return result.AsReadOnly();
    }

    /// <summary>Describes the scope in English ("the People's Committees of every commune of province 01").</summary>
    /// <returns>The description.</returns>
    public override string ToString()
    {
        string body = Body switch
        {
            ScopeBody.PartyCommittee => "Party committee",
            ScopeBody.PeoplesCouncil => "People's Council",
            ScopeBody.PeoplesCommittee => "People's Committee",
            ScopeBody.PeoplesCourt => "People's Court",
            ScopeBody.PeoplesProcuracy => "People's Procuracy",
            ScopeBody.InspectionCommission => "Party inspection commission",
            _ => "unit",
        };
        return Kind switch
        {
            ScopeKind.Organisation => OrganisationId.ToString(),
            ScopeKind.Union => string.Join(" and ", PartsArray.Select(static p => p.ToString())),
            ScopeKind.DirectlyUnder => $"every Party organisation directly under {OrganisationId}",
            ScopeKind.ChildrenOf => $"every {MemberKind} under {OrganisationId}",
            ScopeKind.EveryProvince => $"every provincial {body}",
            ScopeKind.EveryCommune => $"every commune {body}",
            _ => $"the {body} of every commune of province {ProvinceCode}",
        };
    }

    /// <inheritdoc />
    public bool Equals(AssignmentScope? other) =>
        other is not null && Kind == other.Kind && OrganisationId == other.OrganisationId && Body == other.Body && ProvinceCode == other.ProvinceCode
        && MemberKind == other.MemberKind && UnitStandsForMissingBody == other.UnitStandsForMissingBody && PartsArray.SequenceEqual(other.PartsArray);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as AssignmentScope);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Kind, OrganisationId, Body, ProvinceCode, MemberKind, UnitStandsForMissingBody, PartsArray.Length);

    private static int ByCode(Organisation a, Organisation b) => string.CompareOrdinal(a.Code, b.Code) is var c and not 0 ? c : a.Id.CompareTo(b.Id);

    private ImmutableArray<Organisation> ExpandUnion(OrgChart dated, LocalDate date)
    {
        var seen = new HashSet<OrgId>();
        var result = new List<Organisation>();
        foreach (AssignmentScope part in PartsArray)
        {
            foreach (Organisation o in part.Expand(dated, date))
            {
                if (seen.Add(o.Id))
                {
                    result.Add(o);
                }
            }
        }

        result.Sort(ByCode);
        return [.. result];
    }

    private void CheckKnown(OrgChart dated, LocalDate date)
    {
        // A superior that exists on no day is a mistyped id; one that has ended simply has nobody under it.
        if (!dated.History.Contains(OrganisationId))
        {
            throw NotThere(dated, date);
        }
    }

    private ArgumentException NotThere(OrgChart chart, LocalDate date)
    {
        string id = Preconditions.Quote(OrganisationId.ToString());
        string why = chart.AsOf(date).History.Contains(OrganisationId)
            ? $"The scope names {id}, which does not exist on {date:uuuu-MM-dd}."
            : $"The scope names {id}, which is not in the chart (a mistyped id?).";
        return new ArgumentException(why, nameof(chart));
    }

    private void AddBodies(OrgChart dated, IReadOnlyList<Organisation> candidates, OrgLevel level, List<Organisation> result)
    {
        foreach (Organisation o in candidates)
        {
            if (o.Kind != OrganisationKind.AdministrativeUnit || o.Level != level)
            {
                continue;
            }

            Organisation? chosen = Body == ScopeBody.Unit ? o : ScopeBodies.Find(dated, o, Body);
            if ((chosen ?? (UnitStandsForMissingBody ? o : null)) is { } found)
            {
                result.Add(found);
            }
        }
    }
}
