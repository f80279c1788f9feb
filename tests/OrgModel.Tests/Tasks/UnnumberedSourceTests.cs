using System.Text.Json;
using NodaTime;
using OrgModel.Deadlines;
using OrgModel.Documents;
using OrgModel.Documents.Model;
using OrgModel.ReferenceData;
using OrgModel.Serialization;
using OrgModel.Tasks;

namespace OrgModel.Tests.Tasks;

/// <summary>Tasks whose source is a text without a number: they cite it, pass the six clears and roll up by it.</summary>
public class UnnumberedSourceTests
{
    private static readonly LocalDate CongressClosing = new(2026, 1, 23);

    private static Document CongressResolution =>
        DocumentRegistry.Vietnam.Query(DocumentKind.Resolution, from: CongressClosing, to: CongressClosing).Single(d => !d.IsNumbered);

    private static TaskItem Task(string id) => new(
        id,
        CongressClosing,
        action: "Disseminate the Resolution of the 14th National Party Congress",
        leads: AssignmentScope.EveryProvince(ScopeBody.PartyCommittee),
        deadline: Deadline.ParsePhrase("trước ngày 31/3/2026", CongressClosing),
        deliverable: "dissemination report",
        responsible: "standing committee of the provincial Party committee");

    [Fact]
    public void A_task_citing_the_Congress_Resolution_passes_the_six_clears()
    {
        TaskItem uncited = Task("14th Congress#1");
        Assert.Equal([TaskClarity.Authority], uncited.Missing(ClarityPrinciple.SixClears));

        TaskItem cited = uncited.WithSource(CongressResolution.Key);
        Assert.Empty(cited.Missing(ClarityPrinciple.SixClears));
        Assert.Null(cited.Source);
        Assert.Equal(CongressResolution.Key, cited.SourceKey);
        Assert.Null(uncited.SourceKey);
        Assert.Null(cited.WithSource(null).SourceKey);
        Assert.Throws<ArgumentException>(() => uncited.WithSource(default(DocumentKey)));
    }

    [Fact]
    public void A_numbered_source_is_its_key_and_keeps_its_wire_form()
    {
        var task = new TaskItem("201-KL/TW#1", new LocalDate(2025, 10, 31), source: DocumentNumber.Parse("201-KL/TW"));
        Assert.Equal(DocumentKey.Parse("201-KL/TW"), task.SourceKey);
        string json = JsonSerializer.Serialize(task, OrgModelJson.Context.TaskItem);
        Assert.Contains("\"source\":\"201-KL/TW\"", json, StringComparison.Ordinal);
        TaskItem back = JsonSerializer.Deserialize(json, OrgModelJson.Context.TaskItem)!;
        Assert.Equal(task.Source, back.Source);
        Assert.Equal(task.SourceKey, back.SourceKey);

        TaskItem dated = task.WithSource(DocumentKey.Numbered(DocumentNumber.Parse("201-KL/TW"), new LocalDate(2025, 10, 31)));
        Assert.Equal(DocumentNumber.Parse("201-KL/TW"), dated.Source);
        Assert.Equal(dated.SourceKey, JsonSerializer.Deserialize(JsonSerializer.Serialize(dated, OrgModelJson.Context.TaskItem), OrgModelJson.Context.TaskItem)!.SourceKey);
    }

    [Fact]
    public void An_unnumbered_source_round_trips_through_JSON()
    {
        TaskItem cited = Task("14th Congress#1").WithSource(CongressResolution.Key);
        string json = JsonSerializer.Serialize(cited, OrgModelJson.Context.TaskItem);
        Assert.Contains($"\"source\":\"{CongressResolution.Key}\"", json, StringComparison.Ordinal);
        TaskItem back = JsonSerializer.Deserialize(json, OrgModelJson.Context.TaskItem)!;
        Assert.Equal(cited.SourceKey, back.SourceKey);
        Assert.Null(back.Source);
    }

    [Fact]
    public void Roll_ups_by_document_key_count_tasks_of_texts_without_a_number()
    {
        TaskItem cited = Task("14th Congress#1").WithSource(CongressResolution.Key);
        var numbered = new TaskItem("201-KL/TW#1", new LocalDate(2025, 10, 31), leads: AssignmentScope.EveryProvince(ScopeBody.PartyCommittee),
            deadline: Deadline.ParsePhrase("trước ngày 15/12/2025", new LocalDate(2025, 10, 31)), source: DocumentNumber.Parse("201-KL/TW"));
        var tracker = new TaskTracker([.. cited.Expand(VietnamReferenceData.OrgChart), .. numbered.Expand(VietnamReferenceData.OrgChart)]);
        Instant at = new LocalDateTime(2026, 2, 1, 12, 0).InZoneStrictly(VietnamTime.Zone).ToInstant();

        IReadOnlyDictionary<DocumentKey, StatusSummary> byKey = tracker.ByDocumentKey(at);
        Assert.Equal(34, byKey[CongressResolution.Key].Total);
        Assert.Equal(34, byKey[DocumentKey.Parse("201-KL/TW")].Total);
        Assert.Equal([DocumentNumber.Parse("201-KL/TW")], tracker.ByDocument(at).Keys);
    }
}
