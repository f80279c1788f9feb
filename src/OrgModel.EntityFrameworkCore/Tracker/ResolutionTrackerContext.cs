using OrgModel.Serialization;
using OrgModel.Tasks;

namespace OrgModel.EntityFrameworkCore.Tracker;

/// <summary>
/// A worked schema for a resolution tracker: documents, the tasks they assign, assignments of each task to organisations,
/// completion reports and reporting obligations, with every OrgModel value in a column of its canonical text.
/// </summary>
/// <remarks>
/// <para>On SQLite, NodaTime dates are stored as ISO text (<see cref="OrgModelConventions.AddNodaTimeAsText"/>); on other
/// providers the provider's own NodaTime support is used (PostgreSQL: <c>UseNpgsql(..., o =&gt; o.UseNodaTime())</c>).</para>
/// <para>Fill it from a <see cref="TaskTracker"/> with <see cref="TrackerMapping.AddTracker"/>, read one back with
/// <see cref="TrackerMapping.LoadTracker"/>, and ask it questions in SQL with <see cref="TrackerQueries"/>. For migrations,
/// derive one context per provider (the sample service does: <c>samples/OrgModel.Service</c>).</para>
/// </remarks>
public class ResolutionTrackerContext : DbContext
{
    /// <summary>Initializes a new instance of the <see cref="ResolutionTrackerContext"/> class.</summary>
    /// <param name="options">The options.</param>
    public ResolutionTrackerContext(DbContextOptions<ResolutionTrackerContext> options)
        : base(options)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="ResolutionTrackerContext"/> class, for a derived context.</summary>
    /// <param name="options">The options.</param>
    protected ResolutionTrackerContext(DbContextOptions options)
        : base(options)
    {
    }

    /// <summary>Gets the documents.</summary>
    public DbSet<TrackerDocument> Documents => Set<TrackerDocument>();

    /// <summary>Gets the tasks.</summary>
    public DbSet<TrackerTask> Tasks => Set<TrackerTask>();

    /// <summary>Gets the assignments.</summary>
    public DbSet<TrackerAssignment> Assignments => Set<TrackerAssignment>();

    /// <summary>Gets the completion reports.</summary>
    public DbSet<TrackerCompletionReport> CompletionReports => Set<TrackerCompletionReport>();

    /// <summary>Gets the reporting obligations.</summary>
    public DbSet<TrackerReportingObligation> ReportingObligations => Set<TrackerReportingObligation>();

    /// <summary>Gets the coordinators of tasks.</summary>
    public DbSet<TrackerCoordinator> Coordinators => Set<TrackerCoordinator>();

    /// <inheritdoc />
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        ArgumentNullException.ThrowIfNull(configurationBuilder);
        configurationBuilder.AddOrgModelConventions();
        if (Database.ProviderName == "Microsoft.EntityFrameworkCore.Sqlite")
        {
            configurationBuilder.AddNodaTimeAsText();
        }
    }

    /// <inheritdoc />
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        modelBuilder.Entity<TrackerDocument>(d =>
        {
            d.ToTable("Documents");
            d.HasKey(x => x.Key);
            d.HasIndex(x => x.Number);
        });
        modelBuilder.Entity<TrackerTask>(t =>
        {
            t.ToTable("Tasks");
            t.HasKey(x => x.Id);
            t.Property(x => x.Id).HasMaxLength(200);
            t.HasOne(x => x.Document).WithMany(d => d.Tasks).HasForeignKey(x => x.DocumentKey);
            t.Property(x => x.Leads).HasConversion(
                v => v == null ? null : JsonSerializer.Serialize(v, OrgModelJsonContext.Default.AssignmentScope),
                v => v == null ? null : JsonSerializer.Deserialize(v, OrgModelJsonContext.Default.AssignmentScope));
            t.HasMany(x => x.Coordinators).WithOne().HasForeignKey(c => c.TaskId);
            t.HasMany(x => x.Reporting).WithOne().HasForeignKey(r => r.TaskId);
            t.HasMany(x => x.Assignments).WithOne(a => a.Task).HasForeignKey(a => a.TaskId);
        });
        modelBuilder.Entity<TrackerCoordinator>(c =>
        {
            c.ToTable("TaskCoordinators");
            c.HasKey(x => new { x.TaskId, x.Position });
        });
        modelBuilder.Entity<TrackerReportingObligation>(r =>
        {
            r.ToTable("ReportingObligations");
            r.HasKey(x => new { x.TaskId, x.Position });
        });
        modelBuilder.Entity<TrackerAssignment>(a =>
        {
            a.ToTable("Assignments");
            a.HasIndex(x => new { x.TaskId, x.Assignee });
            a.HasIndex(x => x.Province);
            a.HasIndex(x => x.DueDate);
        });
        modelBuilder.Entity<TrackerCompletionReport>(r =>
        {
            r.ToTable("CompletionReports");
            r.HasOne<TrackerTask>().WithMany().HasForeignKey(x => x.TaskId);
            r.HasIndex(x => new { x.TaskId, x.Assignee, x.CompletedOn });
        });
    }
}
