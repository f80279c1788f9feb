using System.Text.Json;
using NodaTime;
using OrgModel.Deadlines;
using OrgModel.Organisations;
using OrgModel.Serialization;
using OrgModel.Tasks;

namespace OrgModel.Tests.Tasks;

/// <summary>Links between tasks: "the same obligation, restated in 201-KL/TW with a date".</summary>
public class TaskLinkTests
{
    private static readonly LocalDate Directive45 = new(2025, 4, 14);
    private static readonly LocalDate Conclusion201 = new(2025, 10, 31);

    private static TaskItem Task(string id, LocalDate on) =>
        new(id, on, leads: AssignmentScope.ForOrganisation(OrgId.Parse("vn.party.central-committee")), deadline: Deadline.Ongoing);

    [Fact]
    public void ATaskCarriesItsLinks_AndRefusesALinkToItself()
    {
        TaskItem restated = Task("201-KL/TW#1", Conclusion201).WithLinks([new TaskLink(TaskLinkKind.Restates, "45-CT/TW#1")]);
        Assert.Equal([new TaskLink(TaskLinkKind.Restates, "45-CT/TW#1")], restated.Links);
        Assert.Equal(restated.Links, restated.WithSource(null).Links);
        Assert.Equal("links", Assert.Throws<ArgumentException>(() => restated.WithLinks([new TaskLink(TaskLinkKind.DependsOn, "201-KL/TW#1")])).ParamName);
        Assert.Equal("links", Assert.Throws<ArgumentException>(() => restated.WithLinks([new TaskLink(TaskLinkKind.DependsOn, "x"), new TaskLink(TaskLinkKind.DependsOn, "x")])).ParamName);
        Assert.Equal("links", Assert.Throws<ArgumentException>(() => restated.WithLinks([null!])).ParamName);
        Assert.Equal("target", Assert.Throws<ArgumentException>(() => new TaskLink(TaskLinkKind.Continues, " ")).ParamName);
        Assert.ThrowsAny<ArgumentException>(() => new TaskLink((TaskLinkKind)9, "x"));
    }

    [Fact]
    public void LinksNameKnownTasks_AndFormNoCycle()
    {
        TaskItem first = Task("45-CT/TW#1", Directive45);
        TaskItem restated = Task("201-KL/TW#1", Conclusion201).WithLinks([new TaskLink(TaskLinkKind.Restates, first.Id)]);
        TaskItem.ValidateLinks([first, restated, restated]);
        Assert.Equal("tasks", Assert.Throws<ArgumentException>(() => TaskItem.ValidateLinks([restated])).ParamName);

        TaskItem back = first.WithLinks([new TaskLink(TaskLinkKind.DependsOn, restated.Id)]);
        ArgumentException cycle = Assert.Throws<ArgumentException>(() => TaskItem.ValidateLinks([back, restated]));
        Assert.Contains("cycle", cycle.Message, StringComparison.Ordinal);

        // A tracker checks the links of the tasks it tracks.
        var chart = OrgModel.ReferenceData.VietnamReferenceData.OrgChart;
        Assert.Equal("assignments", Assert.Throws<ArgumentException>(() => new TaskTracker(restated.Expand(chart))).ParamName);
        Assert.Equal("assignments", Assert.Throws<ArgumentException>(() => new TaskTracker([.. back.Expand(chart), .. restated.Expand(chart)])).ParamName);
        Assert.Equal(2, new TaskTracker([.. first.Expand(chart), .. restated.Expand(chart)]).Count);
    }

    [Fact]
    public void Links_RoundTripThroughJson_AndATaskWithoutLinksKeepsItsForm()
    {
        TaskItem restated = Task("201-KL/TW#1", Conclusion201).WithLinks([new TaskLink(TaskLinkKind.Restates, "45-CT/TW#1")]);
        string json = JsonSerializer.Serialize(restated, OrgModelJson.Context.TaskItem);
        Assert.Contains("\"links\":[{\"kind\":\"restates\",\"task\":\"45-CT/TW#1\"}]", json, StringComparison.Ordinal);
        Assert.Equal(restated.Links, JsonSerializer.Deserialize(json, OrgModelJson.Context.TaskItem)!.Links);
        Assert.DoesNotContain("links", JsonSerializer.Serialize(Task("x", Conclusion201), OrgModelJson.Context.TaskItem), StringComparison.Ordinal);
        Assert.ThrowsAny<JsonException>(() => JsonSerializer.Deserialize(json.Replace("45-CT/TW#1", "201-KL/TW#1", StringComparison.Ordinal), OrgModelJson.Context.TaskItem));
    }
}
