using System.Text;
using OrgModel.ReferenceData;

namespace OrgModel.Tests.ReferenceData;

/// <summary>The embedded CSV files read the simplest way (strings, a field-by-field split honouring quotes): the reference
/// the tests hold the loader's span reader and its chart to. The files are described in ../shared/data/README.md.</summary>
internal static class ReferenceCsv
{
    /// <summary>A unit row: <c>code,name,type,level,parent_code</c>.</summary>
    internal sealed record Unit(string Code, string Name, string Type, string Level, string ParentCode);

    /// <summary>A conversion row: <c>old_code,old_name,new_code,new_name,kind,note_vi</c>.</summary>
    internal sealed record Succession(string OldCode, string OldName, string NewCode, string NewName, string Kind, string Note);

    private static readonly Lazy<Unit[]> NewUnits = new(() => Units(ReferenceChartLoader.UnitsResource));
    private static readonly Lazy<Unit[]> OldUnits = new(() => Units(ReferenceChartLoader.OldUnitsResource));
    private static readonly Lazy<Succession[]> Rows = new(() =>
        [.. Records(ReferenceChartLoader.SuccessionResource, 6).Select(f => new Succession(f[0], f[1], f[2], f[3], f[4], f[5]))]);

    /// <summary>The units in force from 1 July 2025, in file order.</summary>
    public static IReadOnlyList<Unit> Units2025 => NewUnits.Value;

    /// <summary>The units of the list of 4 January 2025, in file order.</summary>
    public static IReadOnlyList<Unit> Units2025January => OldUnits.Value;

    /// <summary>The rows of the conversion table, in file order.</summary>
    public static IReadOnlyList<Succession> SuccessionRows => Rows.Value;

    /// <summary>Splits one CSV line into fields: commas separate, a field in double quotes may hold commas, and "" inside it is a quote.</summary>
    public static List<string> Split(string line)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        bool quoted = false;
        for (int i = 0; i < line.Length; i++)
        {
            char c = line[i];
            if (quoted && c == '"' && i + 1 < line.Length && line[i + 1] == '"')
            {
                field.Append('"');
                i++;
            }
            else if (c == '"')
            {
                quoted = !quoted;
            }
            else if (c == ',' && !quoted)
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else
            {
                field.Append(c);
            }
        }

        fields.Add(field.ToString());
        return fields;
    }

    private static Unit[] Units(string resource) =>
        [.. Records(resource, 5).Select(f => new Unit(f[0], f[1], f[2], f[3], f[4]))];

    private static List<List<string>> Records(string resource, int columns)
    {
        using Stream stream = typeof(ReferenceChartLoader).Assembly.GetManifestResourceStream(resource)!;
        using var reader = new StreamReader(stream, Encoding.UTF8);
        string[] lines = reader.ReadToEnd().Split('\n');
        var records = new List<List<string>>();
        foreach (string raw in lines.Skip(1))
        {
            string line = raw.TrimEnd('\r');
            if (line.Length == 0)
            {
                continue;
            }

            List<string> fields = Split(line);
            Assert.True(fields.Count == columns, $"{resource}: {fields.Count} fields in \"{line}\"");
            records.Add(fields);
        }

        return records;
    }
}
