using OrgModel.Documents;
using OrgModel.Organisations;
using OrgModel.Serialization.Json;

namespace OrgModel.Personnel;

/// <summary>
/// Reads and writes a <see cref="DisciplinaryDecision"/>: a <c>member</c> or an <c>organisation</c>, the form, and for a
/// removal either <c>"removesAllPartyPosts": true</c> or the <c>posts</c>; reading goes through the factories' checks.
/// </summary>
internal sealed class DisciplinaryDecisionJsonConverter() : ObjectJsonConverter<DisciplinaryDecision, DisciplinaryDecisionJsonConverter.State>(Shape)
{
    /// <summary>The members read so far.</summary>
    internal record struct State(PersonId? Member, OrgId? Organisation, DisciplineForm Form, bool All, ImmutableArray<Post> Posts, OrgId IssuingBody, LocalDate Date, LocalDate? Effective, DocumentNumber? Basis);

    /// <summary>The object form.</summary>
    internal static readonly JsonObjectShape<DisciplinaryDecision, State> Shape = new(nameof(DisciplinaryDecision),
    [
        new("member", static (ref r, ref s) => s.Member = JsonRead.IsNull(ref r) ? null : PersonnelJsonParts.Person(ref r), static (w, n, v) => JsonWrite.String(w, n, v.Member?.ToString())),
        new("organisation", static (ref r, ref s) => s.Organisation = OrgIdJsonConverter.ReadNullable(ref r), static (w, n, v) => JsonWrite.String(w, n, v.Organisation?.ToString())),
        new("form", static (ref r, ref s) => s.Form = JsonRead.Enum<DisciplineForm>(ref r), static (w, n, v) => JsonWrite.Enum(w, n, v.Form), Required: true),
        new("removesAllPartyPosts", static (ref r, ref s) => s.All = JsonRead.Boolean(ref r), static (w, n, v) => WriteIfTrue(w, n, v.RemovesAllPartyPosts)),
        new("posts", static (ref r, ref s) => s.Posts = JsonRead.Array(ref r, PostJsonConverter.Shape.ReadElement), static (w, n, v) => JsonWrite.NonEmptyArray(w, n, v.Posts, PostJsonConverter.Shape.WriteElement)),
        new("issuingBody", static (ref r, ref s) => s.IssuingBody = OrgIdJsonConverter.ReadValue(ref r), static (w, n, v) => w.WriteString(n, v.IssuingBody.ToString()), Required: true),
        new("date", static (ref r, ref s) => s.Date = JsonRead.Date(ref r), static (w, n, v) => JsonWrite.Date(w, n, v.Date), Required: true),
        new("effectiveDate", static (ref r, ref s) => s.Effective = JsonRead.NullableDate(ref r), static (w, n, v) => JsonWrite.Date(w, n, v.EffectiveDate)),
        new("legalBasis", static (ref r, ref s) => s.Basis = DocumentNumberJsonConverter.ReadNullable(ref r), static (w, n, v) => JsonWrite.String(w, n, v.LegalBasis?.ToString())),
    ],
    Build,
    new State { Posts = [] });

    private static void WriteIfTrue(Utf8JsonWriter writer, JsonEncodedText name, bool value)
    {
        if (value)
        {
            writer.WriteBoolean(name, true);
        }
    }

    private static DisciplinaryDecision Build(ref State s) => (s.Member, s.Organisation) switch
    {
        ({ } m, null) when s.Form == DisciplineForm.RemovalFromPost && s.All && s.Posts.IsEmpty =>
            DisciplinaryDecision.RemovalFromAllPartyPosts(m, s.IssuingBody, s.Date, s.Effective, s.Basis),
        ({ } m, null) when s.Form == DisciplineForm.RemovalFromPost && !s.All =>
            DisciplinaryDecision.RemovalFromPosts(m, s.Posts, s.IssuingBody, s.Date, s.Effective, s.Basis),
        ({ } m, null) when !s.All && s.Posts.IsEmpty => DisciplinaryDecision.ForMember(m, s.Form, s.IssuingBody, s.Date, s.Effective, s.Basis),
        (null, { } o) when !s.All && s.Posts.IsEmpty => DisciplinaryDecision.ForOrganisation(o, s.Form, s.IssuingBody, s.Date, s.Effective, s.Basis),
        (null, null) => throw OrgModelJsonException.Here("a decision names a \"member\" or an \"organisation\"."),
        ({ }, { }) => throw OrgModelJsonException.Here("a decision names a \"member\" or an \"organisation\", not both."),
        _ => throw OrgModelJsonException.Here("\"removesAllPartyPosts\" and \"posts\" belong to a member's removal from post, and not together."),
    };
}
