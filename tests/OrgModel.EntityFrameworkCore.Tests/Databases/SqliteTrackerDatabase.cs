using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using OrgModel.EntityFrameworkCore.Tracker;

namespace OrgModel.EntityFrameworkCore.Tests.Databases;

/// <summary>A real SQLite database in memory with the tracker schema.</summary>
public sealed class SqliteTrackerDatabase : TrackerDatabase
{
    private readonly SqliteConnection connection = new("Data Source=:memory:");

    /// <summary>Initializes a new instance of the <see cref="SqliteTrackerDatabase"/> class.</summary>
    public SqliteTrackerDatabase() => connection.Open();

    /// <inheritdoc />
    public override string Provider => "SQLite";

    /// <inheritdoc />
    protected override DbContextOptions<ResolutionTrackerContext> Options() =>
        new DbContextOptionsBuilder<ResolutionTrackerContext>().UseSqlite(connection).Options;

    /// <inheritdoc />
    protected override void Release() => connection.Dispose();
}
