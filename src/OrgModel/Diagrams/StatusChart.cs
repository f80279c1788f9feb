using NodaTime.Text;
using OrgModel.Organisations;
using OrgModel.Tasks;
using OrgModel.Utility;

namespace OrgModel.Diagrams;

/// <summary>Draws a roll-up (<see cref="StatusSummary"/> rows, such as a <see cref="TaskTracker"/>'s roll-up by province) as
/// an SVG chart of stacked horizontal bars: one bar per row, one coloured segment per status, the count done over the
/// total at the end.</summary>
/// <remarks>
/// <para>The SVG is written by hand (no dependency): a title, a legend, then one <c>g</c> element per row
/// (<c>class="row"</c>) holding its label, one <c>rect</c> per non-zero status (<c>class="bar"</c>, with a
/// <c>title</c> tooltip) and the total. Labels keep their diacritics (NFC); every text is escaped for XML. Bars share one
/// scale, the largest total; statuses come in a fixed order (completed on time, early, late, in progress, not due,
/// overdue, not reported), so the same rows always give the same text.</para>
/// <para>Thread safety: static and thread-safe.</para>
/// </remarks>
public static class StatusChart
{
    private const int Width = 960;
    private const int Margin = 16;
    private const int RowHeight = 22;
    private const int BarHeight = 14;
    private const int Top = 72;
    private const string Font = "DejaVu Sans, Arial, sans-serif";

    private static readonly (AssignmentStatus Status, string Name, string Colour)[] Segments =
    [
        (AssignmentStatus.CompletedOnTime, "completed on time", "#2e7d32"),
        (AssignmentStatus.CompletedEarly, "completed early", "#66bb6a"),
        (AssignmentStatus.CompletedLate, "completed late", "#f9a825"),
        (AssignmentStatus.InProgress, "in progress", "#42a5f5"),
        (AssignmentStatus.NotDue, "not due", "#b0bec5"),
        (AssignmentStatus.Overdue, "overdue", "#c62828"),
        (AssignmentStatus.NoReport, "not reported", "#6d4c41"),
    ];

    /// <summary>Draws a tracker's roll-up by province on a day (<see cref="TaskTracker.ByProvince(LocalDate)"/>), one bar per
    /// province in the order of their official codes, labelled with the province's name.</summary>
    /// <param name="tracker">The tracker.</param>
    /// <param name="on">The day in Vietnam.</param>
    /// <param name="options">The options (a <see cref="DiagramOptions.Title"/>, <see cref="DiagramOptions.ShowCodes"/>), or null;
    /// without a title the chart is titled "Status by province on" and the day.</param>
    /// <returns>An SVG document.</returns>
    public static string ByProvinceToSvg(TaskTracker tracker, LocalDate on, DiagramOptions? options = null)
    {
        Guard.Against.Null(tracker);
        Preconditions.CheckIso(on);
        options ??= DiagramOptions.Default;
        var provinces = new Dictionary<OrgId, Organisation>();
        foreach (Assignment a in tracker.Assignments)
        {
            if (a.Province is { } p)
            {
                provinces.TryAdd(p.Id, p);
            }
        }

        var rows = new List<(Organisation Province, StatusSummary Summary)>();
        foreach ((OrgId id, StatusSummary summary) in tracker.ByProvince(on))
        {
            rows.Add((provinces[id], summary));
        }

        rows.Sort(static (a, b) => DiagramGraph.ByCode(a.Province, b.Province));
        string title = options.Title ?? "Status by province on " + LocalDatePattern.Iso.Format(on);
        return Write(rows.ConvertAll(r => (DiagramGraph.Label(r.Province, options), r.Summary)), title);
    }

    /// <summary>Draws any roll-up rows (by task, by document, by assignee named as you wish), in the order given.</summary>
    /// <param name="rows">The label and counts of each row.</param>
    /// <param name="options">The options (a <see cref="DiagramOptions.Title"/>), or null for no title.</param>
    /// <returns>An SVG document.</returns>
    /// <exception cref="ArgumentException">A label is null.</exception>
    public static string ToSvg(IEnumerable<KeyValuePair<string, StatusSummary>> rows, DiagramOptions? options = null)
    {
        Guard.Against.Null(rows);
        var list = new List<(string, StatusSummary)>();
        foreach ((string label, StatusSummary summary) in rows)
        {
            Preconditions.CheckArgument(label is not null, nameof(rows), "Every row needs a label.");
            list.Add((label, summary));
        }

        return Write(list, options?.Title);
    }

    private static string Write(List<(string Label, StatusSummary Summary)> rows, string? title)
    {
        int longest = 0;
        int max = 1;
        foreach ((string label, StatusSummary s) in rows)
        {
            longest = Math.Max(longest, DiagramText.Clean(label).Length);
            max = Math.Max(max, s.Total);
        }

        // DejaVu Sans at 12px averages about 7px a character; the column is bounded so a long label cannot hide the bars.
        int labelWidth = Math.Clamp(longest * 7, 80, 360);
        int barLeft = Margin + labelWidth + 8;
        int barWidth = Width - barLeft - Margin - 64;
        int height = Top + (rows.Count * RowHeight) + Margin;
        var sb = new StringBuilder(1024 + (rows.Count * 512));
        sb.Append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        sb.Append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").Append(N(Width)).Append("\" height=\"").Append(N(height))
            .Append("\" viewBox=\"0 0 ").Append(N(Width)).Append(' ').Append(N(height)).Append("\" font-family=\"").Append(Font).Append("\" font-size=\"12\">\n");
        sb.Append("  <rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n");
        if (title is not null)
        {
            sb.Append("  <text class=\"title\" x=\"").Append(N(Margin)).Append("\" y=\"26\" font-size=\"16\" font-weight=\"bold\">");
            DiagramText.AppendXml(sb, title);
            sb.Append("</text>\n");
        }

        AppendLegend(sb);
        for (int r = 0; r < rows.Count; r++)
        {
            AppendRow(sb, rows[r].Label, rows[r].Summary, Top + (r * RowHeight), labelWidth, barLeft, barWidth, max);
        }

        return sb.Append("</svg>\n").ToString();
    }

    private static void AppendLegend(StringBuilder sb)
    {
        int x = Margin;
        sb.Append("  <g class=\"legend\">\n");
        foreach ((_, string name, string colour) in Segments)
        {
            sb.Append("    <rect x=\"").Append(N(x)).Append("\" y=\"40\" width=\"10\" height=\"10\" fill=\"").Append(colour).Append("\"/>\n");
            sb.Append("    <text x=\"").Append(N(x + 14)).Append("\" y=\"49\">").Append(name).Append("</text>\n");
            x += 14 + (name.Length * 7) + 14;
        }

        sb.Append("  </g>\n");
    }

    private static void AppendRow(StringBuilder sb, string label, StatusSummary s, int y, int labelWidth, int barLeft, int barWidth, int max)
    {
        sb.Append("  <g class=\"row\">\n    <text class=\"label\" x=\"").Append(N(Margin + labelWidth)).Append("\" y=\"").Append(N(y + 11))
            .Append("\" text-anchor=\"end\">");
        DiagramText.AppendXml(sb, label);
        sb.Append("</text>\n");
        double x = barLeft;
        foreach ((AssignmentStatus status, string name, string colour) in Segments)
        {
            int count = s[status];
            if (count == 0)
            {
                continue;
            }

            double w = (double)count * barWidth / max;
            sb.Append("    <rect class=\"bar\" x=\"").Append(D(x)).Append("\" y=\"").Append(N(y)).Append("\" width=\"").Append(D(w))
                .Append("\" height=\"").Append(N(BarHeight)).Append("\" fill=\"").Append(colour).Append("\"><title>");
            DiagramText.AppendXml(sb, label);
            sb.Append(": ").Append(N(count)).Append(' ').Append(name).Append("</title></rect>\n");
            x += w;
        }

        sb.Append("    <text class=\"total\" x=\"").Append(D(x + 6)).Append("\" y=\"").Append(N(y + 11)).Append("\">")
            .Append(N(s.Completed)).Append('/').Append(N(s.Total)).Append("</text>\n  </g>\n");
    }

    private static string N(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string D(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}
