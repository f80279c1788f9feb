using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace OrgModel.EntityFrameworkCore.Tests.Databases;

/// <summary>A throwaway database on the PostgreSQL server of <see cref="PostgresServer"/>, dropped afterwards.</summary>
public sealed class PostgresDatabase : TestDatabase
{
    private readonly string connectionString = new NpgsqlConnectionStringBuilder(PostgresServer.ConnectionString)
    {
        Database = $"orgmodel_test_{Guid.NewGuid():N}",
    }.ConnectionString;

    /// <inheritdoc />
    public override string Provider => "PostgreSQL";

    /// <inheritdoc />
    public override bool NodaTimeAsText => false;

    /// <inheritdoc />
    protected override DbContextOptions<ValuesContext> Options() =>
        new DbContextOptionsBuilder<ValuesContext>().UseNpgsql(connectionString, o => o.UseNodaTime()).Options;

    /// <inheritdoc />
    protected override void Release()
    {
        using var context = new ValuesContext(Options(), NodaTimeAsText);
        context.Database.EnsureDeleted();
    }
}
