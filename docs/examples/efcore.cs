#:project ../../src/OrgModel.EntityFrameworkCore/OrgModel.EntityFrameworkCore.csproj
#:package Microsoft.EntityFrameworkCore.Sqlite
#:property PublishAot=false
// Storing OrgModel values with EF Core: one call in ConfigureConventions, canonical text in the columns, queries by
// value that run in SQL, and a row edited by hand that fails loudly. SQLite in memory: nothing to install.
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using OrgModel.Deadlines;
using OrgModel.Documents;
using OrgModel.EntityFrameworkCore;
using OrgModel.Organisations;
using OrgModel.Tasks;

using var connection = new SqliteConnection("Data Source=:memory:");
connection.Open();
DbContextOptions<TrackerContext> options = new DbContextOptionsBuilder<TrackerContext>().UseSqlite(connection).Options;

using (var db = new TrackerContext(options))
{
    db.Database.EnsureCreated();
    var reference = new LocalDate(2025, 6, 1);
    // Identifiers as people type them; the columns get the canonical text.
    db.Assignments.AddRange(
        new TrackedAssignment
        {
            Document = DocumentNumber.Parse("số 201 - kl/tw"), Assignee = OrgId.Parse("demo.province-a"),
            Due = Deadline.ParsePhrase("trước ngày 31/7/2025", reference), Status = AssignmentStatus.InProgress,
        },
        new TrackedAssignment
        {
            Document = DocumentNumber.Parse("201-KL/TW"), Assignee = OrgId.Parse("demo.province-b"),
            Due = Deadline.OnOrBefore(new LocalDate(2025, 12, 31)), Status = AssignmentStatus.InProgress,
        });
    db.SaveChanges();
}

using (var db = new TrackerContext(options))
{
    // A LINQ query by value: DocumentNumber.Parse runs once on the client, the comparison runs in SQL.
    IQueryable<TrackedAssignment> ofDocument = db.Assignments.Where(a => a.Document == DocumentNumber.Parse("201-KL/TW"));
    Console.WriteLine(ofDocument.ToQueryString());
    Console.WriteLine($"assignments of 201-KL/TW: {ofDocument.Count()}");

    // Overdue as of a day, in SQL: LocalDate is ISO text in SQLite, which compares as the dates do.
    var asOf = new LocalDate(2025, 8, 1);
    int overdue = db.Assignments.Count(a => a.DueDate < asOf && a.Status == AssignmentStatus.InProgress);
    Console.WriteLine($"overdue on {asOf}: {overdue}");

    // The wording is kept beside the canonical deadline.
    TrackedAssignment first = db.Assignments.AsNoTracking().OrderBy(a => a.Id).First();
    Console.WriteLine($"due {first.Due} (\"{first.Due.Wording}\")");

    // Plain SQL sees the same text.
    using SqliteCommand sql = connection.CreateCommand();
    sql.CommandText = "SELECT Document, Assignee, Due, Status FROM Assignments ORDER BY Id";
    using (SqliteDataReader row = sql.ExecuteReader())
    {
        while (row.Read())
        {
            Console.WriteLine($"  {row.GetString(0)} | {row.GetString(1)} | {row.GetString(2)} | {row.GetString(3)}");
        }
    }
}

// A row edited by hand: reading it fails, naming the column and the value, instead of returning a wrong value.
using (SqliteCommand edit = connection.CreateCommand())
{
    edit.CommandText = "UPDATE Assignments SET Document = 'số 201 - kl/tw' WHERE Id = 1";
    edit.ExecuteNonQuery();
}

using (var db = new TrackerContext(options))
{
    try
    {
        _ = db.Assignments.AsNoTracking().ToList();
        throw new InvalidOperationException("the bad row was read");
    }
    catch (Exception e) when ((e as InvalidColumnValueException ?? e.InnerException as InvalidColumnValueException) is { } bad)
    {
        // Entity Framework Core throws it as it is when reading an entity, and wraps it when reading a projection.
        Console.WriteLine($"refused: {bad.Message}");
    }
}

/// <summary>The tracker's context: the package's conventions, and NodaTime as ISO text for SQLite.</summary>
internal sealed class TrackerContext(DbContextOptions<TrackerContext> options) : DbContext(options)
{
    public DbSet<TrackedAssignment> Assignments => Set<TrackedAssignment>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.AddOrgModelConventions();
        configurationBuilder.AddNodaTimeAsText();
    }
}

/// <summary>One assignment of a document to a body. The due date is stored beside the deadline so SQL can compare it.</summary>
internal sealed class TrackedAssignment
{
    private Deadline due;

    public int Id { get; set; }

    public DocumentNumber Document { get; set; }

    public OrgId Assignee { get; set; }

    public AssignmentStatus Status { get; set; }

    public Deadline Due
    {
        get => due;
        set
        {
            due = value;
            DueDate = value.HasDueDate && !value.IsRelative ? value.DueDate() : null;
        }
    }

    public LocalDate? DueDate { get; set; }
}
