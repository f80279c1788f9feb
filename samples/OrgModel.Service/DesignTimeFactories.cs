using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace OrgModel.Service;

/// <summary>Lets <c>dotnet ef migrations add</c> build the SQLite context without starting the service.</summary>
internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteTrackerContext>
{
    public SqliteTrackerContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteTrackerContext>().UseSqlite("Data Source=design.db").Options);
}

/// <summary>Lets <c>dotnet ef migrations add</c> build the PostgreSQL context; no server is contacted.</summary>
internal sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresTrackerContext>
{
    public PostgresTrackerContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresTrackerContext>().UseNpgsql("Host=127.0.0.1;Database=design", o => o.UseNodaTime()).Options);
}
