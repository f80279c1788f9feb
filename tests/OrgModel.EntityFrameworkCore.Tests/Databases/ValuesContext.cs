using Microsoft.EntityFrameworkCore;

namespace OrgModel.EntityFrameworkCore.Tests.Databases;

/// <summary>The context under test: nothing but the package's conventions.</summary>
public sealed class ValuesContext(DbContextOptions<ValuesContext> options, bool nodaTimeAsText) : DbContext(options)
{
    public DbSet<ValueRow> Rows => Set<ValueRow>();

    /// <summary>Only in the SQLite model: PostgreSQL has no YearMonth type, and its interval normalises periods.</summary>
    public DbSet<TextRow> Texts() => Set<TextRow>();

    /// <inheritdoc />
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.AddOrgModelConventions();
        if (nodaTimeAsText)
        {
            configurationBuilder.AddNodaTimeAsText();
        }
    }

    /// <inheritdoc />
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        if (nodaTimeAsText)
        {
            modelBuilder.Entity<TextRow>();
        }
    }
}
