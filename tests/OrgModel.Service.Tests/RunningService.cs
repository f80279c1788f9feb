using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using OrgModel.EntityFrameworkCore.Tracker;

namespace OrgModel.Service.Tests;

/// <summary>The sample service running on a real Kestrel on 127.0.0.1 (a free port), with a real HTTP client; its
/// database is deleted when the tests end.</summary>
public abstract class RunningService : IAsyncLifetime
{
    private WebApplication? app;

    /// <summary>Gets a client whose base address is the service.</summary>
    public HttpClient Client { get; private set; } = null!;

    /// <inheritdoc />
    public async ValueTask InitializeAsync()
    {
        app = ServiceApp.Build(["--urls=http://127.0.0.1:0", "--Logging:LogLevel:Default=Warning", .. StorageArguments()]);
        await app.StartAsync();
        Client = new HttpClient { BaseAddress = new Uri(app.Urls.Single()) };
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        if (app is not null)
        {
            await app.StopAsync();
            using (IServiceScope scope = app.Services.CreateScope())
            {
                await scope.ServiceProvider.GetRequiredService<ResolutionTrackerContext>().Database.EnsureDeletedAsync();
            }

            await app.DisposeAsync();
        }

        GC.SuppressFinalize(this);
    }

    /// <summary>The arguments choosing the database.</summary>
    protected abstract IEnumerable<string> StorageArguments();
}

/// <summary>The service on its default storage, a SQLite file (in a temporary folder).</summary>
public sealed class SqliteService : RunningService
{
    /// <inheritdoc />
    protected override IEnumerable<string> StorageArguments() =>
        [$"--ConnectionStrings:Sqlite=Data Source={Path.Combine(Path.GetTempPath(), $"orgmodel-service-{Guid.NewGuid():N}.db")};Pooling=false"];
}

/// <summary>The service on PostgreSQL, chosen by a connection string (a throwaway database).</summary>
public sealed class PostgresService : RunningService
{
    /// <inheritdoc />
    protected override IEnumerable<string> StorageArguments() =>
        [$"--ConnectionStrings:Postgres={new Npgsql.NpgsqlConnectionStringBuilder(OrgModel.EntityFrameworkCore.Tests.Databases.PostgresServer.ConnectionString) { Database = $"orgmodel_service_{Guid.NewGuid():N}" }}"];
}
