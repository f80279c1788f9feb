using OrgModel.Organisations;
using OrgModel.Serialization.Json;

namespace OrgModel.Personnel;

/// <summary>
/// Reads and writes a <see cref="RuleViolation"/>, with its province as an organisation object. The province is absent
/// exactly for <see cref="RuleViolationReason.ProvinceUnknown"/>; the constructor checks that pairing.
/// </summary>
internal sealed class RuleViolationJsonConverter() : ObjectJsonConverter<RuleViolation, RuleViolationJsonConverter.State>(Shape)
{
    /// <summary>The members read so far.</summary>
    internal record struct State(string Rule, PersonId Person, Post Post, Organisation? Province, RuleViolationReason Reason);

    /// <summary>The object form.</summary>
    internal static readonly JsonObjectShape<RuleViolation, State> Shape = new(nameof(RuleViolation),
    [
        new("rule", static (ref r, ref s) => s.Rule = JsonRead.String(ref r), static (w, n, v) => w.WriteString(n, v.Rule), Required: true),
        new("person", static (ref r, ref s) => s.Person = PersonnelJsonParts.Person(ref r), static (w, n, v) => w.WriteString(n, v.Person.ToString()), Required: true),
        new("post", static (ref r, ref s) => s.Post = PostJsonConverter.Shape.Read(ref r), static (w, n, v) => PostJsonConverter.Shape.WriteMember(w, n, v.Post), Required: true),
        new("province", static (ref r, ref s) => s.Province = OrganisationJsonConverter.Shape.ReadNullable(ref r), static (w, n, v) => OrganisationJsonConverter.Shape.WriteMember(w, n, v.Province)),
        new("reason", static (ref r, ref s) => s.Reason = JsonRead.Enum<RuleViolationReason>(ref r), static (w, n, v) => JsonWrite.Enum(w, n, v.Reason), Required: true),
    ],
    static (ref s) => new RuleViolation(s.Rule, s.Person, s.Post, s.Province, s.Reason));
}
