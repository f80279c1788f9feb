using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace OrgModel.EntityFrameworkCore.Tests.Databases;

/// <summary>
/// A PostgreSQL cluster in a temporary folder, listening on 127.0.0.1 only, with trust authentication; stopped and
/// deleted when disposed. PostgreSQL refuses to run as root, so as root it runs as the <c>postgres</c> user.
/// </summary>
public sealed class ThrowawayCluster : IDisposable
{
    private readonly string folder;
    private readonly string bin;

    private ThrowawayCluster(string folder, string bin, int port)
    {
        this.folder = folder;
        this.bin = bin;
        Port = port;
        ConnectionString = $"Host=127.0.0.1;Port={port};Username=postgres;Pooling=false";
    }

    /// <summary>Gets the connection string of the superuser.</summary>
    public string ConnectionString { get; }

    private int Port { get; }

    private static bool IsRoot => Environment.UserName == "root";

    /// <summary>Starts a cluster, or returns null and says why not.</summary>
    public static ThrowawayCluster? TryStart(out string problem)
    {
        string? bin = FindBin();
        if (bin is null)
        {
            problem = "initdb and pg_ctl were found neither on PATH nor in /usr/lib/postgresql/*/bin.";
            return null;
        }

        string folder = Directory.CreateTempSubdirectory("orgmodel-pg-").FullName;
        if (IsRoot)
        {
            Run("chown", ["postgres", folder], asPostgres: false);
        }

        var cluster = new ThrowawayCluster(folder, bin, FreePort());
        string data = Path.Combine(folder, "data");
        Run(Path.Combine(bin, "initdb"), ["-D", data, "-U", "postgres", "--auth=trust", "-E", "UTF8", "--no-locale"], IsRoot);
        Run(Path.Combine(bin, "pg_ctl"), ["-D", data, "-l", Path.Combine(folder, "log"), "-w", "-o", $"-h 127.0.0.1 -p {cluster.Port} -k {folder}", "start"], IsRoot);
        problem = string.Empty;
        return cluster;
    }

    /// <inheritdoc />
    public void Dispose()
    {
        try
        {
            Run(Path.Combine(bin, "pg_ctl"), ["-D", Path.Combine(folder, "data"), "-m", "fast", "-w", "stop"], IsRoot);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static string? FindBin()
    {
        string? onPath = (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator)
            .FirstOrDefault(d => d.Length > 0 && File.Exists(Path.Combine(d, "initdb")) && File.Exists(Path.Combine(d, "pg_ctl")));
        if (onPath is not null)
        {
            return onPath;
        }

        const string Debian = "/usr/lib/postgresql";
        return Directory.Exists(Debian)
            ? Directory.GetDirectories(Debian).Select(d => Path.Combine(d, "bin")).Where(d => File.Exists(Path.Combine(d, "initdb")))
                .OrderByDescending(d => int.TryParse(Path.GetFileName(Path.GetDirectoryName(d)), out int v) ? v : 0).FirstOrDefault()
            : null;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static void Run(string program, IReadOnlyList<string> arguments, bool asPostgres)
    {
        var start = new ProcessStartInfo(asPostgres ? "runuser" : program) { RedirectStandardOutput = true, RedirectStandardError = true };
        if (asPostgres)
        {
            foreach (string a in (string[])["-u", "postgres", "--", program])
            {
                start.ArgumentList.Add(a);
            }
        }

        foreach (string a in arguments)
        {
            start.ArgumentList.Add(a);
        }

        using Process process = Process.Start(start) ?? throw new InvalidOperationException($"{program} did not start.");
        Task<string> output = process.StandardOutput.ReadToEndAsync();
        string error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{program} {string.Join(' ', arguments)} exited with {process.ExitCode}: {error}{output.Result}");
        }
    }
}
