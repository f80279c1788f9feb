using System.Text.RegularExpressions;
using OrgModel.Tenures;

namespace OrgModel.Tests.Conventions;

/// <summary>The house rule "one public type per file, named after it", checked over the library's sources, so that a
/// newcomer finds any public type by its name.</summary>
public partial class TypePerFileTests
{
    private static readonly string Root = FindRoot();

    public static TheoryData<string> Projects() => ["src/OrgModel", "src/OrgModel.Testing"];

    [Theory]
    [MemberData(nameof(Projects))]
    public void Each_source_file_declares_at_most_one_public_type_named_after_it(string project)
    {
        var problems = new List<string>();
        foreach (string file in Directory.EnumerateFiles(Path.Combine(Root, project), "*.cs", SearchOption.AllDirectories)
                     .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                                 && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)))
        {
            string[] types = [.. TopLevelPublicType().Matches(File.ReadAllText(file)).Select(m => m.Groups["name"].Value)];
            string expected = Path.GetFileName(file).Split('.')[0];
            if (types.Length > 1 || (types.Length == 1 && types[0] != expected))
            {
                problems.Add($"{Path.GetRelativePath(Root, file)}: {string.Join(", ", types)}");
            }
        }

        Assert.True(problems.Count == 0, "Files whose public types are not one named after the file:\n" + string.Join("\n", problems));
    }

    [Fact]
    public void The_sources_are_found() => Assert.True(File.Exists(Path.Combine(Root, "src", "OrgModel", "Tenures", "RomanNumeral.cs")), Root);

    internal static string FindRoot()
    {
        string? dir = Path.GetDirectoryName(typeof(RomanNumeral).Assembly.Location);
        while (dir is not null && !File.Exists(Path.Combine(dir, "OrgModel.sln")))
        {
            dir = Path.GetDirectoryName(dir);
        }

        return dir ?? throw new InvalidOperationException("OrgModel.sln not found above the test assembly.");
    }

    // A public type declared at the start of a line (top level: nested types are indented).
    [GeneratedRegex(@"^public (?:(?:static|sealed|abstract|readonly|partial|record|ref) )*(?:class|struct|enum|interface|record|delegate [\w<>?,\s]+) (?<name>\w+)", RegexOptions.Multiline)]
    private static partial Regex TopLevelPublicType();
}
