using OrgModel.Organisations;
using OrgModel.Serialization.Json;

namespace OrgModel.Personnel;

/// <summary>Reads and writes a <see cref="Post"/>.</summary>
internal sealed class PostJsonConverter() : ObjectJsonConverter<Post, PostJsonConverter.State>(Shape)
{
    /// <summary>The members read so far.</summary>
    internal record struct State(OrgId Organisation, PostKind Kind, string Title, bool Several, bool Party);

    /// <summary>The object form.</summary>
    internal static readonly JsonObjectShape<Post, State> Shape = new(nameof(Post),
    [
        new("organisation", static (ref r, ref s) => s.Organisation = OrgIdJsonConverter.ReadValue(ref r), static (w, n, v) => w.WriteString(n, v.Organisation.ToString()), Required: true),
        new("kind", static (ref r, ref s) => s.Kind = JsonRead.Enum<PostKind>(ref r), static (w, n, v) => JsonWrite.Enum(w, n, v.Kind), Required: true),
        new("title", static (ref r, ref s) => s.Title = JsonRead.String(ref r), static (w, n, v) => w.WriteString(n, v.Title), Required: true),
        new("allowsSeveralHolders", static (ref r, ref s) => s.Several = JsonRead.Boolean(ref r), static (w, n, v) => w.WriteBoolean(n, v.AllowsSeveralHolders), Required: true),
        new("isPartyPost", static (ref r, ref s) => s.Party = JsonRead.Boolean(ref r), static (w, n, v) => w.WriteBoolean(n, v.IsPartyPost), Required: true),
    ],
    static (ref s) => new Post(s.Organisation, s.Kind, s.Title, s.Several, s.Party));
}
