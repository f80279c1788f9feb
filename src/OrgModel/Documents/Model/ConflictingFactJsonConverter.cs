using OrgModel.Serialization.Json;

namespace OrgModel.Documents.Model;

/// <summary>Reads and writes a <see cref="ConflictingFact"/>.</summary>
internal sealed class ConflictingFactJsonConverter() : ObjectJsonConverter<ConflictingFact, ConflictingFactJsonConverter.State>(Shape)
{
    /// <summary>The members read so far.</summary>
    internal record struct State(string Id, string Question, ImmutableArray<SourcedReading> Readings, int DefaultIndex);

    /// <summary>The object form.</summary>
    internal static readonly JsonObjectShape<ConflictingFact, State> Shape = new(nameof(ConflictingFact),
    [
        new("id", static (ref r, ref s) => s.Id = JsonRead.String(ref r), static (w, n, v) => w.WriteString(n, v.Id), Required: true),
        new("question", static (ref r, ref s) => s.Question = JsonRead.String(ref r), static (w, n, v) => w.WriteString(n, v.Question), Required: true),
        new("readings", static (ref r, ref s) => s.Readings = JsonRead.Array(ref r, SourcedReadingJsonConverter.Shape.ReadElement), static (w, n, v) => JsonWrite.Array(w, n, v.Readings, SourcedReadingJsonConverter.Shape.WriteElement), Required: true),
        new("defaultIndex", static (ref r, ref s) => s.DefaultIndex = JsonRead.Int32(ref r), static (w, n, v) => w.WriteNumber(n, v.DefaultIndex), Required: true),
    ],
    static (ref s) => new ConflictingFact(s.Id, s.Question, s.Readings, s.DefaultIndex));
}
