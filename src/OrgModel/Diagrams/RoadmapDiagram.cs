using NodaTime.Text;
using OrgModel.Tasks;
using OrgModel.Utility;

namespace OrgModel.Diagrams;

/// <summary>Draws a <see cref="Roadmap"/> as a Mermaid Gantt chart: one bar per milestone, from when it can start to its
/// due date, with its dependencies.</summary>
/// <remarks>
/// <para>A milestone with no dependency starts on the anchor (the day of the instruction); one with dependencies starts
/// <c>after</c> them (Mermaid starts it when the last of them ends), which is how the dependencies show. A milestone
/// without a due date (ongoing) is drawn as a Mermaid <c>milestone</c> mark where it can start. A milestone due before one
/// of its dependencies (a <see cref="RoadmapProblemKind.DependencyDueLater"/> problem) cannot be a bar: it is a mark on its
/// due date, tagged <c>crit</c> (drawn in red); one due the day its dependencies are is a plain mark on that day.</para>
/// <para>Milestones keep the roadmap's order and are named <c>m1</c>, <c>m2</c>… (milestone identifiers may hold characters
/// Mermaid does not allow in names); labels are the milestone names, escaped. The chart ends bars on the due date as
/// written and turns off the "today" line, so the picture depends only on the roadmap.</para>
/// <para>Thread safety: static and thread-safe.</para>
/// </remarks>
public static class RoadmapDiagram
{
    /// <summary>Writes a roadmap as a Mermaid Gantt chart.</summary>
    /// <param name="roadmap">The roadmap.</param>
    /// <param name="anchor">The day relative deadlines count from and milestones without dependencies start on (as for
    /// <see cref="Roadmap.Validate"/>).</param>
    /// <param name="options">The options (<see cref="DiagramOptions.Title"/> replaces the roadmap's name as title), or null.</param>
    /// <returns>A Mermaid <c>gantt</c> chart.</returns>
    public static string ToMermaidGantt(Roadmap roadmap, LocalDate anchor, DiagramOptions? options = null)
    {
        Guard.Against.Null(roadmap);
        Preconditions.CheckIso(anchor);
        options ??= DiagramOptions.Default;
        IReadOnlyList<Milestone> milestones = roadmap.Milestones;
        var names = new Dictionary<string, int>(milestones.Count, StringComparer.Ordinal);
        var due = new LocalDate?[milestones.Count];
        var sb = new StringBuilder(128 + (milestones.Count * 96));
        sb.Append("gantt\n    title ");
        DiagramText.AppendMermaid(sb, options.Title ?? roadmap.Name);
        sb.Append("\n    dateFormat YYYY-MM-DD\n    axisFormat %Y-%m-%d\n    todayMarker off\n    section ");
        DiagramText.AppendMermaid(sb, roadmap.Name);
        sb.Append('\n');
        for (int i = 0; i < milestones.Count; i++)
        {
            Milestone m = milestones[i];
            names[m.Id] = i;
            due[i] = m.Deadline.HasDueDate ? m.Deadline.DueDate(m.Deadline.Anchor ?? anchor) : null;
            LocalDate start = anchor;
            var after = new StringBuilder();
            foreach (string d in m.DependsOn)
            {
                // Dependencies come first in a roadmap (it is ordered by dependency), so their index is known.
                int j = names[d];
                after.Append(after.Length == 0 ? "after " : " ").Append(Name(j));
                if (due[j] is { } dueBefore && dueBefore > start)
                {
                    start = dueBefore;
                }
            }

            sb.Append("    ");
            DiagramText.AppendMermaid(sb, m.Name);
            sb.Append(" :");
            string from = after.Length > 0 ? after.ToString() : Iso(anchor);
            if (due[i] is not { } end)
            {
                sb.Append("milestone, ").Append(Name(i)).Append(", ").Append(from).Append(", 0d");
            }
            else if (end <= start)
            {
                sb.Append(end < start ? "crit, milestone, " : "milestone, ").Append(Name(i)).Append(", ").Append(Iso(end)).Append(", 0d");
            }
            else
            {
                sb.Append(Name(i)).Append(", ").Append(from).Append(", ").Append(Iso(end));
            }

            sb.Append('\n');
        }

        return sb.ToString();
    }

    private static string Name(int index) => "m" + (index + 1).ToString(CultureInfo.InvariantCulture);

    private static string Iso(LocalDate date) => LocalDatePattern.Iso.Format(date);
}
