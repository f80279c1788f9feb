using OrgModel.Organisations;
using OrgModel.Utility;

namespace OrgModel.Personnel;

/// <summary>
/// The non-local rule: certain provincial posts must not be held by someone born in, or coming from, the same province.
/// Birthplaces and hometowns recorded with old codes are mapped through the mergers of the chart, so a person from an old
/// province that merged into the post's province is local.
/// </summary>
/// <remarks>
/// <para>The posts are data: <see cref="Conclusion201"/> uses <see cref="Conclusion201PostKinds"/>; build another rule with
/// other kinds as the rule is extended.</para>
/// <para>Thread safety: immutable and thread-safe.</para>
/// </remarks>
public sealed class NonLocalRule : IPersonnelRule
{
    private readonly ImmutableHashSet<PostKind> kinds;

    /// <summary>Creates the rule for some kinds of post.</summary>
    /// <param name="name">The rule's name.</param>
    /// <param name="postKinds">The kinds of post it covers, when the post's body is at province level.</param>
    /// <exception cref="ArgumentException">The name is empty or no kind is given.</exception>
    public NonLocalRule(string name, IEnumerable<PostKind> postKinds)
    {
        Guard.Against.NullOrWhiteSpace(name);
        Guard.Against.Null(postKinds);
        kinds = postKinds.ToImmutableHashSet();
        Preconditions.CheckArgument(!kinds.IsEmpty, nameof(postKinds), "The rule covers at least one kind of post.");

        Name = name;
    }

    /// <summary>Gets the kinds of post named for Conclusion 201-KL/TW (31 Oct 2025): chairs of provincial People's Committees,
    /// chairs of provincial Party inspection commissions and provincial chief inspectors (the Vietnamese sources), and chief
    /// judges of provincial courts (the English news; already non-local by then).</summary>
    public static IReadOnlyList<PostKind> Conclusion201PostKinds { get; } =
        [PostKind.PeoplesCommitteeChair, PostKind.InspectionCommissionChair, PostKind.ChiefInspector, PostKind.ChiefJudge];

    /// <summary>Gets the day by which Conclusion 201-KL/TW required these posts to be held by non-locals: 15 December 2025.</summary>
    public static LocalDate Conclusion201Deadline { get; } = new(2025, 12, 15);

    /// <summary>Gets the rule of Conclusion 201-KL/TW.</summary>
    public static NonLocalRule Conclusion201 { get; } = new("non-local (201-KL/TW)", Conclusion201PostKinds);

    /// <inheritdoc />
    public string Name { get; }

    /// <summary>Gets the kinds of post the rule covers.</summary>
    public IReadOnlyCollection<PostKind> PostKinds => kinds;

    /// <inheritdoc />
    /// <remarks>A covered post whose body cannot be placed in a province on the day (not in the chart, or under no
    /// province-level unit) is reported as a violation with <see cref="RuleViolationReason.ProvinceUnknown"/> and no
    /// province: the rule could not be checked for it, and an empty result would say that it holds.</remarks>
    public IReadOnlyList<RuleViolation> Evaluate(OrgChart chart, PersonnelRecord record, LocalDate asOf)
    {
        LocalDate date = asOf;
        ArgumentNullException.ThrowIfNull(chart);
        ArgumentNullException.ThrowIfNull(record);
        OrgChart onDay = chart.AsOf(date);
        var result = ImmutableArray.CreateBuilder<RuleViolation>();
        foreach (Appointment a in record.AppointmentsOn(date))
        {
            if (!kinds.Contains(a.Post.Kind) || record.Find(a.Person) is not { } person)
            {
                continue;
            }

            // A covered post that cannot be placed in a province was not checked: say so rather than report nothing.
            if (ProvinceLocator.ProvinceOfBody(onDay, a.Post.Organisation) is not { } province)
            {
                result.Add(new RuleViolation(Name, person.Id, a.Post, null, RuleViolationReason.ProvinceUnknown));
                continue;
            }

            if (IsFrom(chart, onDay, person.Birthplace, province, date))
            {
                result.Add(new RuleViolation(Name, person.Id, a.Post, province, RuleViolationReason.BornInProvince));
            }

            if (IsFrom(chart, onDay, person.Hometown, province, date))
            {
                result.Add(new RuleViolation(Name, person.Id, a.Post, province, RuleViolationReason.HometownInProvince));
            }
        }

        return result.ToImmutable();
    }

    private static bool IsFrom(OrgChart chart, OrgChart onDay, OrgId? place, Organisation province, LocalDate date) =>
        place is { } p && ProvinceLocator.ProvincesOfPlace(chart, onDay, p, date).Any(x => x.Id == province.Id);
}
