using NodaTime;
using OrgModel.Deadlines;
using OrgModel.Diagrams;
using OrgModel.Tasks;

namespace OrgModel.Tests.Diagrams;

/// <summary>Gantt lines state each milestone's start and end: a milestone after several others names them all in one
/// <c>after</c> clause, and a relative deadline with an anchor of its own counts from that anchor, not the roadmap's.</summary>
public class RoadmapGanttRulesTests
{
    private static readonly LocalDate Anchor = new(2025, 4, 14);

    [Fact]
    public void A_milestone_after_several_others_names_them_all_in_one_after_clause()
    {
        var roadmap = new Roadmap("r",
        [
            new Milestone("a", "A", Deadline.OnOrBefore(new LocalDate(2025, 5, 31))),
            new Milestone("b", "B", Deadline.OnOrBefore(new LocalDate(2025, 6, 30))),
            new Milestone("c", "C", Deadline.OnOrBefore(new LocalDate(2025, 9, 30)), ["a", "b"]),
        ]);
        string gantt = RoadmapDiagram.ToMermaidGantt(roadmap, Anchor);
        Assert.Contains("    C :m3, after m1 m2, 2025-09-30\n", gantt, StringComparison.Ordinal);
    }

    [Fact]
    public void A_relative_deadline_with_its_own_anchor_counts_from_it()
    {
        var own = new LocalDate(2025, 6, 1);
        var roadmap = new Roadmap("r", [new Milestone("a", "A", Deadline.After(Period.FromDays(30), own))]);
        Assert.Contains("    A :m1, 2025-04-14, 2025-07-01\n", RoadmapDiagram.ToMermaidGantt(roadmap, Anchor), StringComparison.Ordinal);
    }
}
