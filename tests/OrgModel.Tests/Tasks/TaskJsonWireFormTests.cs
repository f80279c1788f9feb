using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;
using NodaTime;
using OrgModel.Deadlines;
using OrgModel.Documents;
using OrgModel.Documents.Model;
using OrgModel.Organisations;
using OrgModel.ReferenceData;
using OrgModel.Serialization;
using OrgModel.Tasks;
using OrgModel.Tests.Serialization;

namespace OrgModel.Tests.Tasks;

/// <summary>
/// The documented JSON wire form of every Tasks type (docs/json.md, docs/schema): a golden text per type, written exactly so
/// and read back to the same value, whose member names are the schema's, and whose required members are required.
/// </summary>
/// <remarks>The round-trip properties in Serialization/ only check that what is written can be read back, which holds for
/// any member name; these say which names the wire form has.</remarks>
public sealed class TaskJsonWireFormTests
{
    private static readonly OrgModelJsonContext Ctx = OrgModelJson.Context;

    // The sample of the CLI's track command (tests/OrgModel.Cli.Tests/Samples/tasks.json), a task of Conclusion 201-KL/TW,
    // with every optional member added.
    private const string FullTask =
        """
        {"id":"201-KL/TW non-local chairs","assignedOn":"2025-10-31",
         "action":"Arrange chairs of provincial People's Committees who are not local residents",
         "leads":{"kind":"everyProvince","body":"partyCommittee"},"deadline":"on or before 2025-12-15","source":"201-KL/TW",
         "coordinators":["vn.party.central-organisation-commission"],"deliverable":"appointment decisions",
         "responsible":"standing committee of the provincial Party committee",
         "reporting":[{"recipient":"vn.party.politburo","when":"on or before 2025-12-20","subject":"the chairs arranged"}],
         "links":[{"kind":"restates","task":"200-KL/TW chairs"}]}
        """;

    private const string Report = """{"taskId":"201-KL/TW non-local chairs","assignee":"vn.party.central-organisation-commission","completedOn":"2025-12-10","evidence":"15-QĐ/TU","noLaterThan":true}""";

    private const string Summary = """{"notDue":1,"inProgress":2,"overdue":3,"completedOnTime":4,"completedLate":5,"completedEarly":6,"noReport":7}""";

    private const string Roadmap =
        """
        {"name":"Two-level local government","milestones":[
          {"id":"law","name":"Amend the Law on Local Government","deadline":"on or before 2025-06-30","dependsOn":[]},
          {"id":"start","name":"Communes start operating","deadline":"on or before 2025-07-01","dependsOn":["law"],
           "scope":{"kind":"everyCommune","body":"peoplesCommittee"}}]}
        """;

    private const string Problem = """{"kind":"dependencyDueLater","milestoneId":"start","otherId":"law","message":"start is due before law, which it depends on."}""";

    private const string Delivery = """{"taskId":"201-KL/TW non-local chairs","assignee":"vn.party.central-organisation-commission","obligation":0,"deliveredOn":"2025-12-18"}""";

    public static TheoryData<string> Scopes =>
    [
        """{"kind":"organisation","organisation":"vn.state.government"}""",
        """{"kind":"everyProvince","body":"peoplesCommittee"}""",
        """{"kind":"everyCommune","body":"peoplesCouncil"}""",
        """{"kind":"communesOfProvince","body":"peoplesCommittee","provinceCode":"01"}""",
        """{"kind":"directlyUnder","organisation":"vn.party.central-committee"}""",
        """{"kind":"childrenOf","organisation":"vn.state.government","memberKind":"ministry"}""",
        """{"kind":"union","parts":[{"kind":"organisation","organisation":"vn.state.government"},{"kind":"everyProvince","body":"partyCommittee"}]}""",
        """{"kind":"everyProvince","body":"partyCommittee","unitForMissingBody":true}""",
    ];

    [Fact]
    public void A_task_is_written_in_its_documented_form_and_read_back_whole()
    {
        TaskItem task = Read(FullTask, Ctx.TaskItem);

        Assert.Equal("201-KL/TW non-local chairs", task.Id);
        Assert.Equal(new LocalDate(2025, 10, 31), task.AssignedOn);
        Assert.Equal("Arrange chairs of provincial People's Committees who are not local residents", task.Action);
        Assert.Equal(AssignmentScope.EveryProvince(ScopeBody.PartyCommittee), task.Leads);
        Assert.Equal(Deadline.OnOrBefore(new LocalDate(2025, 12, 15)), task.Deadline);
        Assert.Equal(DocumentNumber.Parse("201-KL/TW"), task.Source);
        Assert.Equal([OrgId.Parse("vn.party.central-organisation-commission")], task.Coordinators);
        Assert.Equal("appointment decisions", task.Deliverable);
        Assert.Equal("standing committee of the provincial Party committee", task.Responsible);
        ReportingObligation owed = Assert.Single(task.Reporting);
        Assert.Equal(OrgId.Parse("vn.party.politburo"), owed.Recipient);
        Assert.Equal(Deadline.OnOrBefore(new LocalDate(2025, 12, 20)), owed.When);
        Assert.Equal("the chairs arranged", owed.Subject);
        Assert.Equal([new TaskLink(TaskLinkKind.Restates, "200-KL/TW chairs")], task.Links);
        AssertWrites(FullTask, task, Ctx.TaskItem);
    }

    [Fact]
    public void A_task_without_its_optional_members_is_written_without_them()
    {
        // The CLI sample's form: absent (not null, not empty) members for what the text does not say.
        const string bare = """{"id":"t","assignedOn":"2025-10-31","deadline":"ongoing"}""";
        TaskItem task = Read(bare, Ctx.TaskItem);
        Assert.Null(task.Action);
        Assert.Null(task.Leads);
        Assert.Null(task.Source);
        Assert.Empty(task.Coordinators);
        Assert.Empty(task.Reporting);
        Assert.Empty(task.Links);
        AssertWrites(bare, task, Ctx.TaskItem);
    }

    [Fact]
    public void A_source_without_a_number_is_written_as_its_key()
    {
        // The Resolution of the 14th National Party Congress (23 January 2026) has no number.
        var closing = new LocalDate(2026, 1, 23);
        DocumentKey key = DocumentRegistry.Vietnam.Query(DocumentKind.Resolution, from: closing, to: closing).Single(d => !d.IsNumbered).Key;
        TaskItem task = new TaskItem("t", closing).WithSource(key);
        string json = JsonSerializer.Serialize(task, Ctx.TaskItem);
        Assert.Equal(key.ToString(), (string?)JsonNode.Parse(json)!["source"]);
        Assert.Equal(key, Read(json, Ctx.TaskItem).SourceKey);
    }

    [Theory]
    [MemberData(nameof(Scopes))]
    public void Each_kind_of_scope_has_its_documented_form(string json)
    {
        AssignmentScope scope = Read(json, Ctx.AssignmentScope);
        AssertWrites(json, scope, Ctx.AssignmentScope);
        AssertMembersInSchema(json, "common.schema.json", "$defs", "assignmentScope");
    }

    [Fact]
    public void The_scopes_read_are_the_ones_the_factories_make()
    {
        AssignmentScope[] expected =
        [
            AssignmentScope.ForOrganisation(OrgId.Parse("vn.state.government")),
            AssignmentScope.EveryProvince(ScopeBody.PeoplesCommittee),
            AssignmentScope.EveryCommune(ScopeBody.PeoplesCouncil),
            AssignmentScope.CommunesOfProvince("01", ScopeBody.PeoplesCommittee),
            AssignmentScope.DirectlyUnder(OrgId.Parse("vn.party.central-committee")),
            AssignmentScope.ChildrenOf(OrgId.Parse("vn.state.government"), OrganisationKind.Ministry),
            AssignmentScope.Union(AssignmentScope.ForOrganisation(OrgId.Parse("vn.state.government")), AssignmentScope.EveryProvince(ScopeBody.PartyCommittee)),
            AssignmentScope.EveryProvince(ScopeBody.PartyCommittee).WithUnitForMissingBody(),
        ];
        Assert.Equal(expected, Scopes.Select(row => Read(row.Data, Ctx.AssignmentScope)));
    }

    [Theory]
    [InlineData("""{"kind":"organisation"}""", "organisation")]
    [InlineData("""{"kind":"directlyUnder"}""", "organisation")]
    [InlineData("""{"kind":"childrenOf","memberKind":"ministry"}""", "organisation")]
    [InlineData("""{"kind":"childrenOf","organisation":"vn.state.government"}""", "memberKind")]
    [InlineData("""{"kind":"union"}""", "parts")]
    [InlineData("""{"kind":"everyProvince"}""", "body")]
    [InlineData("""{"kind":"everyCommune"}""", "body")]
    [InlineData("""{"kind":"communesOfProvince","provinceCode":"01"}""", "body")]
    [InlineData("""{"kind":"communesOfProvince","body":"peoplesCommittee"}""", "provinceCode")]
    public void A_scope_without_a_member_its_kind_needs_is_refused_naming_it(string json, string member) =>
        JsonAssert.Fails(json, Ctx.AssignmentScope, $"\"{member}\"");

    [Fact]
    public void A_completion_report_has_its_documented_form()
    {
        CompletionReport report = Read(Report, Ctx.CompletionReport);
        Assert.Equal("201-KL/TW non-local chairs", report.TaskId);
        Assert.Equal(OrgId.Parse("vn.party.central-organisation-commission"), report.Assignee);
        Assert.Equal(new LocalDate(2025, 12, 10), report.CompletedOn);
        Assert.Equal(DocumentNumber.Parse("15-QĐ/TU"), report.Evidence);
        Assert.True(report.IsUpperBound);
        AssertWrites(Report, report, Ctx.CompletionReport);

        // An exact day with no evidence writes neither member.
        const string exact = """{"taskId":"t","assignee":"vn.party.central-organisation-commission","completedOn":"2025-12-10"}""";
        CompletionReport plain = Read(exact, Ctx.CompletionReport);
        Assert.False(plain.IsUpperBound);
        Assert.Null(plain.EvidenceKey);
        AssertWrites(exact, plain, Ctx.CompletionReport);
        AssertMembersInSchema(Report, "task-tracker.schema.json", "properties", "assignments", "items", "properties", "completion");
    }

    [Fact]
    public void A_reporting_obligation_delivery_and_link_have_their_documented_forms()
    {
        const string owed = """{"recipient":"vn.party.politburo","when":"quarterly by day 15 of month 3","subject":"progress"}""";
        ReportingObligation obligation = Read(owed, Ctx.ReportingObligation);
        Assert.Equal(new ReportingObligation(OrgId.Parse("vn.party.politburo"), Deadline.Recurring(RecurrenceFrequency.Quarterly, 15, 3), "progress").ToString(), obligation.ToString());
        AssertWrites(owed, obligation, Ctx.ReportingObligation);
        AssertMembersInSchema(owed, "task-item.schema.json", "properties", "reporting", "items");

        ReportDelivery delivery = Read(Delivery, Ctx.ReportDelivery);
        Assert.Equal(new ReportDelivery("201-KL/TW non-local chairs", OrgId.Parse("vn.party.central-organisation-commission"), 0, new LocalDate(2025, 12, 18)), delivery);
        AssertWrites(Delivery, delivery, Ctx.ReportDelivery);

        const string link = """{"kind":"dependsOn","task":"law"}""";
        Assert.Equal(new TaskLink(TaskLinkKind.DependsOn, "law"), Read(link, Ctx.TaskLink));
        Assert.Equal(link, JsonSerializer.Serialize(new TaskLink(TaskLinkKind.DependsOn, "law"), Ctx.TaskLink));
    }

    [Fact]
    public void A_summary_is_its_counts_and_leaves_out_a_zero_noReport()
    {
        StatusSummary summary = Read(Summary, Ctx.StatusSummary);
        Assert.Equal(new StatusSummary(1, 2, 3, 4, 5, 6, 7), summary);
        AssertWrites(Summary, summary, Ctx.StatusSummary);

        const string six = """{"notDue":1,"inProgress":2,"overdue":3,"completedOnTime":4,"completedLate":5,"completedEarly":6}""";
        Assert.Equal(new StatusSummary(1, 2, 3, 4, 5, 6), Read(six, Ctx.StatusSummary));
        Assert.Equal(six, JsonSerializer.Serialize(new StatusSummary(1, 2, 3, 4, 5, 6), Ctx.StatusSummary));
    }

    [Fact]
    public void A_roadmap_and_a_problem_have_their_documented_forms()
    {
        Roadmap roadmap = Read(Roadmap, Ctx.Roadmap);
        Assert.Equal("Two-level local government", roadmap.Name);
        Assert.Equal(["law", "start"], roadmap.Milestones.Select(m => m.Id));
        Milestone start = roadmap.Milestones[1];
        Assert.Equal("Communes start operating", start.Name);
        Assert.Equal(Deadline.OnOrBefore(new LocalDate(2025, 7, 1)), start.Deadline);
        Assert.Equal(["law"], start.DependsOn);
        Assert.Equal(AssignmentScope.EveryCommune(ScopeBody.PeoplesCommittee), start.Scope);
        AssertWrites(Roadmap, roadmap, Ctx.Roadmap);
        AssertMembersInSchema(Roadmap, "roadmap.schema.json");

        RoadmapProblem problem = Read(Problem, Ctx.RoadmapProblem);
        Assert.Equal(RoadmapProblemKind.DependencyDueLater, problem.Kind);
        Assert.Equal("start", problem.MilestoneId);
        Assert.Equal("law", problem.OtherId);
        Assert.Equal("start is due before law, which it depends on.", problem.Message);
        AssertWrites(Problem, problem, Ctx.RoadmapProblem);
    }

    [Fact]
    public void An_assignment_and_a_tracker_are_written_with_the_schema_member_names()
    {
        TaskItem task = TaskExampleTests.NonLocalChairs();
        Assignment first = task.Expand(VietnamReferenceData.OrgChart)[0];
        Assignment done = first.WithCompletion(new CompletionReport(task.Id, first.Assignee.Id, new LocalDate(2025, 12, 10)));
        var tracker = new TaskTracker([done]);

        JsonObject written = JsonNode.Parse(JsonSerializer.Serialize(tracker, Ctx.TaskTracker))!.AsObject();
        Assert.Equal(["assignments"], written.Select(p => p.Key));
        JsonObject assignment = written["assignments"]![0]!.AsObject();
        Assert.Equal(["task", "assignee", "province", "completion"], assignment.Select(p => p.Key));
        AssertMembersInSchema(written.ToJsonString(), "task-tracker.schema.json");
        AssertMembersInSchema(assignment.ToJsonString(), "task-tracker.schema.json", "properties", "assignments", "items");

        Assignment back = Assert.Single(Read(written.ToJsonString(), Ctx.TaskTracker).Assignments);
        Assert.Equal(done.Assignee.Id, back.Assignee.Id);
        Assert.Equal(done.Province!.Id, back.Province!.Id);
        Assert.Equal(done.Completion!.CompletedOn, back.Completion!.CompletedOn);
        Assert.Equal(done.Task.Id, back.Task.Id);

        // What a missing report means is written only when it is not the default.
        JsonObject unknown = JsonNode.Parse(JsonSerializer.Serialize(tracker.WithMissingReports(MissingReports.AreUnknown), Ctx.TaskTracker))!.AsObject();
        Assert.Equal("areUnknown", (string?)unknown["missingReports"]);
        Assert.Equal(MissingReports.AreUnknown, Read(unknown.ToJsonString(), Ctx.TaskTracker).MissingReports);
        AssertMembersInSchema(unknown.ToJsonString(), "task-tracker.schema.json");
    }

    [Fact]
    public void The_full_task_uses_every_member_of_its_schema_and_no_other()
    {
        JsonObject schema = Schema("task-item.schema.json");
        Assert.Equal(
            schema["properties"]!.AsObject().Select(p => p.Key).Order(StringComparer.Ordinal),
            JsonNode.Parse(FullTask)!.AsObject().Select(p => p.Key).Order(StringComparer.Ordinal));
    }

    public static TheoryData<string, string> RequiredMembers()
    {
        var data = new TheoryData<string, string>();
        foreach (string m in new[] { "id", "assignedOn", "deadline" })
        {
            data.Add(nameof(TaskItem), m);
        }

        foreach (string m in new[] { "taskId", "assignee", "completedOn" })
        {
            data.Add(nameof(CompletionReport), m);
            data.Add(nameof(ReportDelivery), m == "completedOn" ? "deliveredOn" : m);
        }

        data.Add(nameof(ReportDelivery), "obligation");
        foreach (string m in new[] { "notDue", "inProgress", "overdue", "completedOnTime", "completedLate", "completedEarly" })
        {
            data.Add(nameof(StatusSummary), m);
        }

        foreach (string m in new[] { "kind", "milestoneId", "message" })
        {
            data.Add(nameof(RoadmapProblem), m);
        }

        data.Add(nameof(Roadmap), "name");
        data.Add(nameof(Roadmap), "milestones");
        data.Add(nameof(ReportingObligation), "recipient");
        data.Add(nameof(ReportingObligation), "when");
        data.Add(nameof(TaskLink), "kind");
        data.Add(nameof(TaskLink), "task");
        data.Add(nameof(AssignmentScope), "kind");
        return data;
    }

    [Theory]
    [MemberData(nameof(RequiredMembers))]
    public void A_required_member_left_out_is_refused_naming_it(string type, string member)
    {
        (string golden, Action<string> read) = type switch
        {
            nameof(TaskItem) => (FullTask, (Action<string>)(j => JsonSerializer.Deserialize(j, Ctx.TaskItem))),
            nameof(CompletionReport) => (Report, j => JsonSerializer.Deserialize(j, Ctx.CompletionReport)),
            nameof(ReportDelivery) => (Delivery, j => JsonSerializer.Deserialize(j, Ctx.ReportDelivery)),
            nameof(StatusSummary) => (Summary, j => JsonSerializer.Deserialize(j, Ctx.StatusSummary)),
            nameof(RoadmapProblem) => (Problem, j => JsonSerializer.Deserialize(j, Ctx.RoadmapProblem)),
            nameof(Roadmap) => (Roadmap, j => JsonSerializer.Deserialize(j, Ctx.Roadmap)),
            nameof(ReportingObligation) => ("""{"recipient":"vn.party.politburo","when":"on or before 2025-12-20"}""", j => JsonSerializer.Deserialize(j, Ctx.ReportingObligation)),
            nameof(TaskLink) => ("""{"kind":"dependsOn","task":"law"}""", j => JsonSerializer.Deserialize(j, Ctx.TaskLink)),
            _ => ("""{"kind":"everyProvince","body":"partyCommittee"}""", j => JsonSerializer.Deserialize(j, Ctx.AssignmentScope)),
        };
        JsonObject o = JsonNode.Parse(golden)!.AsObject();
        Assert.True(o.Remove(member), $"the golden {type} has {member}");
        JsonException e = Assert.ThrowsAny<JsonException>(() => read(o.ToJsonString()));
        Assert.Contains(member, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_required_members_of_the_schemas_are_the_ones_refused_above()
    {
        static string[] Required(JsonNode n) => [.. n["required"]!.AsArray().Select(x => (string)x!)];
        TheoryData<string, string> data = RequiredMembers();
        string[] Of(string type) => [.. data.Where(r => r.Data.Item1 == type).Select(r => r.Data.Item2)];

        Assert.Equal(Required(Schema("task-item.schema.json")), Of(nameof(TaskItem)));
        Assert.Equal(Required(Schema("roadmap.schema.json")), Of(nameof(Roadmap)));
        Assert.Equal(Required(Schema("task-tracker.schema.json")["properties"]!["assignments"]!["items"]!["properties"]!["completion"]!), Of(nameof(CompletionReport)));
        Assert.Equal(Required(Schema("task-item.schema.json")["properties"]!["reporting"]!["items"]!), Of(nameof(ReportingObligation)));
        Assert.Equal(Required(Schema("task-item.schema.json")["properties"]!["links"]!["items"]!), Of(nameof(TaskLink)));
    }

    // The same JSON text, member order kept, without white space and with the serializer's escapes: the golden texts are laid out
    // for reading and write an apostrophe as it is (the library escapes it, and not Vietnamese letters).
    private static string Normal(string json) => JsonNode.Parse(json)!.ToJsonString(Ctx.Options);

    private static void AssertWrites<T>(string golden, T value, JsonTypeInfo<T> info) =>
        Assert.Equal(Normal(golden), JsonSerializer.Serialize(value, info));

    private static T Read<T>(string json, JsonTypeInfo<T> info) => JsonSerializer.Deserialize(json, info)!;

    // Every member of the JSON object (and, recursively, of the objects the schema describes at the same place) is a property of
    // the schema object found by following path in the named schema file.
    private static void AssertMembersInSchema(string json, string file, params string[] path)
    {
        JsonNode at = Schema(file);
        foreach (string step in path)
        {
            at = at[step]!;
        }

        JsonObject properties = at["properties"]!.AsObject();
        foreach ((string name, JsonNode? _) in JsonNode.Parse(json)!.AsObject())
        {
            Assert.True(properties.ContainsKey(name), $"{file} {string.Join('/', path)} has no member \"{name}\"");
        }
    }

    private static JsonObject Schema(string file)
    {
        for (DirectoryInfo? d = new(AppContext.BaseDirectory); d is not null; d = d.Parent)
        {
            if (File.Exists(Path.Combine(d.FullName, "OrgModel.sln")))
            {
                return JsonNode.Parse(File.ReadAllText(Path.Combine(d.FullName, "docs", "schema", file)))!.AsObject();
            }
        }

        throw new DirectoryNotFoundException("OrgModel.sln was not found above the test binaries.");
    }
}
