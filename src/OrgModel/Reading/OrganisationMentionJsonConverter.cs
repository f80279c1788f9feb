using OrgModel.Organisations;
using OrgModel.Serialization.Json;

namespace OrgModel.Reading;

/// <summary>Reads and writes an <see cref="OrganisationMention"/>.</summary>
internal sealed class OrganisationMentionJsonConverter() : ObjectJsonConverter<OrganisationMention, OrganisationMentionJsonConverter.State>(Shape)
{
    /// <summary>The members read so far.</summary>
    internal record struct State(int Start, string Text, string Name, OrgId? Id, bool Scope, string Reason);

    /// <summary>The object form.</summary>
    internal static readonly JsonObjectShape<OrganisationMention, State> Shape = new(nameof(OrganisationMention),
    [
        new("start", static (ref r, ref s) => s.Start = JsonRead.Int32(ref r), static (w, n, v) => w.WriteNumber(n, v.Start), Required: true),
        new("text", static (ref r, ref s) => s.Text = JsonRead.String(ref r), static (w, n, v) => w.WriteString(n, v.Text), Required: true),
        new("name", static (ref r, ref s) => s.Name = JsonRead.String(ref r), static (w, n, v) => w.WriteString(n, v.Name), Required: true),
        new("id", static (ref r, ref s) => s.Id = OrgIdJsonConverter.ReadNullable(ref r), static (w, n, v) => JsonWrite.String(w, n, v.Id?.ToString())),
        new("scope", static (ref r, ref s) => s.Scope = JsonRead.Boolean(ref r), static (w, n, v) => ReadingJson.WriteIfTrue(w, n, v.IsScope)),
        new("reason", static (ref r, ref s) => s.Reason = JsonRead.String(ref r), static (w, n, v) => w.WriteString(n, v.Reason), Required: true),
    ],
    static (ref s) => new OrganisationMention(s.Start, s.Text, s.Name, s.Id, s.Scope, s.Reason));
}
