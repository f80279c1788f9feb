using OrgModel.Cli.Output;
using OrgModel.Deadlines;
using OrgModel.Documents;
using Spectre.Console;

namespace OrgModel.Cli.Commands;

/// <summary><c>orgmodel cite</c>: the citations and deadlines in files, folders or standard input.</summary>
internal static class CiteCommand
{
    public static Command Create(CliContext context)
    {
        var paths = new Argument<string[]>("paths")
        {
            Description = "Files or folders to read (UTF-8 text); '-' or nothing reads standard input.",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var date = CommonOptions.Date(
            "--date", "The texts' date, YYYY-MM-DD: supplies the year of a deadline written without one (default: today).");
        var pattern = new Option<string>("--pattern")
        {
            Description = "Which files of a folder to read (searched recursively).",
            DefaultValueFactory = _ => "*.txt",
        };
        var only = new Option<string>("--only")
        {
            Description = "Report only citations or only deadlines.",
            HelpName = "citations|deadlines",
        };
        only.AcceptOnlyFromAmong("citations", "deadlines");
        return ResultCommand.Create(
            context,
            "cite",
            "Find the document citations and the deadlines in texts: files, folders (with a progress bar on a terminal) or standard input.\n\n"
            + "Examples:\n"
            + "  orgmodel cite article.txt --date 2025-10-31\n"
            + "  orgmodel cite texts/ --format csv > found.csv\n"
            + "  echo \"Kết luận số 201-KL/TW, hoàn thành trước ngày 15/12/2025.\" | orgmodel cite --format jsonl",
            [paths, date, pattern, only],
            result =>
            {
                LocalDate reference = result.GetValue(date) ?? context.Today(result);
                string? kind = result.GetValue(only);
                List<(string Name, Func<string> Read)> sources = Sources(result.GetValue(paths) ?? [], result.GetRequiredValue(pattern));
                var set = new RecordSet("source", "type", "start", "text", "canonical", "kind", "date", "dueDate", "clause");
                Action<(string Name, Func<string> Read)> scan = source => Scan(set, source.Name, source.Read(), reference, kind);
                if (sources.Count > 1 && context.ErrorIsInteractive)
                {
                    WithProgress(sources, scan);
                }
                else
                {
                    sources.ForEach(scan);
                }

                return set;
            });
    }

    private static void Scan(RecordSet set, string source, string text, LocalDate reference, string? only)
    {
        var rows = new List<(int Start, object?[] Values)>();
        if (only != "deadlines")
        {
            foreach (Citation c in CitationExtractor.Extract(text))
            {
                rows.Add((c.Start, [source, "citation", c.Start, text.Substring(c.Start, c.Length), c.Number.ToString(),
                    c.Kind?.EnglishName, Dates.Iso(c.Date), null, null]));
            }
        }

        if (only != "citations")
        {
            foreach (DeadlineMention m in DeadlineExtractor.Extract(text, reference))
            {
                string? due = m.Deadline.HasDueDate ? Dates.Iso(m.Deadline.DueDate(reference)) : null;
                rows.Add((m.Start, [source, "deadline", m.Start, m.Text, m.Deadline.ToString(),
                    ParseCommand.CamelCase(m.Cue.ToString()), null, due, m.Clause]));
            }
        }

        foreach ((int _, object?[] values) in rows.OrderBy(r => r.Start))
        {
            set.Add(values);
        }
    }

    private static List<(string Name, Func<string> Read)> Sources(string[] paths, string pattern)
    {
        var sources = new List<(string, Func<string>)>();
        if (paths.Length == 0)
        {
            paths = ["-"];
        }

        foreach (string path in paths)
        {
            if (path == "-")
            {
                sources.Add(("-", () => Console.In.ReadToEnd()));
            }
            else if (Directory.Exists(path))
            {
                foreach (string file in Directory.EnumerateFiles(path, pattern, SearchOption.AllDirectories).Order(StringComparer.Ordinal))
                {
                    sources.Add((file, () => File.ReadAllText(file)));
                }
            }
            else if (File.Exists(path))
            {
                sources.Add((path, () => File.ReadAllText(path)));
            }
            else
            {
                throw new InputException($"no file or folder \"{path}\".");
            }
        }

        return sources;
    }

    private static void WithProgress(List<(string Name, Func<string> Read)> sources, Action<(string Name, Func<string> Read)> scan)
    {
        // Drawn on standard error, so that the results on standard output stay clean even when they are piped.
        IAnsiConsole console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        console.Progress().AutoClear(true).Start(progress =>
        {
            ProgressTask task = progress.AddTask("Reading texts", maxValue: sources.Count);
            foreach ((string Name, Func<string> Read) source in sources)
            {
                task.Description = Markup.Escape(Path.GetFileName(source.Name));
                scan(source);
                task.Increment(1);
            }
        });
    }
}
