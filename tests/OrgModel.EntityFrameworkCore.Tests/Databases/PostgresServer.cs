namespace OrgModel.EntityFrameworkCore.Tests.Databases;

/// <summary>
/// The PostgreSQL server the tests use: the one named by <see cref="Variable"/> (what <c>.ci/run</c> starts), or else a
/// throwaway cluster started here when PostgreSQL's programs are installed. Never a skip: with neither, the PostgreSQL
/// tests fail and say what to do.
/// </summary>
public static class PostgresServer
{
    /// <summary>The environment variable holding a connection string for a user who may create databases.</summary>
    public const string Variable = "ORGMODEL_TEST_POSTGRES";

    private static readonly Lazy<(string? ConnectionString, ThrowawayCluster? Cluster, string? Problem)> Server = new(Find);

    /// <summary>Gets the server's connection string, starting a throwaway cluster on first use if need be.</summary>
    public static string ConnectionString =>
        Server.Value.ConnectionString ?? throw new InvalidOperationException(
            $"The PostgreSQL tests need a server and found none. Set {Variable} to a connection string whose user may create "
            + $"databases (e.g. \"Host=127.0.0.1;Port=5432;Username=postgres\"), or install PostgreSQL (Debian: apt-get install "
            + $"postgresql) so that initdb and pg_ctl can start a throwaway server. {Server.Value.Problem}");

    /// <summary>Stops the throwaway cluster, if one was started.</summary>
    public static void StopIfStarted()
    {
        if (Server.IsValueCreated)
        {
            Server.Value.Cluster?.Dispose();
        }
    }

    private static (string?, ThrowawayCluster?, string?) Find()
    {
        string? configured = Environment.GetEnvironmentVariable(Variable);
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return (configured, null, null);
        }

        try
        {
            ThrowawayCluster? cluster = ThrowawayCluster.TryStart(out string problem);
            return cluster is null ? (null, null, problem) : (cluster.ConnectionString, cluster, null);
        }
        catch (Exception e) when (e is InvalidOperationException or System.ComponentModel.Win32Exception or IOException)
        {
            return (null, null, $"Starting a throwaway server failed: {e.Message}");
        }
    }
}
