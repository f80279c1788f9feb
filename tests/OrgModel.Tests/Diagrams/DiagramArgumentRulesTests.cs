using NodaTime;
using OrgModel.Deadlines;
using OrgModel.Diagrams;
using OrgModel.Organisations;
using OrgModel.ReferenceData;
using OrgModel.Tasks;
using OrgModel.Tests.Tasks;

namespace OrgModel.Tests.Diagrams;

/// <summary>Every drawing refuses a mistyped argument loudly, naming the argument and the rule it broke: a day outside the
/// ISO calendar, an undefined enum value, a negative depth, an organisation not in force on the day. Options clean their
/// title as labels are cleaned.</summary>
public class DiagramArgumentRulesTests
{
    private static readonly OrgChart Chart = VietnamReferenceData.OrgChart;
    private static readonly LocalDate Day = VietnamReferenceData.TwoTierReformDate;
    private static readonly LocalDate JulianDay = Day.WithCalendar(CalendarSystem.Julian);
    private static readonly OrgId LaiChau = VietnamReferenceData.UnitId2025("12");

    public static TheoryData<string> Drawings() => new(ByJulianDay.Keys);

    private static readonly Dictionary<string, (string Argument, Action Draw)> ByJulianDay = new()
    {
        ["SubtreeToDot"] = ("asOf", () => ChartDiagram.SubtreeToDot(Chart, LaiChau, JulianDay)),
        ["SubtreeToMermaid"] = ("asOf", () => ChartDiagram.SubtreeToMermaid(Chart, LaiChau, JulianDay)),
        ["ToDot"] = ("asOf", () => ChartDiagram.ToDot(Chart, [LaiChau], JulianDay)),
        ["ToMermaid"] = ("asOf", () => ChartDiagram.ToMermaid(Chart, [LaiChau], JulianDay)),
        ["MergerDiagram.ToDot"] = ("effectiveDate", () => MergerDiagram.ToDot(Chart, JulianDay, OrgLevel.Province)),
        ["MergerDiagram.ToMermaid"] = ("effectiveDate", () => MergerDiagram.ToMermaid(Chart, JulianDay, OrgLevel.Province)),
        ["ToMermaidGantt"] = ("anchor", () => RoadmapDiagram.ToMermaidGantt(new Roadmap("r", RoadmapTests.CongressRound()), JulianDay)),
        ["ToMermaidGantt, an ongoing milestone only"] = ("anchor", () => RoadmapDiagram.ToMermaidGantt(new Roadmap("r", [new Milestone("m", "M", Deadline.Ongoing)]), JulianDay)),
        ["ByProvinceToSvg"] = ("on", () => StatusChart.ByProvinceToSvg(StatusChartTests.NonLocalChairs(), JulianDay)),
    };

    [Theory]
    [MemberData(nameof(Drawings))]
    public void A_day_outside_the_iso_calendar_is_refused_naming_the_argument(string drawing)
    {
        (string argument, Action draw) = ByJulianDay[drawing];
        var e = Assert.ThrowsAny<ArgumentException>(draw);
        Assert.Equal(argument, e.ParamName);
        Assert.Contains("Julian", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_undefined_direction_or_level_and_a_negative_depth_are_refused_naming_the_argument()
    {
        Assert.Equal("direction", Assert.ThrowsAny<ArgumentException>(() => new DiagramOptions((DiagramDirection)2)).ParamName);
        Assert.Equal("level", Assert.ThrowsAny<ArgumentException>(() => MergerDiagram.ToDot(Chart, Day, (OrgLevel)99)).ParamName);
        Assert.Equal("level", Assert.ThrowsAny<ArgumentException>(() => MergerDiagram.ToMermaid(Chart, Day, (OrgLevel)99)).ParamName);
        var depth = Assert.ThrowsAny<ArgumentException>(() => new DiagramOptions(maxDepth: -1));
        Assert.Equal("maxDepth", depth.ParamName);
        Assert.Contains("zero or more", depth.Message, StringComparison.Ordinal);
        Assert.Equal(0, new DiagramOptions(maxDepth: 0).MaxDepth);
    }

    [Fact]
    public void An_organisation_not_in_force_is_refused_naming_it_the_day_and_the_argument()
    {
        LocalDate before = Day.PlusDays(-1);
        var root = Assert.ThrowsAny<ArgumentException>(() => ChartDiagram.SubtreeToMermaid(Chart, LaiChau, before));
        Assert.Equal("root", root.ParamName);
        Assert.Contains(LaiChau.ToString(), root.Message, StringComparison.Ordinal);
        Assert.Contains("2025-06-30", root.Message, StringComparison.Ordinal);
        Assert.Contains("not in force", root.Message, StringComparison.Ordinal);

        OrgId old = VietnamReferenceData.UnitIdBefore2025Reform("12");
        var chosen = Assert.ThrowsAny<ArgumentException>(() => ChartDiagram.ToDot(Chart, [LaiChau, old], Day));
        Assert.Equal("organisations", chosen.ParamName);
        Assert.Contains(old.ToString(), chosen.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Options_keep_what_they_are_given_and_clean_the_title_as_a_label()
    {
        var options = new DiagramOptions(DiagramDirection.LeftRight, 3, "Ho\u0300a\nBình", showCodes: true);
        Assert.Equal((DiagramDirection.LeftRight, 3, "Hòa Bình", true), (options.Direction, options.MaxDepth, options.Title, options.ShowCodes));
        Assert.Equal((DiagramDirection.TopDown, (int?)null, (string?)null, false), (DiagramOptions.Default.Direction, DiagramOptions.Default.MaxDepth, DiagramOptions.Default.Title, DiagramOptions.Default.ShowCodes));
    }
}
