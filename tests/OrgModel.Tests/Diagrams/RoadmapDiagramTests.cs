using NodaTime;
using OrgModel.Deadlines;
using OrgModel.Diagrams;
using OrgModel.Tasks;
using OrgModel.Tests.Tasks;

namespace OrgModel.Tests.Diagrams;

/// <summary>A roadmap as a Mermaid Gantt chart: one line per milestone, dependencies as <c>after</c>.</summary>
public class RoadmapDiagramTests
{
    private static readonly LocalDate Directive45 = new(2025, 4, 14);

    [Fact]
    public void The_congress_round_is_a_bar_per_milestone_after_its_dependencies()
    {
        string gantt = RoadmapDiagram.ToMermaidGantt(new Roadmap("Party congresses 2025–2030", RoadmapTests.CongressRound()), Directive45);
        Assert.Equal(
            """
            gantt
                title Party congresses 2025–2030
                dateFormat YYYY-MM-DD
                axisFormat %Y-%m-%d
                todayMarker off
                section Party congresses 2025–2030
                Grassroots congresses completed :m1, 2025-04-14, 2025-07-31
                Congresses of commune, ward and special-zone Party committees :m2, after m1, 2025-10-31
                Provincial congresses and those directly under the Central Committee :milestone, m3, 2025-10-31, 0d
                14th National Party Congress held :m4, after m3, 2026-01-23

            """.ReplaceLineEndings("\n"),
            gantt);
    }

    [Fact]
    public void A_milestone_due_before_its_dependency_is_a_critical_mark_and_an_ongoing_one_a_mark()
    {
        Milestone[] round = RoadmapTests.CongressRound();
        int grassroots = Array.FindIndex(round, m => m.Id == "grassroots");
        round[grassroots] = new Milestone("grassroots", "Grassroots: congresses", Deadline.OnOrBefore(new LocalDate(2025, 11, 30)));
        var roadmap = new Roadmap("Late [draft]", [.. round, new Milestone("follow-up", "Follow-up #1: reports", Deadline.Ongoing, ["national"])]);
        string gantt = RoadmapDiagram.ToMermaidGantt(roadmap, Directive45, new DiagramOptions(title: "A \"late\" round"));
        Assert.Contains("    title A #34;late#34; round\n", gantt, StringComparison.Ordinal);
        Assert.Contains("    section Late #91;draft#93;\n", gantt, StringComparison.Ordinal);
        Assert.Contains("    Grassroots#58; congresses :m1, 2025-04-14, 2025-11-30\n", gantt, StringComparison.Ordinal);
        Assert.Contains(":crit, milestone, m2, 2025-10-31, 0d\n", gantt, StringComparison.Ordinal);
        Assert.Contains("    Follow-up #35;1#58; reports :milestone, m5, after m4, 0d\n", gantt, StringComparison.Ordinal);
    }
}
