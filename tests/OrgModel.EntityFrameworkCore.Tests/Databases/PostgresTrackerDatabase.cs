using Microsoft.EntityFrameworkCore;
using Npgsql;
using OrgModel.EntityFrameworkCore.Tracker;

namespace OrgModel.EntityFrameworkCore.Tests.Databases;

/// <summary>A throwaway database with the tracker schema on the server of <see cref="PostgresServer"/>, dropped afterwards.</summary>
public sealed class PostgresTrackerDatabase : TrackerDatabase
{
    private readonly string connectionString = new NpgsqlConnectionStringBuilder(PostgresServer.ConnectionString)
    {
        Database = $"orgmodel_tracker_{Guid.NewGuid():N}",
    }.ConnectionString;

    /// <inheritdoc />
    public override string Provider => "PostgreSQL";

    /// <inheritdoc />
    protected override DbContextOptions<ResolutionTrackerContext> Options() =>
        new DbContextOptionsBuilder<ResolutionTrackerContext>().UseNpgsql(connectionString, o => o.UseNodaTime()).Options;

    /// <inheritdoc />
    protected override void Release()
    {
        using var context = new ResolutionTrackerContext(Options());
        context.Database.EnsureDeleted();
    }
}
