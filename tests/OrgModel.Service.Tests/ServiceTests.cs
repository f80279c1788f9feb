using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using NodaTime;
using OrgModel.Deadlines;
using OrgModel.Documents;
using OrgModel.Documents.Model;
using OrgModel.Organisations;
using OrgModel.ReferenceData;
using OrgModel.Serialization;
using OrgModel.Tasks;

namespace OrgModel.Service.Tests;

/// <summary>The sample service end to end over HTTP: good requests, bad identifiers, bad JSON, unknown ids.</summary>
/// <typeparam name="TService">The running service (its storage).</typeparam>
public abstract class ServiceTests<TService>(TService service) : IClassFixture<TService>
    where TService : RunningService
{
    private static readonly LocalDate Assigned = new(2025, 7, 1);

    private HttpClient Client => service.Client;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task An_organisation_is_found_by_its_id()
    {
        OrgId id = VietnamReferenceData.Provinces(Assigned)[0].Id;
        using HttpResponseMessage response = await Client.GetAsync($"/organisations/{id}", Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Organisation? body = JsonSerializer.Deserialize(await response.Content.ReadAsStringAsync(Ct), OrgModelJsonContext.Default.Organisation);
        Assert.Equal(id, body?.Id);
    }

    [Theory]
    [InlineData("/organisations/Not%20an%20id!")]
    [InlineData("/documents/not-a-number")]
    [InlineData("/tracker/assignments?document=xyz")]
    public async Task A_bad_identifier_is_a_400_problem(string path)
    {
        JsonElement problem = await Problem(await Client.GetAsync(path, Ct), HttpStatusCode.BadRequest);
        Assert.Equal(400, problem.GetProperty("status").GetInt32());
    }

    [Fact]
    public async Task A_date_that_does_not_parse_is_a_400_problem_naming_it()
    {
        JsonElement problem = await Problem(await Client.GetAsync("/tracker/summary?on=31/07/2025", Ct), HttpStatusCode.BadRequest);
        Assert.Contains("31/07/2025", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_id_is_a_404_problem()
    {
        await Problem(await Client.GetAsync("/organisations/test.no-such-organisation", Ct), HttpStatusCode.NotFound);
        await Problem(await Client.GetAsync("/documents/9999-KL/TW", Ct), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_document_is_found_by_its_number_in_another_spelling()
    {
        Document known = DocumentRegistry.Vietnam.Documents.First(d => DocumentRegistry.Vietnam.Resolve(d.Number).IsFound);
        string lower = known.Number.ToString().ToLowerInvariant();
        using HttpResponseMessage response = await Client.GetAsync("/documents/" + string.Join('/', lower.Split('/').Select(Uri.EscapeDataString)), Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Document? body = JsonSerializer.Deserialize(await response.Content.ReadAsStringAsync(Ct), OrgModelJsonContext.Default.Document);
        Assert.Equal(known.Number, body?.Number);
    }

    [Theory]
    [InlineData("{\"id\": ")]
    [InlineData("{\"id\": 5, \"assignedOn\": \"2025-07-01\"}")]
    [InlineData("[1, 2]")]
    public async Task Bad_JSON_is_a_400_problem_with_its_path(string json)
    {
        using var content = new StringContent(json, Encoding.UTF8, "application/json");
        JsonElement problem = await Problem(await Client.PostAsync("/tracker/tasks", content, Ct), HttpStatusCode.BadRequest);
        Assert.Contains("$", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_OpenAPI_document_lists_the_routes()
    {
        string document = await Client.GetStringAsync("/openapi/v1.json", Ct);
        Assert.Contains("/organisations/{id}", document, StringComparison.Ordinal);
        Assert.Contains("/tracker/summary", document, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_task_is_tracked_reported_and_rolled_up_in_SQL()
    {
        var task = new TaskItem("svc-test#1", Assigned, "Report on the two-tier local government", AssignmentScope.EveryProvince(ScopeBody.PeoplesCommittee),
            Deadline.OnOrBefore(new LocalDate(2025, 7, 31)), DocumentNumber.Parse("201-KL/TW"));
        IReadOnlyList<Organisation> committees = AssignmentScope.EveryProvince(ScopeBody.PeoplesCommittee).Expand(VietnamReferenceData.OrgChart, Assigned);
        Assert.NotEmpty(committees);

        using HttpResponseMessage created = await Post("/tracker/tasks", JsonSerializer.Serialize(task, OrgModelJsonContext.Default.TaskItem));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal(committees.Count, (await created.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("assignments").GetInt32());
        using HttpResponseMessage again = await Post("/tracker/tasks", JsonSerializer.Serialize(task, OrgModelJsonContext.Default.TaskItem));
        await Problem(again, HttpStatusCode.Conflict);

        var report = new CompletionReport(task.Id, committees[0].Id, new LocalDate(2025, 7, 20));
        using HttpResponseMessage reported = await Post("/tracker/reports", JsonSerializer.Serialize(report, OrgModelJsonContext.Default.CompletionReport));
        Assert.Equal(HttpStatusCode.Created, reported.StatusCode);
        var stray = new CompletionReport(task.Id, OrgId.Parse("test.no-such-organisation"), new LocalDate(2025, 7, 20));
        await Problem(await Post("/tracker/reports", JsonSerializer.Serialize(stray, OrgModelJsonContext.Default.CompletionReport)), HttpStatusCode.NotFound);

        StatusSummary summary = JsonSerializer.Deserialize(await Client.GetStringAsync("/tracker/summary?on=2025-08-01", Ct), OrgModelJsonContext.Default.StatusSummary);
        Assert.Equal((committees.Count - 1, 1, committees.Count), (summary.Overdue, summary.CompletedOnTime, summary.Total));

        JsonElement overdue = await Client.GetFromJsonAsync<JsonElement>("/tracker/overdue?on=2025-08-01", Ct);
        Assert.Equal(committees.Count - 1, overdue.GetProperty("count").GetInt32());
        Assert.Equal("2025-08-01", overdue.GetProperty("on").GetString());

        JsonElement[] rows = [.. (await Client.GetFromJsonAsync<JsonElement>("/tracker/assignments?document=s%E1%BB%91%20201%20-%20kl%2Ftw&on=2025-08-01", Ct)).EnumerateArray()];
        Assert.Equal(committees.Count, rows.Length);
        JsonElement done = Assert.Single(rows, r => r.GetProperty("status").GetString() != "overdue");
        Assert.Equal(committees[0].Id.ToString(), done.GetProperty("assignee").GetString());
        Assert.Equal("2025-07-31", done.GetProperty("dueDate").GetString());

        JsonElement[] provinces = [.. (await Client.GetFromJsonAsync<JsonElement>("/tracker/provinces?on=2025-07-15", Ct)).EnumerateArray()];
        Assert.Equal(committees.Count, provinces.Sum(p => p.GetProperty("summary").GetProperty("inProgress").GetInt32() + p.GetProperty("summary").GetProperty("completedOnTime").GetInt32()));
    }

    private static async Task<JsonElement> Problem(HttpResponseMessage response, HttpStatusCode status)
    {
        using (response)
        {
            string body = await response.Content.ReadAsStringAsync(Ct);
            Assert.True(status == response.StatusCode, $"{(int)response.StatusCode} {body}");
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            JsonElement problem = JsonSerializer.Deserialize<JsonElement>(body);
            Assert.Equal((int)status, problem.GetProperty("status").GetInt32());
            Assert.False(string.IsNullOrEmpty(problem.GetProperty("title").GetString()));
            return problem;
        }
    }

    private async Task<HttpResponseMessage> Post(string path, string json)
    {
        using var content = new StringContent(json, Encoding.UTF8, "application/json");
        return await Client.PostAsync(path, content, Ct);
    }
}

/// <summary>The service tests on SQLite, the default storage.</summary>
public sealed class SqliteServiceTests(SqliteService service) : ServiceTests<SqliteService>(service);

/// <summary>The service tests on PostgreSQL, chosen by a connection string.</summary>
public sealed class PostgresServiceTests(PostgresService service) : ServiceTests<PostgresService>(service);
