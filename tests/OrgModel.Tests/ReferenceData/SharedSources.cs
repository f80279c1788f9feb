namespace OrgModel.Tests.ReferenceData;

/// <summary>The shared sources beside the repository (../shared: domain notes and the data README), read by the tests that
/// check the reference data against what the sources say, so that a fact is read from its source rather than retyped.</summary>
internal static class SharedSources
{
    private static readonly Lazy<string> Root = new(FindRoot);

    /// <summary>The text of a file of ../shared, for example <c>domain/sourced-notes.md</c>.</summary>
    public static string Read(string relativePath) => File.ReadAllText(Path.Combine(Root.Value, relativePath));

    /// <summary>The one line of a shared file that contains <paramref name="marker"/>, with its continuation lines (a list
    /// item wrapped onto lines indented by two spaces is one line here); fails when there is none or several.</summary>
    public static string Line(string relativePath, string marker)
    {
        var joined = new List<string>();
        foreach (string raw in Read(relativePath).Split('\n'))
        {
            string line = raw.TrimEnd('\r');
            if (line.StartsWith("  ", StringComparison.Ordinal) && joined.Count > 0)
            {
                joined[^1] += " " + line.TrimStart();
            }
            else
            {
                joined.Add(line);
            }
        }

        string[] lines = [.. joined.Where(l => l.Contains(marker, StringComparison.Ordinal))];
        Assert.True(lines.Length == 1, $"{relativePath}: {lines.Length} lines contain \"{marker}\", expected one");
        return lines[0];
    }

    /// <summary>The text of <paramref name="line"/> between <paramref name="after"/> and <paramref name="before"/> (exclusive).</summary>
    public static string Between(string line, string after, string before)
    {
        int start = line.IndexOf(after, StringComparison.Ordinal);
        Assert.True(start >= 0, $"\"{after}\" not found");
        start += after.Length;
        int end = line.IndexOf(before, start, StringComparison.Ordinal);
        Assert.True(end >= 0, $"\"{before}\" not found after \"{after}\"");
        return line[start..end];
    }

    // The library's build reads ../shared/data beside the repository (Directory.Build.props): the same folder, found from
    // the test's output directory upwards (the worktree, the main checkout and the mutation runs' copies alike).
    private static string FindRoot()
    {
        for (DirectoryInfo? dir = new(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            string candidate = Path.Combine(dir.FullName, "shared");
            if (File.Exists(Path.Combine(candidate, "domain", "facts.md")) && File.Exists(Path.Combine(candidate, "data", "README.md")))
            {
                return candidate;
            }
        }

        throw new InvalidOperationException($"No shared/domain/facts.md above {AppContext.BaseDirectory}: the tests read the sources the library's build reads.");
    }
}
