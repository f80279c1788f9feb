using System.Reflection;
using System.Runtime.InteropServices;

[assembly: AssemblyFixture(typeof(OrgModel.Cli.Tests.InstalledTool))]

namespace OrgModel.Cli.Tests;

/// <summary>
/// The tool as a user gets it, once per test run: the tool project (built with the tests) is packed into a temporary
/// folder and installed from there with <c>dotnet tool install --tool-path … --add-source …</c>. The install sees no other
/// package source (a nuget.config with &lt;clear /&gt;) and an empty NuGet cache of its own, so no earlier build can stand in.
/// </summary>
public sealed class InstalledTool : IDisposable
{
    private static readonly TimeSpan BuildTimeout = TimeSpan.FromMinutes(8);
    private static readonly TimeSpan RunTimeout = TimeSpan.FromMinutes(2);

    private readonly string _root;
    private readonly Dictionary<string, string?> _environment;

    public InstalledTool()
    {
        _root = Directory.CreateTempSubdirectory("orgmodel-cli-tests-").FullName;
        string dotnetRoot = DotnetRoot();
        string dotnet = Path.Combine(dotnetRoot, RuntimeInformation.IsOSPlatform(OSPlatform.Windows) ? "dotnet.exe" : "dotnet");
        _environment = new Dictionary<string, string?>
        {
            ["DOTNET_ROOT"] = dotnetRoot,
            ["DOTNET_NOLOGO"] = "1",
            ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1",
            ["NUGET_PACKAGES"] = Path.Combine(_root, "nuget-cache"),
            ["NO_COLOR"] = null,
        };

        // The test host runs under `dotnet test`, whose MSBuild variables would steer the nested pack.
        foreach (string name in Environment.GetEnvironmentVariables().Keys.Cast<string>().Where(n => n.StartsWith("MSBUILD", StringComparison.OrdinalIgnoreCase)))
        {
            _environment[name] = null;
        }

        string packages = Path.Combine(_root, "packages");
        Check(Processes.Run(dotnet, ["pack", Metadata("ToolProject"), "-c", Metadata("Configuration"), "--no-build", "-o", packages], _root, _environment, null, BuildTimeout), "dotnet pack");
        string package = Directory.GetFiles(packages, "OrgModel.Cli.*.nupkg").Single();
        Version = Path.GetFileNameWithoutExtension(package)["OrgModel.Cli.".Length..];

        File.WriteAllText(
            Path.Combine(_root, "nuget.config"),
            "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<configuration><packageSources><clear /></packageSources></configuration>\n");
        string tools = Path.Combine(_root, "tools");
        Check(
            Processes.Run(dotnet, ["tool", "install", "--tool-path", tools, "--add-source", packages, "OrgModel.Cli", "--version", Version], _root, _environment, null, BuildTimeout),
            "dotnet tool install");
        Executable = Path.Combine(tools, RuntimeInformation.IsOSPlatform(OSPlatform.Windows) ? "orgmodel.exe" : "orgmodel");
        WorkDirectory = Directory.CreateDirectory(Path.Combine(_root, "work")).FullName;
    }

    /// <summary>The package version the build gave the tool.</summary>
    public string Version { get; }

    /// <summary>The <c>orgmodel</c> command in the tool path.</summary>
    public string Executable { get; }

    /// <summary>A folder the tests may write into; the tool runs there.</summary>
    public string WorkDirectory { get; }

    /// <summary>The samples copied beside the test assembly.</summary>
    public static string Sample(string name) => Path.Combine(AppContext.BaseDirectory, "Samples", name);

    /// <summary>Runs <c>orgmodel</c> with standard output and error piped, and optional standard input.</summary>
    public ToolRun Run(params string[] args) => RunWithInput(null, args);

    public ToolRun RunWithInput(string? input, params string[] args) =>
        Processes.Run(Executable, args, WorkDirectory, _environment, input, RunTimeout);

    public void Dispose()
    {
        try
        {
            Directory.Delete(_root, recursive: true);
        }
        catch (IOException)
        {
            // A temporary folder left behind is harmless.
        }
    }

    private static void Check(ToolRun run, string what)
    {
        if (run.ExitCode != 0)
        {
            throw new InvalidOperationException($"{what} failed: {run}");
        }
    }

    private static string Metadata(string key) =>
        typeof(InstalledTool).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == key).Value
            ?? throw new InvalidOperationException($"no assembly metadata {key}");

    /// <summary>The .NET installation running the tests (…/shared/Microsoft.NETCore.App/VERSION/ is three levels down).</summary>
    private static string DotnetRoot() =>
        Environment.GetEnvironmentVariable("DOTNET_ROOT") is { Length: > 0 } root
            ? root
            : Path.GetFullPath(Path.Combine(RuntimeEnvironment.GetRuntimeDirectory(), "..", "..", ".."));
}
