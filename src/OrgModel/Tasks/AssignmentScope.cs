using System.Collections.Immutable;
using Ardalis.GuardClauses;
using NodaTime;
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
    }

    /// <summary>Gets how the scope selects organisations.</summary>
    public ScopeKind Kind { get; }

    /// <summary>Gets the organisation of a <see cref="ScopeKind.Organisation"/> scope (<c>default</c> for selectors).</summary>
    public OrgId OrganisationId { get; }

    /// <summary>Gets the body a selector picks in each unit (<see cref="ScopeBody.Unit"/> for a single organisation).</summary>
    public ScopeBody Body { get; }

    /// <summary>Gets the official code of the province of a <see cref="ScopeKind.CommunesOfProvince"/> scope ("01"), else null.</summary>
    public string? ProvinceCode { get; }

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

        result.Sort(static (a, b) => string.CompareOrdinal(a.Code, b.Code) is var c and not 0 ? c : a.Id.CompareTo(b.Id));
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
            _ => "unit",
        };
        return Kind switch
        {
            ScopeKind.Organisation => OrganisationId.ToString(),
            ScopeKind.EveryProvince => $"every provincial {body}",
            ScopeKind.EveryCommune => $"every commune {body}",
            _ => $"the {body} of every commune of province {ProvinceCode}",
        };
    }

    /// <inheritdoc />
    public bool Equals(AssignmentScope? other) =>
        other is not null && Kind == other.Kind && OrganisationId == other.OrganisationId && Body == other.Body && ProvinceCode == other.ProvinceCode;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as AssignmentScope);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Kind, OrganisationId, Body, ProvinceCode);

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

            Organisation? chosen = Body == ScopeBody.Unit ? o : dated.BodiesOf(o.Id) is { } bodies
                ? Body switch
                {
                    ScopeBody.PartyCommittee => bodies.PartyCommittee,
                    ScopeBody.PeoplesCouncil => bodies.PeoplesCouncil,
                    _ => bodies.PeoplesCommittee,
                }
                : null;
            if (chosen is not null)
            {
                result.Add(chosen);
            }
        }
    }
}
