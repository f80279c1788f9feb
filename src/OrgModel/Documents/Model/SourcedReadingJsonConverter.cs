using OrgModel.Serialization.Json;

namespace OrgModel.Documents.Model;

/// <summary>Reads and writes a <see cref="SourcedReading"/>.</summary>
internal sealed class SourcedReadingJsonConverter() : ObjectJsonConverter<SourcedReading, SourcedReadingJsonConverter.State>(Shape)
{
    /// <summary>The members read so far.</summary>
    internal record struct State(string Statement, string? Value, ImmutableArray<string> Sources);

    /// <summary>The object form.</summary>
    internal static readonly JsonObjectShape<SourcedReading, State> Shape = new(nameof(SourcedReading),
    [
        new("statement", static (ref r, ref s) => s.Statement = JsonRead.String(ref r), static (w, n, v) => w.WriteString(n, v.Statement), Required: true),
        new("value", static (ref r, ref s) => s.Value = JsonRead.NullableString(ref r), static (w, n, v) => JsonWrite.String(w, n, v.Value)),
        new("sources", static (ref r, ref s) => s.Sources = JsonRead.Array(ref r, JsonRead.String), static (w, n, v) => JsonWrite.Array(w, n, v.Sources, static (x, item) => x.WriteStringValue(item)), Required: true),
    ],
    static (ref s) => new SourcedReading(s.Statement, s.Value, s.Sources));
}
