using OrgModel.Deadlines;
using OrgModel.Documents;
using OrgModel.Serialization.Json;

namespace OrgModel.Reading;

/// <summary>Reads and writes a <see cref="DraftRecord"/>.</summary>
internal sealed class DraftRecordJsonConverter() : ObjectJsonConverter<DraftRecord, DraftRecordJsonConverter.State>(Shape)
{
    /// <summary>The members read so far.</summary>
    internal record struct State(
        LocalDate Date, ImmutableArray<Citation> Citations, ImmutableArray<DeadlineMention> Deadlines, ImmutableArray<OrganisationMention> Organisations,
        ImmutableArray<PersonMention> People, ImmutableArray<TermMention> Terms, ImmutableArray<DecisionMention> Decisions, ImmutableArray<TaskCandidate> Tasks,
        ImmutableArray<DocumentMention> Documents);

    /// <summary>The object form.</summary>
    internal static readonly JsonObjectShape<DraftRecord, State> Shape = new(nameof(DraftRecord),
    [
        new("date", static (ref r, ref s) => s.Date = JsonRead.Date(ref r), static (w, n, v) => JsonWrite.Date(w, n, v.Date), Required: true),
        new("citations", static (ref r, ref s) => s.Citations = JsonRead.Array(ref r, CitationJson.Shape.ReadElement), static (w, n, v) => JsonWrite.Array(w, n, v.Citations, CitationJson.Shape.WriteElement), Required: true),
        new("deadlines", static (ref r, ref s) => s.Deadlines = JsonRead.Array(ref r, DeadlineMentionJsonConverter.Shape.ReadElement), static (w, n, v) => JsonWrite.Array(w, n, v.Deadlines, DeadlineMentionJsonConverter.Shape.WriteElement), Required: true),
        new("organisations", static (ref r, ref s) => s.Organisations = JsonRead.Array(ref r, OrganisationMentionJsonConverter.Shape.ReadElement), static (w, n, v) => JsonWrite.Array(w, n, v.Organisations, OrganisationMentionJsonConverter.Shape.WriteElement), Required: true),
        new("people", static (ref r, ref s) => s.People = JsonRead.Array(ref r, PersonMentionJsonConverter.Shape.ReadElement), static (w, n, v) => JsonWrite.Array(w, n, v.People, PersonMentionJsonConverter.Shape.WriteElement), Required: true),
        new("terms", static (ref r, ref s) => s.Terms = JsonRead.Array(ref r, TermMentionJsonConverter.Shape.ReadElement), static (w, n, v) => JsonWrite.Array(w, n, v.Terms, TermMentionJsonConverter.Shape.WriteElement), Required: true),
        new("decisions", static (ref r, ref s) => s.Decisions = JsonRead.Array(ref r, DecisionMentionJsonConverter.Shape.ReadElement), static (w, n, v) => JsonWrite.Array(w, n, v.Decisions, DecisionMentionJsonConverter.Shape.WriteElement), Required: true),
        new("tasks", static (ref r, ref s) => s.Tasks = JsonRead.Array(ref r, TaskCandidateJsonConverter.Shape.ReadElement), static (w, n, v) => JsonWrite.Array(w, n, v.Tasks, TaskCandidateJsonConverter.Shape.WriteElement), Required: true),
        new("documents", static (ref r, ref s) => s.Documents = JsonRead.Array(ref r, DocumentMentionJsonConverter.Shape.ReadElement), static (w, n, v) => JsonWrite.NonEmptyArray(w, n, v.Documents, DocumentMentionJsonConverter.Shape.WriteElement)),
    ],
    static (ref s) => new DraftRecord(s.Date, s.Citations, s.Deadlines, s.Organisations, s.People, s.Terms, s.Decisions, s.Tasks, s.Documents.IsDefault ? [] : s.Documents));
}
