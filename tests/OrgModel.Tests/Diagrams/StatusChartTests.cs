using System.Xml.Linq;
using NodaTime;
using OrgModel.Deadlines;
using OrgModel.Diagrams;
using OrgModel.Documents;
using OrgModel.ReferenceData;
using OrgModel.Tasks;

namespace OrgModel.Tests.Diagrams;

/// <summary>A tracker's roll-up by province as an SVG bar chart: valid XML, one row per province, one segment per status.</summary>
public class StatusChartTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    internal static TaskTracker NonLocalChairs()
    {
        var assigned = new LocalDate(2025, 10, 31);
        var task = new TaskItem("201-KL/TW non-local chairs", assigned, "Arrange non-local chairs", AssignmentScope.EveryProvince(ScopeBody.PartyCommittee),
            Deadline.ParsePhrase("trước ngày 15/12/2025", assigned), DocumentNumber.Parse("201-KL/TW"));
        IReadOnlyList<Assignment> assignments = task.Expand(VietnamReferenceData.OrgChart);
        var reports = assignments.Take(23).Select(a => new CompletionReport(task.Id, a.Assignee.Id, new LocalDate(2025, 12, 10)))
            .Concat(assignments.Skip(23).Take(2).Select(a => new CompletionReport(task.Id, a.Assignee.Id, new LocalDate(2025, 12, 20))));
        return new TaskTracker(assignments, reports);
    }

    [Fact]
    public void The_roll_up_by_province_is_one_row_per_province_with_its_name()
    {
        TaskTracker tracker = NonLocalChairs();
        var on = new LocalDate(2025, 12, 31);
        var svg = XDocument.Parse(StatusChart.ByProvinceToSvg(tracker, on));
        var rows = svg.Descendants(Svg + "g").Where(g => (string?)g.Attribute("class") == "row").ToList();
        var expected = VietnamReferenceData.Provinces(on).OrderBy(p => p.Code, StringComparer.Ordinal).Select(p => p.Name);
        Assert.Equal(expected, rows.Select(r => r.Elements(Svg + "text").First().Value));
        Assert.Contains("Thành phố Hồ Chí Minh", rows.Select(r => r.Elements(Svg + "text").First().Value));
        Assert.Equal(34, rows.Sum(r => r.Elements(Svg + "rect").Count()));
        StatusSummary total = tracker.Summary(on);
        Assert.Equal(total.CompletedOnTime, CountFill(rows, "#2e7d32"));
        Assert.Equal(total.CompletedLate, CountFill(rows, "#f9a825"));
        Assert.Equal(total.Overdue, CountFill(rows, "#c62828"));
        Assert.Equal("Status by province on 2025-12-31", svg.Descendants(Svg + "text").First().Value);
    }

    [Fact]
    public void Segments_of_a_row_share_one_scale_and_add_up_to_its_total()
    {
        var rows = new Dictionary<string, StatusSummary>
        {
            ["a"] = new(notDue: 1, inProgress: 2, overdue: 3, completedOnTime: 4, completedLate: 0, completedEarly: 0),
            ["b"] = new(notDue: 0, inProgress: 0, overdue: 0, completedOnTime: 5, completedLate: 0, completedEarly: 0),
        };
        var svg = XDocument.Parse(StatusChart.ToSvg(rows));
        var bars = svg.Descendants(Svg + "g").Where(g => (string?)g.Attribute("class") == "row")
            .Select(r => r.Elements(Svg + "rect").Sum(b => double.Parse((string)b.Attribute("width")!, System.Globalization.CultureInfo.InvariantCulture)))
            .ToList();
        Assert.Equal(bars[0] / 2, bars[1], 1);
        Assert.Equal(["4/10", "5/5"], svg.Descendants(Svg + "text").Where(t => (string?)t.Attribute("class") == "total").Select(t => t.Value));
    }

    private static int CountFill(List<XElement> rows, string colour) =>
        rows.SelectMany(r => r.Elements(Svg + "rect")).Count(b => (string?)b.Attribute("fill") == colour);
}
