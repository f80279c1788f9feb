using OrgModel.Organisations;
using OrgModel.Utility;

namespace OrgModel.Personnel;

/// <summary>A position in an organisation: General Secretary of the Central Committee, member of the Politburo, Chair of the
/// People's Committee of a province, … Equal posts have the same organisation, kind and title.</summary>
/// <remarks>A post either has one holder at a time (a chair, a secretary) or several (membership of a body, deputy posts):
/// <see cref="AllowsSeveralHolders"/>. Thread safety: immutable and thread-safe.</remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(PostJsonConverter))]
public sealed class Post : IEquatable<Post>
{
    private const string CentralCommitteeId = "vn.party.central-committee";
    private const string PolitburoId = "vn.party.politburo";
    private const string SecretariatId = "vn.party.secretariat";
    private const string GovernmentId = "vn.state.government";
    private const string PresidentId = "vn.state.president";
    private const string NationalAssemblyId = "vn.state.national-assembly";
    private const string FatherlandFrontId = "vn.front.vietnam-fatherland-front";

    /// <summary>Creates a post.</summary>
    /// <param name="organisation">The organisation the post is in; not empty.</param>
    /// <param name="kind">The kind of post.</param>
    /// <param name="title">The title as displayed, for example "General Secretary"; not empty.</param>
    /// <param name="allowsSeveralHolders">True when several people may hold the post at once (members, deputies).</param>
    /// <param name="isPartyPost">True for a position in the Party (ended by removal from all Party posts and by expulsion).</param>
    /// <exception cref="ArgumentException">The organisation id or the title is empty.</exception>
    public Post(OrgId organisation, PostKind kind, string title, bool allowsSeveralHolders, bool isPartyPost)
    {
        Preconditions.CheckArgument(!organisation.IsEmpty, nameof(organisation), "A post needs a non-empty organisation id.");
        Guard.Against.NullOrWhiteSpace(title);
        Guard.Against.EnumOutOfRange(kind);

        Organisation = organisation;
        Kind = kind;
        Title = title.Trim();
        AllowsSeveralHolders = allowsSeveralHolders;
        IsPartyPost = isPartyPost;
    }

    /// <summary>Gets the organisation the post is in.</summary>
    public OrgId Organisation { get; }

    /// <summary>Gets the kind of post.</summary>
    public PostKind Kind { get; }

    /// <summary>Gets the title as displayed.</summary>
    public string Title { get; }

    /// <summary>Gets a value indicating whether several people may hold the post at once.</summary>
    public bool AllowsSeveralHolders { get; }

    /// <summary>Gets a value indicating whether this is a position in the Party.</summary>
    public bool IsPartyPost { get; }

    /// <summary>Gets the General Secretary of the Central Committee.</summary>
    public static Post GeneralSecretary { get; } =
        new(OrgId.Parse(CentralCommitteeId), PostKind.GeneralSecretary, "General Secretary", false, true);

    /// <summary>Gets membership of the Politburo.</summary>
    public static Post PolitburoMember { get; } = new(OrgId.Parse(PolitburoId), PostKind.PolitburoMember, "Politburo member", true, true);

    /// <summary>Gets membership of the Secretariat.</summary>
    public static Post SecretariatMember { get; } =
        new(OrgId.Parse(SecretariatId), PostKind.SecretariatMember, "Secretariat member", true, true);

    /// <summary>Gets the Permanent Member of the Secretariat.</summary>
    public static Post PermanentMemberOfSecretariat { get; } =
        new(OrgId.Parse(SecretariatId), PostKind.PermanentMemberOfSecretariat, "Permanent Member of the Secretariat", false, true);

    /// <summary>Gets membership of the Central Committee.</summary>
    public static Post CentralCommitteeMember { get; } =
        new(OrgId.Parse(CentralCommitteeId), PostKind.CentralCommitteeMember, "Central Committee member", true, true);

    /// <summary>Gets alternate membership of the Central Committee.</summary>
    public static Post CentralCommitteeAlternateMember { get; } =
        new(OrgId.Parse(CentralCommitteeId), PostKind.CentralCommitteeAlternateMember, "Central Committee alternate member", true, true);

    /// <summary>Gets the Prime Minister, head of the Government (a State post).</summary>
    public static Post PrimeMinister { get; } = new(OrgId.Parse(GovernmentId), PostKind.PrimeMinister, "Prime Minister", false, false);

    /// <summary>Gets the President of the State.</summary>
    public static Post President { get; } = new(OrgId.Parse(PresidentId), PostKind.President, "President", false, false);

    /// <summary>Gets the Chairman of the National Assembly.</summary>
    public static Post NationalAssemblyChair { get; } =
        new(OrgId.Parse(NationalAssemblyId), PostKind.NationalAssemblyChair, "Chairman of the National Assembly", false, false);

    /// <summary>Gets the Chair of the Central Committee of the Vietnam Fatherland Front (not a Party post: the Front elects it).</summary>
    public static Post FatherlandFrontChair { get; } =
        new(OrgId.Parse(FatherlandFrontId), PostKind.FatherlandFrontChair, "Chair of the Vietnam Fatherland Front", false, false);

    /// <summary>The head of a Party commission or of the Party Central Office, for example the head of
    /// <c>vn.party.central-organisation-commission</c>.</summary>
    /// <param name="commission">The commission or office.</param>
    /// <returns>The post.</returns>
    public static Post CommissionHead(OrgId commission) => new(commission, PostKind.CommissionHead, "Head", false, true);

    /// <summary>The Secretary of a Party committee.</summary>
    /// <param name="partyCommittee">The Party committee.</param>
    /// <returns>The post.</returns>
    public static Post PartySecretary(OrgId partyCommittee) =>
        new(partyCommittee, PostKind.PartyCommitteeSecretary, "Secretary", false, true);

    /// <summary>A Deputy Secretary of a Party committee (several may serve at once).</summary>
    /// <param name="partyCommittee">The Party committee.</param>
    /// <returns>The post.</returns>
    public static Post DeputyPartySecretary(OrgId partyCommittee) =>
        new(partyCommittee, PostKind.PartyCommitteeDeputySecretary, "Deputy Secretary", true, true);

    /// <summary>The Chair of a People's Committee.</summary>
    /// <param name="peoplesCommittee">The People's Committee, for example <c>vn.au.2025-07.01.peoples-committee</c>.</param>
    /// <returns>The post.</returns>
    public static Post PeoplesCommitteeChair(OrgId peoplesCommittee) =>
        new(peoplesCommittee, PostKind.PeoplesCommitteeChair, "Chair of the People's Committee", false, false);

    /// <summary>The Chair of a Party inspection commission.</summary>
    /// <param name="commission">The inspection commission (or, when the chart has none, the Party committee it serves).</param>
    /// <returns>The post.</returns>
    public static Post InspectionCommissionChair(OrgId commission) =>
        new(commission, PostKind.InspectionCommissionChair, "Chair of the Inspection Commission", false, true);

    /// <summary>The Chief Inspector of a State inspectorate.</summary>
    /// <param name="inspectorate">The inspectorate (or, when the chart has none, the People's Committee it serves).</param>
    /// <returns>The post.</returns>
    public static Post ChiefInspector(OrgId inspectorate) => new(inspectorate, PostKind.ChiefInspector, "Chief Inspector", false, false);

    /// <summary>The Chief Judge (president) of a court.</summary>
    /// <param name="court">The court.</param>
    /// <returns>The post.</returns>
    public static Post ChiefJudge(OrgId court) => new(court, PostKind.ChiefJudge, "Chief Judge", false, false);

    /// <summary>Returns the title and the organisation: "General Secretary (vn.party.central-committee)".</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Title} ({Organisation})";

    /// <inheritdoc />
    public bool Equals(Post? other) =>
        other is not null && Organisation == other.Organisation && Kind == other.Kind && string.Equals(Title, other.Title, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Post);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Organisation, Kind, StringComparer.Ordinal.GetHashCode(Title));
}
