using System.Text.Json;
using OrgModel.Organisations;
using OrgModel.Personnel;
using OrgModel.Serialization.Json;
using OrgModel.Utility;

namespace OrgModel.Serialization.Personnel;

/// <summary>Reads and writes a <see cref="Post"/>.</summary>
internal sealed class PostJsonConverter : OrgModelConverter<Post>
{
    private static readonly string[] Members = ["organisation", "kind", "title", "allowsSeveralHolders", "isPartyPost"];

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, Post value, JsonSerializerOptions options) => WriteValue(writer, value);

    internal static void WriteValue(Utf8JsonWriter writer, Post value)
    {
        writer.WriteStartObject();
        writer.WriteString("organisation", value.Organisation.ToString());
        JsonWrite.Enum(writer, "kind", value.Kind);
        writer.WriteString("title", value.Title);
        writer.WriteBoolean("allowsSeveralHolders", value.AllowsSeveralHolders);
        writer.WriteBoolean("isPartyPost", value.IsPartyPost);
        writer.WriteEndObject();
    }

    internal static Post ReadValue(ref Utf8JsonReader reader)
    {
        var obj = new JsonObjectReader(ref reader, nameof(Post), Members);
        OrgId organisation = default;
        PostKind kind = default;
        string title = string.Empty;
        bool several = false, party = false;
        while (obj.Next(ref reader))
        {
            try
            {
                switch (obj.Index)
                {
                    case 0: organisation = JsonRead.OrgId(ref reader); break;
                    case 1: kind = JsonRead.Enum<PostKind>(ref reader); break;
                    case 2: title = JsonRead.String(ref reader); break;
                    case 3: several = JsonRead.Boolean(ref reader); break;
                    default: party = JsonRead.Boolean(ref reader); break;
                }
            }
            catch (Exception e) when (!Preconditions.IsFatal(e))
            {
                throw obj.Fail(e);
            }
        }

        for (int required = 0; required < 5; required++)
        {
            obj.Require(required);
        }

        try
        {
            return new Post(organisation, kind, title, several, party);
        }
        catch (ArgumentException e)
        {
            throw obj.Invalid(e);
        }
    }

    /// <inheritdoc />
    protected override Post ReadCore(ref Utf8JsonReader reader, JsonSerializerOptions options) => ReadValue(ref reader);
}
