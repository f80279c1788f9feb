using System.Globalization;
using System.Text.Encodings.Web;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace OrgModel.Cli.Output;

/// <summary>
/// Where results go. On a terminal: Spectre.Console tables and trees, coloured when the terminal supports it (and
/// NO_COLOR is not set). Piped: plain aligned text, no escape codes, so that grep and cut see the values.
/// </summary>
internal sealed class Terminal
{
    private static readonly JsonWriterOptions Compact = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private static readonly JsonWriterOptions Indented = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, Indented = true };

    private readonly IAnsiConsole? _console;

    public Terminal(TextWriter writer, bool interactive)
    {
        Writer = writer;
        Interactive = interactive;
        if (interactive)
        {
            _console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(writer) });
        }
    }

    public TextWriter Writer { get; }

    /// <summary>True when standard output is a terminal (not redirected).</summary>
    public bool Interactive { get; }

    /// <summary>Standard output; Spectre.Console sees <see cref="Console.Out"/> itself, so that it can tell a terminal.</summary>
    public static Terminal ForStandardOutput() => new(Console.Out, !Console.IsOutputRedirected);

    /// <summary>Writes rows in the chosen format (a single record as <see cref="WriteOne"/> does).</summary>
    public void Write(RecordSet set, OutputFormat format)
    {
        if (set.IsSingle && set.Rows.Count == 1 && format is OutputFormat.Table or OutputFormat.Json)
        {
            WriteOne(set, format);
            return;
        }

        switch (format)
        {
            case OutputFormat.Json:
                WriteJson(w =>
                {
                    w.WriteStartArray();
                    foreach (Record row in set.Rows)
                    {
                        WriteObject(w, set.Columns, row.Values);
                    }

                    w.WriteEndArray();
                });
                break;
            case OutputFormat.Jsonl:
                foreach (Record row in set.Rows)
                {
                    WriteJsonLine(w => WriteObject(w, set.Columns, row.Values));
                }

                break;
            case OutputFormat.Csv:
                Csv.Write(Writer, set);
                break;
            default:
                WriteTable(set);
                break;
        }
    }

    /// <summary>Writes one record: as name/value lines in a table, as an object in JSON.</summary>
    private void WriteOne(RecordSet single, OutputFormat format)
    {
        if (format == OutputFormat.Json)
        {
            WriteJson(w => WriteObject(w, single.Columns, single.Rows[0].Values));
            return;
        }

        var pairs = new RecordSet("field", "value");
        IReadOnlyList<object?> values = single.Rows[0].Values;
        for (int i = 0; i < values.Count; i++)
        {
            if (values[i] is not null)
            {
                pairs.Add(single.Columns[i], values[i]);
            }
        }

        if (_console is null)
        {
            int width = pairs.Rows.Max(r => ((string)r.Values[0]!).Length);
            foreach (Record row in pairs.Rows)
            {
                Writer.WriteLine($"{((string)row.Values[0]!).PadRight(width)}  {Text(row.Values[1])}");
            }

            return;
        }

        var grid = new Grid().AddColumn(new GridColumn().NoWrap()).AddColumn();
        foreach (Record row in pairs.Rows)
        {
            grid.AddRow(new Markup($"[bold]{Markup.Escape((string)row.Values[0]!)}[/]"), new Spectre.Console.Text(Text(row.Values[1])));
        }

        _console.Write(grid);
    }

    /// <summary>Writes a tree: drawn on a terminal, indented two spaces a level when piped, nested objects in JSON.</summary>
    public void Write(TreeNode root, OutputFormat format)
    {
        if (format is OutputFormat.Json or OutputFormat.Jsonl)
        {
            Action<Utf8JsonWriter> write = w => WriteNode(w, root);
            if (format == OutputFormat.Json)
            {
                WriteJson(write);
            }
            else
            {
                WriteJsonLine(write);
            }

            return;
        }

        if (_console is null)
        {
            WritePlain(root, 0);
            return;
        }

        var tree = new Tree(new Markup($"[bold]{Markup.Escape(root.Label)}[/]")) { Style = new Style(Color.Grey) };
        AddChildren(tree, root);
        _console.Write(tree);
    }

    /// <summary>Writes a line, with Spectre markup on a terminal and the same text unmarked when piped.</summary>
    public void Line(string markup)
    {
        if (_console is null)
        {
            Writer.WriteLine(Markup.Remove(markup));
        }
        else
        {
            _console.MarkupLine(markup);
        }
    }

    /// <summary>Writes a JSON value: indented on a terminal, one line when piped.</summary>
    public void WriteJson(Action<Utf8JsonWriter> write)
    {
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, Interactive ? Indented : Compact))
        {
            write(w);
        }

        Writer.WriteLine(Encoding.UTF8.GetString(buffer.ToArray()));
    }

    /// <summary>Writes a JSON value on one line.</summary>
    public void WriteJsonLine(Action<Utf8JsonWriter> write)
    {
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, Compact))
        {
            write(w);
        }

        Writer.WriteLine(Encoding.UTF8.GetString(buffer.ToArray()));
    }

    public static string Text(object? value) => value switch
    {
        null => "",
        string s => s,
        IEnumerable<string> list => string.Join(", ", list),
        bool b => b ? "yes" : "no",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    public static void WriteValue(Utf8JsonWriter w, string name, object? value)
    {
        switch (value)
        {
            case null:
                break;
            case int i:
                w.WriteNumber(name, i);
                break;
            case bool b:
                w.WriteBoolean(name, b);
                break;
            case IReadOnlyList<string> list:
                w.WriteStartArray(name);
                foreach (string s in list)
                {
                    w.WriteStringValue(s);
                }

                w.WriteEndArray();
                break;
            default:
                w.WriteString(name, Text(value));
                break;
        }
    }

    private static void WriteObject(Utf8JsonWriter w, IReadOnlyList<string> columns, IReadOnlyList<object?> values)
    {
        w.WriteStartObject();
        for (int i = 0; i < columns.Count; i++)
        {
            WriteValue(w, columns[i], values[i]);
        }

        w.WriteEndObject();
    }

    private static void WriteNode(Utf8JsonWriter w, TreeNode node)
    {
        w.WriteStartObject();
        foreach (KeyValuePair<string, object?> field in node.Fields)
        {
            WriteValue(w, field.Key, field.Value);
        }

        if (node.Children.Count > 0)
        {
            w.WriteStartArray("children");
            foreach (TreeNode child in node.Children)
            {
                WriteNode(w, child);
            }

            w.WriteEndArray();
        }

        w.WriteEndObject();
    }

    private static void AddChildren(IHasTreeNodes parent, TreeNode node)
    {
        foreach (TreeNode child in node.Children)
        {
            AddChildren(parent.AddNode(Markup.Escape(child.Label)), child);
        }
    }

    private void WritePlain(TreeNode node, int depth)
    {
        Writer.Write(new string(' ', depth * 2));
        Writer.WriteLine(node.Label);
        foreach (TreeNode child in node.Children)
        {
            WritePlain(child, depth + 1);
        }
    }

    private void WriteTable(RecordSet set)
    {
        if (_console is null)
        {
            PlainTable.Write(Writer, set);
            return;
        }

        var table = new Table().RoundedBorder().BorderColor(Color.Grey);
        foreach (string column in set.Columns)
        {
            table.AddColumn(new TableColumn(new Markup($"[bold]{Markup.Escape(column)}[/]")));
        }

        foreach (Record row in set.Rows)
        {
            table.AddRow(row.Values.Select(v => (IRenderable)new Spectre.Console.Text(Text(v))).ToArray());
        }

        _console.Write(table);
    }
}
