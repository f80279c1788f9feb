using System.Globalization;
using BenchmarkDotNet.Attributes;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using Npgsql;
using OrgModel.Benchmarks.Deadlines;
using OrgModel.Deadlines;
using OrgModel.EntityFrameworkCore.Tests.Databases;
using OrgModel.EntityFrameworkCore.Tracker;
using OrgModel.Organisations;
using OrgModel.ReferenceData;
using OrgModel.Tasks;

namespace OrgModel.Benchmarks.Databases;

/// <summary>The assignments of <see cref="AssignmentData"/> (1,000,000 by default; <c>ORGMODEL_BENCH_ASSIGNMENTS</c> sets
/// fewer, for a trial run) in the tracker schema in PostgreSQL: the roll-up by province and the overdue count computed in
/// SQL (<see cref="TrackerQueries"/>) beside loading the rows into a <see cref="TaskTracker"/> and asking it.</summary>
/// <remarks>The server is the one <c>ORGMODEL_TEST_POSTGRES</c> names, else a throwaway cluster (as the database tests
/// start); each run creates its own database, filled by binary COPY, and drops it afterwards.</remarks>
[MemoryDiagnoser]
public class TrackerDatabaseBenchmarks
{
    static TrackerDatabaseBenchmarks() => AppDomain.CurrentDomain.ProcessExit += (_, _) => PostgresServer.StopIfStarted();

    private DbContextOptions<ResolutionTrackerContext> options = null!;
    private LocalDate day;

    /// <summary>Creates the database and loads the assignments and their reports.</summary>
    [GlobalSetup]
    public void Setup()
    {
        int count = int.TryParse(Environment.GetEnvironmentVariable("ORGMODEL_BENCH_ASSIGNMENTS"), CultureInfo.InvariantCulture, out int n) ? n : AssignmentData.Count;
        Assignment[] assignments = AssignmentData.Assignments[..Math.Min(count, AssignmentData.Count)];
        string connection = new NpgsqlConnectionStringBuilder(PostgresServer.ConnectionString) { Database = $"orgmodel_bench_{Guid.NewGuid():N}" }.ConnectionString;
        options = new DbContextOptionsBuilder<ResolutionTrackerContext>().UseNpgsql(connection, o => o.UseNodaTime()).Options;
        day = VietnamTime.DateAt(AssignmentData.At);
        using (var db = new ResolutionTrackerContext(options))
        {
            db.Database.EnsureCreated();
            foreach (var key in assignments.Select(a => a.Task.SourceKey).OfType<OrgModel.Documents.Model.DocumentKey>().Distinct())
            {
                db.Documents.Add(new TrackerDocument { Key = key, Number = key.Number });
            }

            foreach (TaskItem task in assignments.Select(a => a.Task).DistinctBy(t => t.Id))
            {
                db.Tasks.Add(TrackerMapping.ToRow(task));
            }

            db.SaveChanges();
        }

        Copy(connection, assignments);
        Check(assignments);
    }

    /// <summary>Drops the database; a throwaway server stops when the process ends (in process, the next benchmark uses it).</summary>
    [GlobalCleanup]
    public void Cleanup()
    {
        using var db = new ResolutionTrackerContext(options);
        db.Database.EnsureDeleted();
    }

    /// <summary>Baseline: every row read into a tracker, which then answers both questions.</summary>
    /// <returns>The roll-up and the overdue count.</returns>
    [Benchmark(Baseline = true)]
    public (int Provinces, int Overdue) LoadIntoTaskTracker()
    {
        using var db = new ResolutionTrackerContext(options);
        TaskTracker tracker = db.LoadTracker(Organisation);
        return (tracker.ByProvince(day).Count, tracker.Summary(day).Overdue);
    }

    /// <summary>The roll-up by province in SQL.</summary>
    /// <returns>The number of provinces.</returns>
    [Benchmark]
    public int RollUpByProvinceInSql()
    {
        using var db = new ResolutionTrackerContext(options);
        return db.ByProvinceAsync(day).GetAwaiter().GetResult().Count;
    }

    /// <summary>The overdue count in SQL.</summary>
    /// <returns>The count.</returns>
    [Benchmark]
    public int OverdueCountInSql()
    {
        using var db = new ResolutionTrackerContext(options);
        return db.Overdue(day).Count();
    }

    private static Organisation Organisation(OrgId id) => VietnamReferenceData.OrgChart.Find(id) ?? throw new InvalidOperationException($"{id} is not in the reference chart.");

    // Binary COPY: EF's inserts would take longer than the benchmark itself at a million rows.
    private static void Copy(string connection, Assignment[] assignments)
    {
        var source = new NpgsqlDataSourceBuilder(connection);
        source.UseNodaTime();
        using NpgsqlDataSource data = source.Build();
        using NpgsqlConnection c = data.OpenConnection();
        using (NpgsqlBinaryImporter rows = c.BeginBinaryImport(
            "COPY \"Assignments\" (\"TaskId\", \"Assignee\", \"Province\", \"NotBefore\", \"EarlyBefore\", \"DueDate\") FROM STDIN (FORMAT BINARY)"))
        {
            foreach (Assignment a in assignments)
            {
                rows.StartRow();
                rows.Write(a.Task.Id);
                rows.Write(a.Assignee.Id.ToString());
                rows.Write(a.Province?.Id.ToString());
                rows.Write(a.NotBefore);
                rows.Write(a.EarlyBefore);
                rows.Write(a.DueDate);
            }

            rows.Complete();
        }

        using (NpgsqlBinaryImporter reports = c.BeginBinaryImport(
            "COPY \"CompletionReports\" (\"TaskId\", \"Assignee\", \"CompletedOn\") FROM STDIN (FORMAT BINARY)"))
        {
            foreach (CompletionReport r in assignments.Select(a => a.Completion).OfType<CompletionReport>())
            {
                reports.StartRow();
                reports.Write(r.TaskId);
                reports.Write(r.Assignee.ToString());
                reports.Write(r.CompletedOn);
            }

            reports.Complete();
        }

        using var analyze = new NpgsqlCommand("ANALYZE", c);
        analyze.ExecuteNonQuery();
    }

    // The benchmark compares ways to the same answers: refuse to time answers that differ.
    private void Check(Assignment[] assignments)
    {
        var tracker = new TaskTracker(assignments);
        using var db = new ResolutionTrackerContext(options);
        IReadOnlyDictionary<OrgId, StatusSummary> sql = db.ByProvinceAsync(day).GetAwaiter().GetResult();
        IReadOnlyDictionary<OrgId, StatusSummary> expected = tracker.ByProvince(day);
        if (sql.Count != expected.Count || expected.Any(p => !sql.TryGetValue(p.Key, out StatusSummary s) || s != p.Value)
            || db.Overdue(day).Count() != tracker.Summary(day).Overdue)
        {
            throw new InvalidOperationException("The SQL answers differ from the tracker's.");
        }
    }
}
