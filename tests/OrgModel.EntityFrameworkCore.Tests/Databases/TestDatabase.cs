using Microsoft.EntityFrameworkCore;

namespace OrgModel.EntityFrameworkCore.Tests.Databases;

/// <summary>A fresh, real database for one test class, created with the model of <see cref="ValuesContext"/>.</summary>
public abstract class TestDatabase : IDisposable
{
    private bool created;

    /// <summary>Gets the provider's name, for messages.</summary>
    public abstract string Provider { get; }

    /// <summary>Gets a value indicating whether NodaTime values are stored as text (SQLite).</summary>
    public abstract bool NodaTimeAsText { get; }

    /// <summary>A new context on this database (created on first use).</summary>
    public ValuesContext NewContext()
    {
        var context = new ValuesContext(Options(), NodaTimeAsText);
        if (!created)
        {
            context.Database.EnsureCreated();
            created = true;
        }

        return context;
    }

    /// <summary>Sets a column of a row of <c>Rows</c> directly, as a person editing the row by hand would.</summary>
    public void SetColumn(int id, string column, string text)
    {
        using ValuesContext context = NewContext();
#pragma warning disable EF1002 // The column name is the test's own constant; the value is a parameter.
        int changed = context.Database.ExecuteSqlRaw($"UPDATE \"Rows\" SET \"{column}\" = {{0}} WHERE \"Id\" = {{1}}", text, id);
#pragma warning restore EF1002
        if (changed != 1)
        {
            throw new InvalidOperationException($"Row {id} not found.");
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        Release();
        GC.SuppressFinalize(this);
    }

    /// <summary>The options for a context on this database.</summary>
    protected abstract DbContextOptions<ValuesContext> Options();

    /// <summary>Releases the database.</summary>
    protected abstract void Release();
}
