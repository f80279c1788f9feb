using OrgModel.Serialization.Json;

namespace OrgModel.Documents.Model;

/// <summary>Reads and writes a <see cref="CentralConferenceNumber"/>: <c>{"ordinal":11,"termOrdinal":13}</c>.</summary>
internal sealed class CentralConferenceNumberJsonConverter() : ObjectJsonConverter<CentralConferenceNumber, CentralConferenceNumberJsonConverter.State>(Shape)
{
    /// <summary>The members read so far.</summary>
    internal record struct State(int Ordinal, int Term);

    /// <summary>The object form.</summary>
    internal static readonly JsonObjectShape<CentralConferenceNumber, State> Shape = new(nameof(CentralConferenceNumber),
    [
        new("ordinal", static (ref r, ref s) => s.Ordinal = JsonRead.Int32(ref r), static (w, n, v) => w.WriteNumber(n, RefuseDefault(v).Ordinal), Required: true),
        new("termOrdinal", static (ref r, ref s) => s.Term = JsonRead.Int32(ref r), static (w, n, v) => w.WriteNumber(n, v.TermOrdinal), Required: true),
    ],
    static (ref s) => new CentralConferenceNumber(s.Ordinal, s.Term));

    private static CentralConferenceNumber RefuseDefault(CentralConferenceNumber value)
    {
        DefaultValueJson.Refuse(value.Ordinal == 0, nameof(CentralConferenceNumber));
        return value;
    }
}
