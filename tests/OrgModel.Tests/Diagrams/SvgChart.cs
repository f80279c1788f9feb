using System.Globalization;
using System.Xml.Linq;

namespace OrgModel.Tests.Diagrams;

/// <summary>A status chart read back from its SVG: the numbers a viewer would draw, so that tests state layout rules
/// (inside the view box, no overlap, widths proportional to counts) instead of comparing text.</summary>
internal sealed class SvgChart
{
    /// <summary>The average width of a character of DejaVu Sans at 12px, the estimate the chart's layout uses.</summary>
    public const double CharWidth = 7;

    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    private SvgChart(XDocument doc)
    {
        Document = doc;
        XElement root = doc.Root!;
        double[] box = [.. ((string)root.Attribute("viewBox")!).Split(' ').Select(Number)];
        Assert.Equal([0, 0], box[..2]);
        (Width, Height) = (box[2], box[3]);
        Assert.Equal(Width, Number((string)root.Attribute("width")!));
        Assert.Equal(Height, Number((string)root.Attribute("height")!));
        Title = root.Elements(Svg + "text").SingleOrDefault(t => Class(t) == "title");
        XElement legend = root.Elements(Svg + "g").Single(g => Class(g) == "legend");
        Legend = [.. legend.Elements(Svg + "rect").Zip(legend.Elements(Svg + "text"), (r, t) => (Box.Of(r), Text.Of(t)))];
        Assert.Equal(legend.Elements(Svg + "rect").Count(), legend.Elements(Svg + "text").Count());
        Rows = [.. root.Elements(Svg + "g").Where(g => Class(g) == "row").Select(g => new Row(
            Text.Of(g.Elements(Svg + "text").Single(t => Class(t) == "label")),
            [.. g.Elements(Svg + "rect").Select(Box.Of)],
            Text.Of(g.Elements(Svg + "text").Single(t => Class(t) == "total"))))];
    }

    public XDocument Document { get; }

    public double Width { get; }

    public double Height { get; }

    public XElement? Title { get; }

    /// <summary>Each legend entry: its colour swatch and its name.</summary>
    public List<(Box Swatch, Text Name)> Legend { get; }

    public List<Row> Rows { get; }

    /// <summary>Every text drawn: the title, the legend names, the labels and totals.</summary>
    public IEnumerable<Text> Texts =>
        (Title is null ? [] : new[] { Text.Of(Title) }).Concat(Legend.Select(l => l.Name)).Concat(Rows.SelectMany(r => new[] { r.Label, r.Total }));

    public static SvgChart Parse(string svg) => new(XDocument.Parse(svg, LoadOptions.PreserveWhitespace));

    public static double Number(string text) => double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);

    private static string? Class(XElement e) => (string?)e.Attribute("class");

    /// <summary>A rectangle: a swatch or a bar, with its colour and tooltip.</summary>
    public sealed record Box(double X, double Y, double W, double H, string Fill, string? Tooltip)
    {
        public double Right => X + W;

        public double Bottom => Y + H;

        public static Box Of(XElement e) => new(
            Number((string)e.Attribute("x")!), Number((string)e.Attribute("y")!), Number((string)e.Attribute("width")!),
            Number((string)e.Attribute("height")!), (string)e.Attribute("fill")!, e.Element(Svg + "title")?.Value);
    }

    /// <summary>A text, with the horizontal extent it takes at <see cref="CharWidth"/> a character.</summary>
    public sealed record Text(double X, double Y, string Value, bool AnchoredAtEnd)
    {
        public double Left => AnchoredAtEnd ? X - (Value.Length * CharWidth) : X;

        public double Right => AnchoredAtEnd ? X : X + (Value.Length * CharWidth);

        public static Text Of(XElement e) =>
            new(Number((string)e.Attribute("x")!), Number((string)e.Attribute("y")!), e.Value, (string?)e.Attribute("text-anchor") == "end");
    }

    /// <summary>A row: its label, its bars in drawing order and the count done over the total.</summary>
    public sealed record Row(Text Label, List<Box> Bars, Text Total);
}
