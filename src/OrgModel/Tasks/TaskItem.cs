using OrgModel.Deadlines;
using OrgModel.Documents;
using OrgModel.Documents.Model;
using OrgModel.Organisations;
using OrgModel.Text;
using OrgModel.Utility;

namespace OrgModel.Tasks;

/// <summary>
/// A task a document asks of organisations: the source document, the action, the lead assignees (a scope) and
/// coordinators, the expected deliverable, the deadline and the reporting obligations. Named <c>TaskItem</c> so as not
/// to clash with <see cref="System.Threading.Tasks.Task"/>.
/// </summary>
/// <remarks>
/// <para>Real instructions are often incomplete, so only the identifier and the assignment date are required;
/// <see cref="Missing"/> lists what the task lacks against the "clears" principle.</para>
/// <para><see cref="Expand"/> turns the scope into one <see cref="Assignment"/> per organisation as of a date.
/// Relative deadlines without their own anchor count from <see cref="AssignedOn"/>.</para>
/// <para>Thread safety: immutable and thread-safe.</para>
/// </remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(TaskItemJsonConverter))]
public sealed class TaskItem
{
    /// <summary>Creates a task.</summary>
    /// <param name="id">A stable identifier, unique among the tasks tracked together ("201-KL/TW#3").</param>
    /// <param name="assignedOn">The day the task was assigned (usually the document's date); relative deadlines count from it.</param>
    /// <param name="action">What is to be done, or null when the text does not say.</param>
    /// <param name="leads">The lead assignees, or null when the text names none.</param>
    /// <param name="deadline">By when; <see cref="Deadline.Ongoing"/> when none.</param>
    /// <param name="source">The document that assigns the task, or null; for a text without a number, see <see cref="WithSource"/>.</param>
    /// <param name="coordinators">Organisations that coordinate (phối hợp), or null.</param>
    /// <param name="deliverable">The expected product ("report to the Politburo"), or null.</param>
    /// <param name="responsible">The post or person who answers for the task ("chair of the provincial People's Committee"), or null.</param>
    /// <param name="reporting">Reports owed on the task, or null.</param>
    /// <exception cref="ArgumentException">The id is blank or longer than 200 characters; the assignment date is not an ISO date in
    /// <see cref="Deadline.MinYear"/>..<see cref="Deadline.MaxYear"/>; the source is <c>default</c>; a coordinator id is empty or repeated.</exception>
    public TaskItem(string id, LocalDate assignedOn, string? action = null, AssignmentScope? leads = null, Deadline deadline = default,
        DocumentNumber? source = null, IEnumerable<OrgId>? coordinators = null, string? deliverable = null, string? responsible = null,
        IEnumerable<ReportingObligation>? reporting = null)
    {
        Guard.Against.NullOrWhiteSpace(id);
        // Not Guard.Against.LengthOutOfRange: it names its own parameter ("maxLength"), not the caller's.
        Preconditions.CheckArgument(id.Trim().Length <= 200, nameof(id), "A task id is at most 200 characters.");
        Deadline.CheckSupportedDay(assignedOn);
        if (source is { } s)
        {
            Preconditions.CheckArgument(s.IsParty || s.IsState, nameof(source), "A source document must not be default(DocumentNumber).");
        }

        ImmutableArray<OrgId> coords = coordinators is null ? [] : [.. coordinators];
        Preconditions.CheckArgument(coords.All(x => !x.IsEmpty) && coords.Distinct().Count() == coords.Length, nameof(coordinators), "Coordinators are non-empty and distinct.");
        ImmutableArray<ReportingObligation> reports = reporting is null ? [] : [.. reporting];
        Preconditions.CheckArgument(reports.All(x => x is not null), nameof(reporting), "Reporting obligations are not null.");

        Id = id.Trim();
        AssignedOn = assignedOn;
        Action = Clean(action);
        Leads = leads;
        Deadline = deadline;
        Source = source;
        SourceKey = source is { } number ? DocumentKey.Numbered(number) : null;
        CoordinatorsArray = coords;
        Coordinators = CoordinatorsArray;
        Deliverable = Clean(deliverable);
        Responsible = Clean(responsible);
        ReportingArray = reports;
        Reporting = ReportingArray;
        LinksArray = [];
    }

    /// <summary>Gets the identifier.</summary>
    public string Id { get; }

    /// <summary>Gets the day the task was assigned.</summary>
    public LocalDate AssignedOn { get; }

    /// <summary>Gets what is to be done, or null.</summary>
    public string? Action { get; }

    /// <summary>Gets the lead assignees, or null.</summary>
    public AssignmentScope? Leads { get; }

    /// <summary>Gets the deadline.</summary>
    public Deadline Deadline { get; }

    /// <summary>Gets the number of the document that assigns the task, or null (also for a text without a number: see
    /// <see cref="SourceKey"/>).</summary>
    public DocumentNumber? Source { get; }

    /// <summary>Gets the key of the document that assigns the task, numbered or not (the Resolution of the 14th National
    /// Congress), or null when the task cites none. The "clear authority" of the six clears and
    /// <see cref="TaskTracker.ByDocumentKey(Instant)"/> use it.</summary>
    public DocumentKey? SourceKey { get; private init; }

    /// <summary>Gets the coordinating organisations.</summary>
    public IReadOnlyList<OrgId> Coordinators { get; }

    /// <summary>Gets the same items as an array, for the library's own writers.</summary>
    internal ImmutableArray<OrgId> CoordinatorsArray { get; }

    /// <summary>Gets the expected deliverable, or null.</summary>
    public string? Deliverable { get; }

    /// <summary>Gets the post or person who answers for the task, or null.</summary>
    public string? Responsible { get; }

    /// <summary>Gets the reports owed on the task.</summary>
    public IReadOnlyList<ReportingObligation> Reporting { get; }

    /// <summary>Gets the same items as an array, for the library's own writers.</summary>
    internal ImmutableArray<ReportingObligation> ReportingArray { get; }

    /// <summary>Gets the links to other tasks (depends on, continues, replaces, restates), in the order given.</summary>
    public IReadOnlyList<TaskLink> Links => LinksArray;

    /// <summary>Gets the same items as an array, for the library's own writers.</summary>
    internal ImmutableArray<TaskLink> LinksArray { get; private init; }

    /// <summary>Gets the anchor relative deadlines count from: the deadline's own anchor, else <see cref="AssignedOn"/>.</summary>
    public LocalDate Anchor => Deadline.Anchor ?? AssignedOn;

    /// <summary>Gets the last day on time, or null for an ongoing task.</summary>
    public LocalDate? DueDate => Deadline.HasDueDate ? Deadline.DueDate(Anchor) : null;

    /// <summary>Gets a value indicating whether the task meets the five clears.</summary>
    public bool IsComplete => Missing(ClarityPrinciple.FiveClears).Count == 0;

    /// <summary>Lists what the task lacks against the "clears" principle, in the order people, work, time, responsibility, product, authority.</summary>
    /// <param name="principle">Five clears (default) or six (adds clear authority: a cited source document).</param>
    /// <returns>The missing clears; empty when the task is complete.</returns>
    public IReadOnlyList<TaskClarity> Missing(ClarityPrinciple principle = ClarityPrinciple.FiveClears)
    {
        Preconditions.CheckDefined(principle);
        var missing = new List<TaskClarity>(6);
        if (Leads is null)
        {
            missing.Add(TaskClarity.People);
        }

        if (Action is null)
        {
            missing.Add(TaskClarity.Work);
        }

        if (!Deadline.HasDueDate)
        {
            missing.Add(TaskClarity.Time);
        }

        if (Responsible is null)
        {
            missing.Add(TaskClarity.Responsibility);
        }

        if (Deliverable is null)
        {
            missing.Add(TaskClarity.Product);
        }

        if (principle == ClarityPrinciple.SixClears && SourceKey is null)
        {
            missing.Add(TaskClarity.Authority);
        }

        return missing.AsReadOnly();
    }

    /// <summary>Returns the same task with another source: any document key, numbered (with or without its date) or the key of
    /// a text without a number.</summary>
    /// <param name="source">The source's key, or null for none.</param>
    /// <returns>The task with <see cref="SourceKey"/> set to <paramref name="source"/> and <see cref="Source"/> to its number
    /// (null for an unnumbered text); this task is unchanged.</returns>
    /// <exception cref="ArgumentException"><paramref name="source"/> is <c>default</c>.</exception>
    public TaskItem WithSource(DocumentKey? source)
    {
        Preconditions.CheckArgument(source is not { IsDefault: true }, nameof(source), "A source must not be default(DocumentKey).");
        return new TaskItem(Id, AssignedOn, Action, Leads, Deadline, source?.Number, CoordinatorsArray, Deliverable, Responsible, ReportingArray)
        {
            SourceKey = source,
            LinksArray = LinksArray,
        };
    }

    /// <summary>Returns the same task with links to other tasks ("the same obligation, restated in 201-KL/TW with a date").</summary>
    /// <param name="links">The links, or null for none.</param>
    /// <returns>The task with <see cref="Links"/> set; this task is unchanged.</returns>
    /// <exception cref="ArgumentException">A link is null, names this task itself, or is repeated.</exception>
    public TaskItem WithLinks(IEnumerable<TaskLink>? links)
    {
        ImmutableArray<TaskLink> all = links is null ? [] : [.. links];
        Preconditions.CheckArgument(all.All(static l => l is not null), nameof(links), "Links are not null.");
        Preconditions.CheckArgument(all.All(l => !string.Equals(l.Target, Id, StringComparison.Ordinal)), nameof(links), "A task does not link to itself.");
        Preconditions.CheckArgument(all.Distinct().Count() == all.Length, nameof(links), "Links are distinct.");
        return new TaskItem(Id, AssignedOn, Action, Leads, Deadline, Source, CoordinatorsArray, Deliverable, Responsible, ReportingArray)
        {
            SourceKey = SourceKey,
            LinksArray = all,
        };
    }

    /// <summary>Checks the links among tasks tracked together: each names a task of the set, and following them never comes back to
    /// where it started.</summary>
    /// <param name="tasks">The tasks (a task may appear more than once, as it does in a tracker's assignments).</param>
    /// <exception cref="ArgumentNullException"><paramref name="tasks"/> is null.</exception>
    /// <exception cref="ArgumentException">A task is null, a link names no task of the set, or the
    /// links form a cycle (named in the message).</exception>
    public static void ValidateLinks(IEnumerable<TaskItem> tasks)
    {
        Guard.Against.Null(tasks);
        TaskItem[] all = [.. tasks];
        Preconditions.CheckArgument(Array.IndexOf(all, null) < 0, nameof(tasks), "Tasks are not null.");
        if (TaskLinkCycles.Problem(all) is { } problem)
        {
            throw new ArgumentException(problem, nameof(tasks));
        }
    }

    /// <summary>Turns the task into one assignment per organisation its lead scope reaches as of a date.</summary>
    /// <param name="chart">The organisation chart.</param>
    /// <param name="asOf">The day the scope is resolved on; by default <see cref="AssignedOn"/>.</param>
    /// <returns>The assignments (empty when there are no leads or the scope reaches nothing).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="chart"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="asOf"/> is not in the ISO calendar, or the leads name one organisation that
    /// is not in the chart or does not exist on the day (see <see cref="AssignmentScope.Expand"/>).</exception>
    public IReadOnlyList<Assignment> Expand(OrgChart chart, LocalDate? asOf = null)
    {
        Guard.Against.Null(chart);
        Preconditions.CheckIso(asOf);
        if (Leads is null)
        {
            return ImmutableArray<Assignment>.Empty;
        }

        LocalDate date = asOf ?? AssignedOn;
        OrgChart dated = chart.AsOf(date);
        IReadOnlyList<Organisation> orgs = Leads.Expand(dated, date);
        var result = new Assignment[orgs.Count];
        for (int i = 0; i < orgs.Count; i++)
        {
            result[i] = new Assignment(this, orgs[i], ProvinceOf(dated, orgs[i]));
        }

        return ImmutableCollectionsMarshal.AsImmutableArray(result);
    }

    /// <inheritdoc />
    public override string ToString() => $"{Id}: {Action ?? "(no action)"} — {Leads?.ToString() ?? "(no lead)"}, {Deadline}";

    /// <summary>Finds the province an organisation belongs to: the province-level administrative unit it is, is a body of, or sits under.</summary>
    /// <param name="dated">A dated chart.</param>
    /// <param name="o">The organisation.</param>
    /// <returns>The province, or null for central bodies.</returns>
    internal static Organisation? ProvinceOf(OrgChart dated, Organisation o)
    {
        Organisation? atProvinceLevel = o.Level == OrgLevel.Province ? o : null;
        if (atProvinceLevel is null)
        {
            foreach (Organisation a in dated.Ancestors(o.Id))
            {
                if (a.Level == OrgLevel.Province)
                {
                    atProvinceLevel = a;
                    break;
                }
            }
        }

        if (atProvinceLevel is null || atProvinceLevel.Kind == OrganisationKind.AdministrativeUnit)
        {
            return atProvinceLevel;
        }

        IReadOnlyList<Organisation> areas = dated.Related(atProvinceLevel.Id, OrgRelationKind.BodyOfArea);
        if (areas.Count == 0)
        {
            areas = dated.Related(atProvinceLevel.Id, OrgRelationKind.GovernsArea);
        }

        return areas.Count > 0 ? areas[0] : null;
    }

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : VietnameseText.ToNfc(text.Trim());
}
