using System.Text.Json;
using OrgModel.Documents;
using OrgModel.Documents.Model;
using OrgModel.Serialization.Json;
using OrgModel.Utility;

namespace OrgModel.Serialization.Documents;

/// <summary>Reads and writes a <see cref="CentralConferenceNumber"/>: <c>{"ordinal":11,"termOrdinal":13}</c>.</summary>
internal sealed class CentralConferenceNumberJsonConverter : OrgModelConverter<CentralConferenceNumber>
{
    private static readonly string[] Members = ["ordinal", "termOrdinal"];

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, CentralConferenceNumber value, JsonSerializerOptions options) => WriteValue(writer, value);

    internal static void WriteValue(Utf8JsonWriter writer, CentralConferenceNumber value)
    {
        DefaultValueJson.Refuse(value.Ordinal == 0, nameof(CentralConferenceNumber));
        writer.WriteStartObject();
        writer.WriteNumber("ordinal", value.Ordinal);
        writer.WriteNumber("termOrdinal", value.TermOrdinal);
        writer.WriteEndObject();
    }

    internal static CentralConferenceNumber ReadValue(ref Utf8JsonReader reader)
    {
        var obj = new JsonObjectReader(ref reader, nameof(CentralConferenceNumber), Members);
        int ordinal = 0, term = 0;
        while (obj.Next(ref reader))
        {
            try
            {
                if (obj.Index == 0)
                {
                    ordinal = JsonRead.Int32(ref reader);
                }
                else
                {
                    term = JsonRead.Int32(ref reader);
                }
            }
            catch (Exception e) when (!Preconditions.IsFatal(e))
            {
                throw obj.Fail(e);
            }
        }

        obj.Require(0);
        obj.Require(1);
        try
        {
            return new CentralConferenceNumber(ordinal, term);
        }
        catch (ArgumentException e)
        {
            throw obj.Invalid(e);
        }
    }

    /// <inheritdoc />
    protected override CentralConferenceNumber ReadCore(ref Utf8JsonReader reader, JsonSerializerOptions options) => ReadValue(ref reader);
}
