using OrgModel.Documents;
using OrgModel.Organisations;
using OrgModel.Utility;

namespace OrgModel.Personnel;

/// <summary>A Party disciplinary decision against a member or an organisation. Apply it to a record with
/// <see cref="PersonnelRecord.Apply(DisciplinaryDecision)"/>.</summary>
/// <remarks>
/// <para>Members: reprimand, warning, removal from post (named posts, or all Party posts), expulsion. Organisations:
/// reprimand, warning, dissolution. Other combinations are rejected by the factories.</para>
/// <para>Thread safety: immutable and thread-safe.</para>
/// </remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(DisciplinaryDecisionJsonConverter))]
public sealed class DisciplinaryDecision : IEquatable<DisciplinaryDecision>
{
    private readonly ImmutableArray<Post> posts;

    private DisciplinaryDecision(
        PersonId? member,
        OrgId? organisation,
        DisciplineForm form,
        bool allPartyPosts,
        ImmutableArray<Post> posts,
        OrgId issuingBody,
        LocalDate date,
        LocalDate effectiveDate,
        DocumentNumber? legalBasis)
    {
        Guard.Against.EnumOutOfRange(form);
        Preconditions.CheckIso(date);
        Preconditions.CheckIso(effectiveDate);
        Preconditions.CheckArgument(legalBasis is not { IsParty: false, IsState: false }, nameof(legalBasis), "The legal basis, when given, must not be default(DocumentNumber): it is no document number.");
        Preconditions.CheckArgument(!issuingBody.IsEmpty, nameof(issuingBody), "A decision needs a non-empty issuing body.");
        Preconditions.CheckArgument(effectiveDate >= date, nameof(effectiveDate), "A decision cannot take effect before it is made.");

        Member = member;
        Organisation = organisation;
        Form = form;
        RemovesAllPartyPosts = allPartyPosts;
        this.posts = posts;
        IssuingBody = issuingBody;
        Date = date;
        EffectiveDate = effectiveDate;
        LegalBasis = legalBasis;
    }

    /// <summary>Gets the disciplined member, or null when an organisation is disciplined.</summary>
    public PersonId? Member { get; }

    /// <summary>Gets the disciplined organisation, or null when a member is disciplined.</summary>
    public OrgId? Organisation { get; }

    /// <summary>Gets the form of discipline.</summary>
    public DisciplineForm Form { get; }

    /// <summary>Gets a value indicating whether a removal covers all the member's Party posts (cách tất cả các chức vụ trong Đảng).</summary>
    public bool RemovesAllPartyPosts { get; }

    /// <summary>Gets the posts a removal names; empty for other forms and for removal from all Party posts.</summary>
    public IReadOnlyList<Post> Posts => posts;

    /// <summary>Gets the body that decided (for example the Central Committee).</summary>
    public OrgId IssuingBody { get; }

    /// <summary>Gets the day of the decision.</summary>
    public LocalDate Date { get; }

    /// <summary>Gets the day it takes effect: the day appointments it ends are no longer held.</summary>
    public LocalDate EffectiveDate { get; }

    /// <summary>Gets the number of the document that records it, or null when not known.</summary>
    public DocumentNumber? LegalBasis { get; }

    /// <summary>A reprimand, warning or expulsion of a member.</summary>
    /// <param name="member">The member.</param>
    /// <param name="form">Reprimand, warning or expulsion (use <see cref="RemovalFromPosts"/> or <see cref="RemovalFromAllPartyPosts"/> for removals).</param>
    /// <param name="issuingBody">The deciding body.</param>
    /// <param name="date">The day of the decision.</param>
    /// <param name="effectiveDate">The day it takes effect; null for <paramref name="date"/>.</param>
    /// <param name="legalBasis">The document number, or null.</param>
    /// <returns>The decision.</returns>
    /// <exception cref="ArgumentException">The member or the body is empty, the form is not one of these three, a date is not ISO, the legal basis is <c>default</c>, or it takes
    /// effect before it is made.</exception>
    public static DisciplinaryDecision ForMember(
        PersonId member, DisciplineForm form, OrgId issuingBody, LocalDate date, LocalDate? effectiveDate = null, DocumentNumber? legalBasis = null)
    {
        RequireMember(member);
        Preconditions.CheckArgument(form is DisciplineForm.Reprimand or DisciplineForm.Warning or DisciplineForm.Expulsion, nameof(form), "A member is reprimanded, warned or expelled here; removals name their posts.");

        return new(member, null, form, false, [], issuingBody, date, effectiveDate ?? date, legalBasis);
    }

    /// <summary>Removal of a member from named posts (cách chức).</summary>
    /// <param name="member">The member.</param>
    /// <param name="posts">The posts; at least one.</param>
    /// <param name="issuingBody">The deciding body.</param>
    /// <param name="date">The day of the decision.</param>
    /// <param name="effectiveDate">The day it takes effect; null for <paramref name="date"/>.</param>
    /// <param name="legalBasis">The document number, or null.</param>
    /// <returns>The decision.</returns>
    /// <exception cref="ArgumentException">The member or the body is empty, no post is named, a date is not in the ISO calendar, the legal basis is <c>default</c>, or it takes effect before it is made.</exception>
    public static DisciplinaryDecision RemovalFromPosts(
        PersonId member, IEnumerable<Post> posts, OrgId issuingBody, LocalDate date, LocalDate? effectiveDate = null, DocumentNumber? legalBasis = null)
    {
        RequireMember(member);
        ArgumentNullException.ThrowIfNull(posts);
        ImmutableArray<Post> list = [.. posts.Distinct()];
        Preconditions.CheckArgument(!list.IsEmpty && !list.Contains(null!), nameof(posts), "A removal names at least one post and no null post.");

        return new(member, null, DisciplineForm.RemovalFromPost, false, list, issuingBody, date, effectiveDate ?? date, legalBasis);
    }

    /// <summary>Removal of a member from all positions in the Party (cách tất cả các chức vụ trong Đảng).</summary>
    /// <param name="member">The member.</param>
    /// <param name="issuingBody">The deciding body.</param>
    /// <param name="date">The day of the decision.</param>
    /// <param name="effectiveDate">The day it takes effect; null for <paramref name="date"/>.</param>
    /// <param name="legalBasis">The document number, or null.</param>
    /// <returns>The decision.</returns>
    /// <exception cref="ArgumentException">The member or the body is empty, a date is not in the ISO calendar, the legal basis is <c>default</c>, or it takes effect before it is made.</exception>
    public static DisciplinaryDecision RemovalFromAllPartyPosts(
        PersonId member, OrgId issuingBody, LocalDate date, LocalDate? effectiveDate = null, DocumentNumber? legalBasis = null)
    {
        RequireMember(member);
        return new(member, null, DisciplineForm.RemovalFromPost, true, [], issuingBody, date, effectiveDate ?? date, legalBasis);
    }

    /// <summary>A reprimand, warning or dissolution of a Party organisation.</summary>
    /// <param name="organisation">The organisation.</param>
    /// <param name="form">Reprimand, warning or dissolution.</param>
    /// <param name="issuingBody">The deciding body.</param>
    /// <param name="date">The day of the decision.</param>
    /// <param name="effectiveDate">The day it takes effect; null for <paramref name="date"/>.</param>
    /// <param name="legalBasis">The document number, or null.</param>
    /// <returns>The decision.</returns>
    /// <exception cref="ArgumentException">The organisation or the body is empty, the form is not one of these three, a date is not ISO, the legal basis is <c>default</c>, or it
    /// takes effect before it is made.</exception>
    public static DisciplinaryDecision ForOrganisation(
        OrgId organisation, DisciplineForm form, OrgId issuingBody, LocalDate date, LocalDate? effectiveDate = null, DocumentNumber? legalBasis = null)
    {
        Preconditions.CheckArgument(!organisation.IsEmpty, nameof(organisation), "A decision needs a non-empty organisation.");
        Preconditions.CheckArgument(form is DisciplineForm.Reprimand or DisciplineForm.Warning or DisciplineForm.Dissolution, nameof(form), "An organisation is reprimanded, warned or dissolved.");

        return new(null, organisation, form, false, [], issuingBody, date, effectiveDate ?? date, legalBasis);
    }

    /// <summary>Tells whether the decision ends an appointment that is held on its effective day.</summary>
    /// <param name="appointment">The appointment.</param>
    /// <returns>True when it ends it.</returns>
    public bool Ends(Appointment appointment)
    {
        ArgumentNullException.ThrowIfNull(appointment);
        if (!appointment.IsHeldOn(EffectiveDate))
        {
            return false;
        }

        return Form switch
        {
            DisciplineForm.RemovalFromPost => appointment.Person == Member
                && (RemovesAllPartyPosts ? appointment.Post.IsPartyPost : posts.Contains(appointment.Post)),
            DisciplineForm.Expulsion => appointment.Person == Member && appointment.Post.IsPartyPost,
            DisciplineForm.Dissolution => appointment.Post.Organisation == Organisation,
            _ => false,
        };
    }

    /// <summary>Returns the form, the subject and the day, for example "RemovalFromPost (all Party posts) of nguyen-xuan-phuc on 2025-07-19".</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        $"{Form}{(RemovesAllPartyPosts ? " (all Party posts)" : string.Empty)} of {(Member is { } m ? m.ToString() : Organisation.ToString())} on {EffectiveDate:uuuu-MM-dd}";

    /// <inheritdoc />
    public bool Equals(DisciplinaryDecision? other) =>
        other is not null && Nullable.Equals(Member, other.Member) && Nullable.Equals(Organisation, other.Organisation) && Form == other.Form
        && RemovesAllPartyPosts == other.RemovesAllPartyPosts && posts.AsSpan().SequenceEqual(other.posts.AsSpan()) && IssuingBody == other.IssuingBody
        && Date == other.Date && EffectiveDate == other.EffectiveDate && Nullable.Equals(LegalBasis, other.LegalBasis);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as DisciplinaryDecision);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        // Every compared member is hashed, so that a set of many decisions that differ only in their posts, day or legal
        // basis does not degrade to one bucket (the record keeps its decisions in a hash set).
        var hash = default(HashCode);
        hash.Add(Member);
        hash.Add(Organisation);
        hash.Add(Form);
        hash.Add(RemovesAllPartyPosts);
        foreach (Post p in posts)
        {
            hash.Add(p);
        }

        hash.Add(IssuingBody);
        hash.Add(Date);
        hash.Add(EffectiveDate);
        hash.Add(LegalBasis);
        return hash.ToHashCode();
    }

    private static void RequireMember(PersonId member)
    {
        Preconditions.CheckArgument(!member.IsEmpty, nameof(member), "A decision needs a non-empty member id.");
    }
}
