using Microsoft.EntityFrameworkCore;
using OrgModel.EntityFrameworkCore.Tracker;

namespace OrgModel.EntityFrameworkCore.Tests.Databases;

/// <summary>A fresh, real database with the tracker schema, for one test class.</summary>
public abstract class TrackerDatabase : IDisposable
{
    private bool created;

    /// <summary>Gets the provider's name, for messages.</summary>
    public abstract string Provider { get; }

    /// <summary>A new context on this database (created on first use).</summary>
    public ResolutionTrackerContext NewContext()
    {
        var context = new ResolutionTrackerContext(Options());
        if (!created)
        {
            context.Database.EnsureCreated();
            created = true;
        }

        return context;
    }

    /// <summary>Empties every table, for the next case of a property.</summary>
    public void Clear()
    {
        using ResolutionTrackerContext db = NewContext();
        db.CompletionReports.ExecuteDelete();
        db.Assignments.ExecuteDelete();
        db.Coordinators.ExecuteDelete();
        db.ReportingObligations.ExecuteDelete();
        db.Tasks.ExecuteDelete();
        db.Documents.ExecuteDelete();
    }

    /// <inheritdoc />
    public void Dispose()
    {
        Release();
        GC.SuppressFinalize(this);
    }

    /// <summary>The options for a context on this database.</summary>
    protected abstract DbContextOptions<ResolutionTrackerContext> Options();

    /// <summary>Releases the database.</summary>
    protected abstract void Release();
}
