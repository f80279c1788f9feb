using System.Collections.Immutable;
using System.Text.Json;
using NodaTime;
using OrgModel.Documents;
using OrgModel.Organisations;
using OrgModel.Personnel;
using OrgModel.Serialization.Documents;
using OrgModel.Serialization.Json;
using OrgModel.Utility;

namespace OrgModel.Serialization.Personnel;

/// <summary>
/// Reads and writes a <see cref="DisciplinaryDecision"/>: a <c>member</c> or an <c>organisation</c>, the form, and for a
/// removal either <c>"removesAllPartyPosts": true</c> or the <c>posts</c>; reading goes through the factories' checks.
/// </summary>
internal sealed class DisciplinaryDecisionJsonConverter : OrgModelConverter<DisciplinaryDecision>
{
    private static readonly string[] Members = ["member", "organisation", "form", "removesAllPartyPosts", "posts", "issuingBody", "date", "effectiveDate", "legalBasis"];

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, DisciplinaryDecision value, JsonSerializerOptions options) => WriteValue(writer, value);

    internal static void WriteValue(Utf8JsonWriter writer, DisciplinaryDecision value)
    {
        writer.WriteStartObject();
        JsonWrite.String(writer, "member", value.Member?.ToString());
        JsonWrite.String(writer, "organisation", value.Organisation?.ToString());
        JsonWrite.Enum(writer, "form", value.Form);
        if (value.RemovesAllPartyPosts)
        {
            writer.WriteBoolean("removesAllPartyPosts", true);
        }

        if (value.Posts.Count > 0)
        {
            writer.WriteStartArray("posts");
            foreach (Post p in value.Posts)
            {
                PostJsonConverter.WriteValue(writer, p);
            }

            writer.WriteEndArray();
        }

        writer.WriteString("issuingBody", value.IssuingBody.ToString());
        JsonWrite.Date(writer, "date", value.Date);
        JsonWrite.Date(writer, "effectiveDate", value.EffectiveDate);
        JsonWrite.String(writer, "legalBasis", value.LegalBasis?.ToString());
        writer.WriteEndObject();
    }

    internal static DisciplinaryDecision ReadValue(ref Utf8JsonReader reader)
    {
        var obj = new JsonObjectReader(ref reader, nameof(DisciplinaryDecision), Members);
        PersonId? member = null;
        OrgId? organisation = null;
        DisciplineForm form = default;
        bool all = false;
        ImmutableArray<Post> posts = [];
        OrgId issuingBody = default;
        LocalDate date = default;
        LocalDate? effective = null;
        DocumentNumber? basis = null;
        while (obj.Next(ref reader))
        {
            try
            {
                switch (obj.Index)
                {
                    case 0: member = reader.TokenType == JsonTokenType.Null ? null : PersonnelJsonParts.Person(ref reader); break;
                    case 1: organisation = reader.TokenType == JsonTokenType.Null ? null : JsonRead.OrgId(ref reader); break;
                    case 2: form = JsonRead.Enum<DisciplineForm>(ref reader); break;
                    case 3: all = JsonRead.Boolean(ref reader); break;
                    case 4: posts = JsonRead.Array(ref reader, PostJsonConverter.ReadValue); break;
                    case 5: issuingBody = JsonRead.OrgId(ref reader); break;
                    case 6: date = JsonRead.Date(ref reader); break;
                    case 7: effective = JsonRead.NullableDate(ref reader); break;
                    default: basis = reader.TokenType == JsonTokenType.Null ? null : DocumentJsonParts.Number(ref reader); break;
                }
            }
            catch (Exception e) when (!Preconditions.IsFatal(e))
            {
                throw obj.Fail(e);
            }
        }

        obj.Require(2);
        obj.Require(5);
        obj.Require(6);
        try
        {
            return (member, organisation) switch
            {
                ({ } m, null) when form == DisciplineForm.RemovalFromPost && all && posts.IsEmpty =>
                    DisciplinaryDecision.RemovalFromAllPartyPosts(m, issuingBody, date, effective, basis),
                ({ } m, null) when form == DisciplineForm.RemovalFromPost && !all =>
                    DisciplinaryDecision.RemovalFromPosts(m, posts, issuingBody, date, effective, basis),
                ({ } m, null) when !all && posts.IsEmpty => DisciplinaryDecision.ForMember(m, form, issuingBody, date, effective, basis),
                (null, { } o) when !all && posts.IsEmpty => DisciplinaryDecision.ForOrganisation(o, form, issuingBody, date, effective, basis),
                (null, null) => throw OrgModelJsonException.Here("a decision names a \"member\" or an \"organisation\"."),
                ({ }, { }) => throw OrgModelJsonException.Here("a decision names a \"member\" or an \"organisation\", not both."),
                _ => throw OrgModelJsonException.Here("\"removesAllPartyPosts\" and \"posts\" belong to a member's removal from post, and not together."),
            };
        }
        catch (ArgumentException e)
        {
            throw obj.Invalid(e);
        }
    }

    /// <inheritdoc />
    protected override DisciplinaryDecision ReadCore(ref Utf8JsonReader reader, JsonSerializerOptions options) => ReadValue(ref reader);
}
