using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace OrgModel.EntityFrameworkCore.Tests.Databases;

/// <summary>A real SQLite database in memory, alive while its connection is open.</summary>
public sealed class SqliteDatabase : TestDatabase
{
    private readonly SqliteConnection connection = new("Data Source=:memory:");

    /// <summary>Initializes a new instance of the <see cref="SqliteDatabase"/> class.</summary>
    public SqliteDatabase() => connection.Open();

    /// <inheritdoc />
    public override string Provider => "SQLite";

    /// <inheritdoc />
    public override bool NodaTimeAsText => true;

    /// <inheritdoc />
    protected override DbContextOptions<ValuesContext> Options() =>
        new DbContextOptionsBuilder<ValuesContext>().UseSqlite(connection).Options;

    /// <inheritdoc />
    protected override void Release() => connection.Dispose();
}
