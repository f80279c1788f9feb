using NodaTime;
using OrgModel.EntityFrameworkCore.Tracker;
using OrgModel.Organisations;
using OrgModel.Tasks;

namespace OrgModel.Service;

/// <summary>One province's roll-up.</summary>
internal sealed record ProvinceSummary(OrgId Province, StatusSummary Summary);

/// <summary>The overdue assignments on a day: the count, and the first of them.</summary>
internal sealed record OverdueAnswer(LocalDate On, int Count, IReadOnlyList<TrackerAssignmentStatus> First);

/// <summary>A task stored, with the number of organisations its leads reached.</summary>
internal sealed record TaskStored(string Id, int Assignments);
