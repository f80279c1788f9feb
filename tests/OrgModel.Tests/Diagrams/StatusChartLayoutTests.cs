using System.Text.RegularExpressions;
using NodaTime;
using OrgModel.Diagrams;
using OrgModel.ReferenceData;
using OrgModel.Tasks;

namespace OrgModel.Tests.Diagrams;

/// <summary>The status chart's layout rules, read back from the SVG's coordinates: a legend naming every status in a
/// colour of its own, every bar and text inside the view box, rows that do not overlap, bars proportional to their
/// counts on one scale, labels not cut.</summary>
public partial class StatusChartLayoutTests
{
    // The statuses in the order and with the names StatusChart's documentation gives.
    private static readonly (AssignmentStatus Status, string Name)[] Documented =
    [
        (AssignmentStatus.CompletedOnTime, "completed on time"), (AssignmentStatus.CompletedEarly, "completed early"),
        (AssignmentStatus.CompletedLate, "completed late"), (AssignmentStatus.InProgress, "in progress"), (AssignmentStatus.NotDue, "not due"),
        (AssignmentStatus.Overdue, "overdue"), (AssignmentStatus.NoReport, "not reported"),
    ];

    // Labels of up to 40 characters (Vietnamese letters, spaces, XML's special characters); counts keep a total under
    // 10,000, the widest "done/total" (9 characters) the column after the bars is sized for.
    private static readonly Gen<string> Labels =
        Gen.Elements("a", "Tỉnh ", "Lai Châu", "Đ", "ư", "ộ", " ", "&", "<", "\"", "x").ArrayOf().Select(p => string.Concat(p)).Select(s => s.Length > 40 ? s[..40] : s);

    private static readonly Gen<StatusSummary> Summaries =
        Gen.Elements(0, 0, 1, 2, 7, 100, 1400).ArrayOf(7).Select(c => new StatusSummary(c[0], c[1], c[2], c[3], c[4], c[5], c[6]));

    private static readonly Arbitrary<List<KeyValuePair<string, StatusSummary>>> Charts =
        Gen.Zip(Labels, Summaries).Select(p => KeyValuePair.Create(p.Item1, p.Item2)).ListOf().Select(l => l.ToList()).ToArbitrary();

    [Fact]
    public void The_legend_names_every_status_once_in_the_documented_order_each_in_a_colour_of_its_own()
    {
        SvgChart chart = SvgChart.Parse(StatusChart.ToSvg([]));
        Assert.Equal(Documented.Select(d => d.Name), chart.Legend.Select(l => l.Name.Value));
        Assert.All(chart.Legend, l => Assert.Matches(Colour(), l.Swatch.Fill));
        Assert.Equal(Documented.Length, chart.Legend.Select(l => l.Swatch.Fill.ToLowerInvariant()).Distinct().Count());
    }

    [Fact]
    public void Legend_entries_stand_in_one_line_between_the_title_and_the_rows_each_name_after_its_swatch()
    {
        SvgChart chart = SvgChart.Parse(StatusChart.ToSvg([new("a", StatusSummary.Of(AssignmentStatus.Overdue))], new DiagramOptions(title: "T")));
        double titleBaseline = SvgChart.Number((string)chart.Title!.Attribute("y")!);
        double right = 0;
        foreach ((SvgChart.Box swatch, SvgChart.Text name) in chart.Legend)
        {
            Assert.True(swatch.W > 0 && swatch.H > 0, $"swatch {swatch}");
            Assert.True(swatch.X >= right, $"'{name.Value}' overlaps the entry before it");
            Assert.True(name.Left >= swatch.Right, $"'{name.Value}' starts inside its swatch");
            Assert.InRange(name.Y, swatch.Y, swatch.Bottom);
            Assert.Equal(chart.Legend[0].Swatch.Y, swatch.Y);
            Assert.True(swatch.Y > titleBaseline, "the legend is below the title");
            Assert.True(swatch.Bottom < chart.Rows[0].Bars[0].Y, "the legend is above the rows");
            right = name.Right;
        }

        Assert.InRange(right, 0, chart.Width);
    }

    [Property(MaxTest = 60)]
    public Property Every_bar_and_text_lies_inside_the_view_box_and_rows_do_not_overlap() => Prop.ForAll(Charts, rows =>
    {
        SvgChart chart = SvgChart.Parse(StatusChart.ToSvg(rows, new DiagramOptions(title: "Chart")));
        Assert.Equal(rows.Count, chart.Rows.Count);
        foreach (SvgChart.Box box in chart.Rows.SelectMany(r => r.Bars).Concat(chart.Legend.Select(l => l.Swatch)))
        {
            Assert.True(box.X >= 0 && box.Right <= chart.Width && box.Y >= 0 && box.Bottom <= chart.Height, $"{box} outside {chart.Width}x{chart.Height}");
        }

        foreach (SvgChart.Text text in chart.Texts)
        {
            Assert.True(text.Left >= 0 && text.Right <= chart.Width && text.Y > 0 && text.Y <= chart.Height, $"{text} outside {chart.Width}x{chart.Height}");
        }

        double bottom = chart.Legend.Max(l => l.Swatch.Bottom);
        foreach (SvgChart.Row row in chart.Rows)
        {
            (double top, double end) = Band(row);
            Assert.True(top >= bottom, $"row '{row.Label.Value}' overlaps the row above it");
            Assert.InRange(row.Label.Y, top, end);
            Assert.InRange(row.Total.Y, top, end);
            Assert.True(row.Bars.TrueForAll(b => b.Y == top && b.Bottom == end), "the bars of a row share one band");
            bottom = end;
        }

        Assert.True(bottom <= chart.Height, "the last row is inside the view box");
    });

    [Property(MaxTest = 60)]
    public Property Bars_follow_each_other_from_one_left_edge_after_the_labels_and_before_the_totals() => Prop.ForAll(Charts, rows =>
    {
        SvgChart chart = SvgChart.Parse(StatusChart.ToSvg(rows));
        double left = Left(chart);
        foreach (SvgChart.Row row in chart.Rows)
        {
            Assert.True(row.Label.Right < left, $"label '{row.Label.Value}' runs into the bars");
            double x = left;
            foreach (SvgChart.Box bar in row.Bars)
            {
                Assert.Equal(x, bar.X, 0.02);
                Assert.True(bar.W > 0, $"{bar} is empty");
                x = bar.Right;
            }

            Assert.True(row.Total.Left > x, $"the total of '{row.Label.Value}' overlaps its bars");
        }
    });

    [Property(MaxTest = 60)]
    public Property Bar_widths_are_proportional_to_the_counts_on_one_scale_set_by_the_largest_total() => Prop.ForAll(Charts, rows =>
    {
        SvgChart chart = SvgChart.Parse(StatusChart.ToSvg(rows));
        List<(SvgChart.Box Bar, int Count)> bars = [.. chart.Rows.SelectMany(r => r.Bars).Select(b => (b, Count(b)))];
        if (bars.Count == 0)
        {
            return;
        }

        int largest = rows.Max(r => r.Value.Total);
        double left = Left(chart);
        double scale = chart.Rows.Where(r => r.Bars.Count > 0).Max(r => r.Bars[^1].Right - left) / largest;
        Assert.All(bars, b => Assert.Equal(b.Count * scale, b.Bar.W, 0.02 + (b.Count * 0.0001)));

        // The largest row spans the chart: past four fifths of its width, room left for its total.
        Assert.True(left + (largest * scale) >= chart.Width * 0.8, $"the largest row ends at {left + (largest * scale)} of {chart.Width}");
    });

    [Property(MaxTest = 60)]
    public Property A_row_has_one_bar_per_status_counted_in_its_legend_colour_and_order() => Prop.ForAll(Charts, rows =>
    {
        SvgChart chart = SvgChart.Parse(StatusChart.ToSvg(rows));
        var colourOf = chart.Legend.ToDictionary(l => l.Name.Value, l => l.Swatch.Fill);
        for (int r = 0; r < rows.Count; r++)
        {
            StatusSummary s = rows[r].Value;
            SvgChart.Row row = chart.Rows[r];
            var expected = Documented.Where(d => s[d.Status] > 0).Select(d => $"{s[d.Status]} {d.Name}").ToList();
            Assert.Equal(expected, row.Bars.Select(b => b.Tooltip![(b.Tooltip!.LastIndexOf(": ", StringComparison.Ordinal) + 2)..]));
            Assert.All(row.Bars, b => Assert.Equal(colourOf[Tooltip().Match(b.Tooltip!).Groups[2].Value], b.Fill));
            Assert.Equal($"{s.Completed}/{s.Total}", row.Total.Value);
        }
    });

    [Fact]
    public void A_label_of_fifty_characters_fits_left_of_the_bars_and_longer_ones_keep_the_bars_in_the_chart()
    {
        string fifty = new('Đ', 50);
        SvgChart chart = SvgChart.Parse(StatusChart.ToSvg([new("a", StatusSummary.Of(AssignmentStatus.NotDue)), new(fifty, StatusSummary.Of(AssignmentStatus.Overdue))]));
        Assert.All(chart.Rows, r => Assert.True(r.Label.Left >= 0 && r.Label.Right < r.Bars[0].X, $"'{r.Label.Value}' is cut or runs into the bars"));

        SvgChart longer = SvgChart.Parse(StatusChart.ToSvg([new(new string('x', 500), StatusSummary.Of(AssignmentStatus.NotDue))]));
        Assert.True(longer.Rows[0].Bars[0].X < longer.Width / 2, "a very long label cannot push the bars out");
        Assert.True(longer.Rows[0].Bars[0].Right <= longer.Width);
    }

    [Fact]
    public void The_document_declares_utf8_a_white_background_and_the_font_its_layout_is_measured_for()
    {
        string text = StatusChart.ToSvg([new("Tỉnh Lai Châu", StatusSummary.Of(AssignmentStatus.Overdue))]);
        SvgChart chart = SvgChart.Parse(text);
        Assert.Equal("UTF-8", chart.Document.Declaration?.Encoding);
        var root = chart.Document.Root!;
        Assert.StartsWith("DejaVu Sans", (string?)root.Attribute("font-family"), StringComparison.Ordinal);
        Assert.Equal("12", (string?)root.Attribute("font-size"));
        var background = root.Elements().First();
        Assert.Equal(("rect", "100%", "100%", "#ffffff"), (background.Name.LocalName, (string?)background.Attribute("width"), (string?)background.Attribute("height"), (string?)background.Attribute("fill")));
        Assert.EndsWith("</svg>\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_title_is_drawn_only_when_given_and_the_roll_up_by_province_takes_the_options()
    {
        Assert.Null(SvgChart.Parse(StatusChart.ToSvg([])).Title);
        Assert.Null(SvgChart.Parse(StatusChart.ToSvg([], new DiagramOptions())).Title);
        Assert.Equal("Roll-up", SvgChart.Parse(StatusChart.ToSvg([], new DiagramOptions(title: "Roll-up"))).Title!.Value);

        var on = new LocalDate(2025, 12, 31);
        SvgChart byProvince = SvgChart.Parse(StatusChart.ByProvinceToSvg(StatusChartTests.NonLocalChairs(), on, new DiagramOptions(title: "Kết luận 201", showCodes: true)));
        Assert.Equal("Kết luận 201", byProvince.Title!.Value);
        var expected = VietnamReferenceData.Provinces(on).OrderBy(p => p.Code, StringComparer.Ordinal).Select(p => $"{p.Name} ({p.Code})");
        Assert.Equal(expected, byProvince.Rows.Select(r => r.Label.Value));
    }

    [Fact]
    public void A_row_without_a_label_is_an_argument_error_naming_the_rows()
    {
        var e = Assert.Throws<ArgumentException>(() => StatusChart.ToSvg([new(null!, StatusSummary.Of(AssignmentStatus.NotDue))]));
        Assert.Equal("rows", e.ParamName);
        Assert.Contains("label", e.Message, StringComparison.OrdinalIgnoreCase);
    }

    // A row's band is its bars' height; a row with no bar has only its baseline.
    private static (double Top, double Bottom) Band(SvgChart.Row row) =>
        row.Bars.Count > 0 ? (row.Bars[0].Y, row.Bars[0].Bottom) : (row.Label.Y, row.Label.Y);

    // Where the bars start: the same for every row (the first bar of any row that has one).
    private static double Left(SvgChart chart)
    {
        var lefts = chart.Rows.Where(r => r.Bars.Count > 0).Select(r => r.Bars[0].X).Distinct().ToList();
        Assert.True(lefts.Count <= 1, $"rows start at {string.Join(", ", lefts)}");
        return lefts.Count == 1 ? lefts[0] : chart.Rows.Count > 0 ? chart.Rows[0].Total.X : 0;
    }

    private static int Count(SvgChart.Box bar) => int.Parse(Tooltip().Match(bar.Tooltip!).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);

    [GeneratedRegex("^#[0-9a-fA-F]{6}$")]
    private static partial Regex Colour();

    [GeneratedRegex(@": (\d+) ([a-z ]+)$")]
    private static partial Regex Tooltip();
}
