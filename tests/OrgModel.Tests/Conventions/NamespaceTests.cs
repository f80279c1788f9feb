using System.Text.Json.Serialization;
using System.Text.RegularExpressions;
using OrgModel.Tenures;

namespace OrgModel.Tests.Conventions;

/// <summary>The house rules on namespaces: folder = namespace, no cycle between namespaces, and no public type that
/// exists only to be attached by attribute.</summary>
public partial class NamespaceTests
{
    private static readonly string Root = TypePerFileTests.FindRoot();

    [Theory]
    [InlineData("src/OrgModel", "OrgModel")]
    [InlineData("src/OrgModel.Testing", "OrgModel.Testing")]
    public void Each_source_file_declares_the_namespace_of_its_folder(string project, string rootNamespace)
    {
        var problems = new List<string>();
        string dir = Path.Combine(Root, project);
        foreach (string file in Directory.EnumerateFiles(dir, "*.cs", SearchOption.AllDirectories).Where(IsSource))
        {
            string folder = Path.GetRelativePath(dir, Path.GetDirectoryName(file)!);
            string expected = folder == "." ? rootNamespace : rootNamespace + "." + folder.Replace(Path.DirectorySeparatorChar, '.');
            string[] declared = [.. FileNamespace().Matches(File.ReadAllText(file)).Select(m => m.Groups["ns"].Value)];
            if (declared.Length != 1 || declared[0] != expected)
            {
                problems.Add($"{Path.GetRelativePath(Root, file)}: declares {string.Join(", ", declared)}, its folder is {expected}");
            }
        }

        Assert.True(problems.Count == 0, "Files whose namespace is not their folder:\n" + string.Join("\n", problems));
    }

    [Fact]
    public void No_two_namespaces_of_the_library_use_each_other()
    {
        NamespaceDependencies deps = NamespaceDependencies.Read(typeof(Tenure).Assembly.Location);
        var cycles = deps.Cycles();
        Assert.True(cycles.Count == 0, "Namespaces in a cycle (with one use from each to the next in the group):\n" + string.Join("\n", cycles.Select(group =>
            string.Join(", ", group) + ":\n  " + string.Join("\n  ", group.SelectMany(a => group.Where(b => deps.Edges[a].ContainsKey(b)).Select(b => $"{a} → {b}: {deps.Edges[a][b]}"))))));
    }

    [Fact]
    public void Each_namespace_uses_only_what_the_design_page_allows()
    {
        // docs/design.md has a table "| namespace | may use |": the map a newcomer reads is the one the build keeps.
        var allowed = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (Match row in DesignRow().Matches(File.ReadAllText(Path.Combine(Root, "docs", "design.md"))))
        {
            allowed[row.Groups["ns"].Value] = [.. row.Groups["uses"].Value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
                .Where(u => u != "nothing").Select(u => u.Trim('`'))];
        }

        NamespaceDependencies deps = NamespaceDependencies.Read(typeof(Tenure).Assembly.Location);
        var problems = new List<string>();
        foreach ((string ns, Dictionary<string, string> uses) in deps.Edges.OrderBy(e => e.Key, StringComparer.Ordinal))
        {
            if (!allowed.TryGetValue(ns, out HashSet<string>? may))
            {
                problems.Add($"{ns} is not in the table (it uses {string.Join(", ", uses.Keys.Order(StringComparer.Ordinal))})");
                continue;
            }

            problems.AddRange(uses.Where(u => !may.Contains(u.Key) && !may.Contains("every other namespace")).Select(u => $"{ns} uses {u.Key}, which the table does not allow: {u.Value}"));
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public void The_dependency_reader_sees_the_uses_it_must()
    {
        NamespaceDependencies deps = NamespaceDependencies.Read(typeof(Tenure).Assembly.Location);

        // A signature (OrgChangeEvent.LegalBasis is a DocumentNumber), a body-only use, an attribute's typeof().
        Assert.Contains("OrgModel.Documents", deps.Edges["OrgModel.Organisations"].Keys);
        Assert.Contains("OrgModel.Organisations", deps.Edges["OrgModel.ReferenceData"].Keys);
        Assert.Contains("OrgModel.Utility", deps.Edges["OrgModel.Tenures"].Keys);
        Assert.Contains(deps.Edges.Keys, ns => ns == "OrgModel.Serialization");
        Assert.True(deps.Edges["OrgModel.Serialization"].Count >= 6, string.Join(", ", deps.Edges["OrgModel.Serialization"].Keys));
    }

    [Fact]
    public void No_public_type_is_a_json_converter()
    {
        // A converter is attached to its type by [JsonConverter]; made public it would be API that exists only for the attribute.
        Type[] converters = [.. typeof(Tenure).Assembly.GetExportedTypes().Where(t => typeof(JsonConverter).IsAssignableFrom(t))];
        Assert.True(converters.Length == 0, "Public converters: " + string.Join(", ", converters.Select(t => t.FullName)));
    }

    [Fact]
    public void No_guard_clause_takes_a_lambda()
    {
        // A lambda passed to Guard.Against allocates a closure on every call of a constructor that captures; the house uses
        // Preconditions.CheckArgument (constant message) or if/throw (message naming values) instead.
        var problems = new List<string>();
        foreach (string file in Directory.EnumerateFiles(Path.Combine(Root, "src"), "*.cs", SearchOption.AllDirectories).Where(IsSource))
        {
            string text = File.ReadAllText(file);
            for (int at = text.IndexOf("Guard.Against.", StringComparison.Ordinal); at >= 0; at = text.IndexOf("Guard.Against.", at + 1, StringComparison.Ordinal))
            {
                string call = Call(text, at);
                if (call.Contains("=>", StringComparison.Ordinal))
                {
                    problems.Add($"{Path.GetRelativePath(Root, file)}: {call}");
                }
            }
        }

        Assert.True(problems.Count == 0, "Guard clauses with lambdas:\n" + string.Join("\n", problems));
    }

    private static bool IsSource(string file) =>
        !file.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
        && !file.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal);

    [GeneratedRegex(@"^\| `(?<ns>OrgModel[\w.]*)` \| (?<uses>[^|]*) \|", RegexOptions.Multiline)]
    private static partial Regex DesignRow();

    [GeneratedRegex(@"^namespace (?<ns>[\w.]+)", RegexOptions.Multiline)]
    private static partial Regex FileNamespace();

    // The text of a call from its name to its matching closing parenthesis.
    private static string Call(string text, int start)
    {
        int open = text.IndexOf('(', start);
        int depth = 0;
        for (int i = open; i < text.Length; i++)
        {
            depth += text[i] switch { '(' => 1, ')' => -1, _ => 0 };
            if (depth == 0)
            {
                return text[start..(i + 1)];
            }
        }

        return text[start..];
    }
}
