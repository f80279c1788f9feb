using System.Text;
using OrgModel.Tests.Robustness;
using SharpFuzz;

// The coverage-guided harness. eng/fuzz.sh publishes it, instruments OrgModel.dll with SharpFuzz and runs AFL++ on it:
//   OrgModel.Fuzz --list                       the targets, one slug and name a line
//   OrgModel.Fuzz --seeds DIR                  writes each target's seeds to DIR/SLUG/NNN (AFL++'s input corpus)
//   OrgModel.Fuzz --replay SLUG FILE…          runs saved inputs (a crash, a queue entry) and prints what each gives
//   OrgModel.Fuzz SLUG                         the fuzzing loop, for afl-fuzz
// A finding is an undocumented exception, a canonical form that does not read back to itself, or an allocation over the
// bound (FuzzCheck); AFL++'s -t limit catches hangs.
return Harness.Run(args);

/// <summary>The harness's commands.</summary>
internal static class Harness
{
    public static int Run(string[] args)
    {
        if (args is ["--list"])
        {
            foreach (FuzzTarget t in Targets())
            {
                Console.WriteLine($"{Slug(t.Name)}\t{t.Name}");
            }

            return 0;
        }

        if (args is ["--seeds", string folder])
        {
            WriteSeeds(folder);
            return 0;
        }

        if (args is ["--replay", string slug, .. string[] files] && files.Length > 0)
        {
            return Replay(Find(slug), files);
        }

        if (args is [string target])
        {
            // Instrumented code may run only inside the fuzzing loop, where SharpFuzz has mapped AFL++'s coverage memory
            // (before that it faults): the target, which loads the reference chart, is built on the first input.
            FuzzTarget? t = null;
            Fuzzer.OutOfProcess.Run(input =>
            {
                if (t is null)
                {
                    t = Find(target);
                    FuzzCheck.WarmUp(t);
                }

                FuzzCheck.Check(t, input);
            });
            return 0;
        }

        Console.Error.WriteLine("usage: OrgModel.Fuzz --list | --seeds DIR | --replay TARGET FILE... | TARGET");
        return 2;
    }

    private static IEnumerable<FuzzTarget> Targets() => FuzzTargets.ByName.Values.OrderBy(t => t.Name, StringComparer.Ordinal);

    // Target names have spaces and dots ("JSON OrgChart", "Tenure.TryParse"); folders and command lines want a slug.
    private static string Slug(string name)
    {
        var sb = new StringBuilder(name.Length);
        foreach (char c in name)
        {
            sb.Append(char.IsAsciiLetterOrDigit(c) ? char.ToLowerInvariant(c) : '-');
        }

        return sb.ToString();
    }

    private static FuzzTarget Find(string slug) =>
        Targets().FirstOrDefault(t => Slug(t.Name) == slug)
        ?? throw new ArgumentException($"No fuzz target '{slug}'; --list shows them.", nameof(slug));

    private static void WriteSeeds(string folder)
    {
        foreach (FuzzTarget t in Targets())
        {
            string dir = Path.Combine(folder, Slug(t.Name));
            Directory.CreateDirectory(dir);
            for (int i = 0; i < t.Seeds.Count; i++)
            {
                File.WriteAllText(Path.Combine(dir, $"{i:D3}"), t.Seeds[i], new UTF8Encoding(false));
            }
        }
    }

    private static int Replay(FuzzTarget t, string[] files)
    {
        FuzzCheck.WarmUp(t);
        int failures = 0;
        foreach (string file in files)
        {
            // As AFL++ hands it over: the file's bytes read as UTF-8, invalid sequences replaced.
            string input = Encoding.UTF8.GetString(File.ReadAllBytes(file));
            try
            {
                string? canonical = FuzzCheck.Check(t, input);
                Console.WriteLine($"{file}: {(canonical is null ? "rejected" : "accepted as " + FuzzCheck.Quote(canonical))}");
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                failures++;
                Console.WriteLine($"{file}: {FuzzCheck.Quote(input)} FAILED with {e.GetType().Name}: {e.Message}");
            }
        }

        return failures == 0 ? 0 : 1;
    }
}
