using System.Text.Json;
using OrgModel.Organisations;
using OrgModel.Personnel;
using OrgModel.Serialization.Json;
using OrgModel.Serialization.Organisations;
using OrgModel.Utility;

namespace OrgModel.Serialization.Personnel;

/// <summary>Reads and writes a <see cref="RuleViolation"/>, with its province as an organisation object.</summary>
internal sealed class RuleViolationJsonConverter : OrgModelConverter<RuleViolation>
{
    private static readonly string[] Members = ["rule", "person", "post", "province", "reason"];

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, RuleViolation value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        writer.WriteString("rule", value.Rule);
        writer.WriteString("person", value.Person.ToString());
        writer.WritePropertyName("post");
        PostJsonConverter.WriteValue(writer, value.Post);
        if (value.Province is { } province)
        {
            writer.WritePropertyName("province");
            OrganisationJsonConverter.WriteValue(writer, province);
        }

        JsonWrite.Enum(writer, "reason", value.Reason);
        writer.WriteEndObject();
    }

    /// <inheritdoc />
    protected override RuleViolation ReadCore(ref Utf8JsonReader reader, JsonSerializerOptions options)
    {
        var obj = new JsonObjectReader(ref reader, nameof(RuleViolation), Members);
        string rule = string.Empty;
        PersonId person = default;
        Post? post = null;
        Organisation? province = null;
        RuleViolationReason reason = default;
        while (obj.Next(ref reader))
        {
            try
            {
                switch (obj.Index)
                {
                    case 0: rule = JsonRead.String(ref reader); break;
                    case 1: person = PersonnelJsonParts.Person(ref reader); break;
                    case 2: post = PostJsonConverter.ReadValue(ref reader); break;
                    case 3: province = reader.TokenType == JsonTokenType.Null ? null : OrganisationJsonConverter.ReadValue(ref reader); break;
                    default: reason = JsonRead.Enum<RuleViolationReason>(ref reader); break;
                }
            }
            catch (Exception e) when (!Preconditions.IsFatal(e))
            {
                throw obj.Fail(e);
            }
        }

        // The province is absent exactly for ProvinceUnknown; the constructor checks that pairing.
        foreach (int required in (ReadOnlySpan<int>)[0, 1, 2, 4])
        {
            obj.Require(required);
        }

        try
        {
            return new RuleViolation(rule, person, post!, province, reason);
        }
        catch (ArgumentException e)
        {
            throw obj.Invalid(e);
        }
    }
}
