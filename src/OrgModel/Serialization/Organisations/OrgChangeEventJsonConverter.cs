using System.Collections.Immutable;
using System.Text.Json;
using NodaTime;
using OrgModel.Documents;
using OrgModel.Organisations;
using OrgModel.Serialization.Json;
using OrgModel.Utility;

namespace OrgModel.Serialization.Organisations;

/// <summary>
/// Reads and writes an <see cref="OrgChangeEvent"/> as a JSON object whose first member, <c>kind</c>, is the type
/// discriminator (<c>merged</c>, <c>split</c>, …); reading re-runs the constructor's checks.
/// </summary>
internal sealed class OrgChangeEventJsonConverter : OrgModelConverter<OrgChangeEvent>
{
    private static readonly string[] Members = ["kind", "effectiveDate", "predecessors", "successors", "legalBasis", "partialPredecessors"];

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, OrgChangeEvent value, JsonSerializerOptions options) => WriteValue(writer, value);

    /// <summary>Writes without the serializer (for the chart converter).</summary>
    internal static void WriteValue(Utf8JsonWriter writer, OrgChangeEvent value)
    {
        writer.WriteStartObject();
        JsonWrite.Enum(writer, "kind", value.Kind);
        JsonWrite.Date(writer, "effectiveDate", value.EffectiveDate);
        JsonWrite.Ids(writer, "predecessors", value.Predecessors);
        JsonWrite.Ids(writer, "successors", value.Successors);
        JsonWrite.String(writer, "legalBasis", value.LegalBasis?.ToString());
        JsonWrite.Ids(writer, "partialPredecessors", value.PartialPredecessors, omitEmpty: true);
        writer.WriteEndObject();
    }

    /// <summary>Reads without the serializer (for the chart converter).</summary>
    internal static OrgChangeEvent ReadValue(ref Utf8JsonReader reader)
    {
        var obj = new JsonObjectReader(ref reader, nameof(OrgChangeEvent), Members);
        OrgChangeKind kind = default;
        LocalDate effective = default;
        ImmutableArray<OrgId> predecessors = [], successors = [], partial = [];
        DocumentNumber? legalBasis = null;
        while (obj.Next(ref reader))
        {
            try
            {
                switch (obj.Index)
                {
                    case 0: kind = JsonRead.Enum<OrgChangeKind>(ref reader); break;
                    case 1: effective = JsonRead.Date(ref reader); break;
                    case 2: predecessors = JsonRead.Array(ref reader, JsonRead.OrgId); break;
                    case 3: successors = JsonRead.Array(ref reader, JsonRead.OrgId); break;
                    case 4: legalBasis = JsonRead.NullableString(ref reader) is { } basis ? DocumentNumber.Parse(basis) : null; break;
                    default: partial = JsonRead.Array(ref reader, JsonRead.OrgId); break;
                }
            }
            catch (Exception e) when (!Preconditions.IsFatal(e))
            {
                throw obj.Fail(e);
            }
        }

        for (int required = 0; required < 4; required++)
        {
            obj.Require(required);
        }

        try
        {
            return new OrgChangeEvent(kind, effective, predecessors, successors, legalBasis, partial);
        }
        catch (ArgumentException e)
        {
            throw obj.Invalid(e);
        }
    }

    /// <inheritdoc />
    protected override OrgChangeEvent ReadCore(ref Utf8JsonReader reader, JsonSerializerOptions options) => ReadValue(ref reader);
}
