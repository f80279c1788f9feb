using Ardalis.GuardClauses;
using OrgModel.Organisations;

namespace OrgModel.Deadlines;

/// <summary>A report the assignees owe on a task: to whom, by when (often a recurring deadline) and what.</summary>
/// <remarks>Thread safety: immutable and thread-safe.</remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(OrgModel.Serialization.Deadlines.ReportingObligationJsonConverter))]
public sealed class ReportingObligation
{
    /// <summary>Creates a reporting obligation.</summary>
    /// <param name="recipient">Who receives the report (for example the Politburo).</param>
    /// <param name="when">When it is due ("in November 2025", "quarterly by day 15 of month 3").</param>
    /// <param name="subject">What the report covers, or null.</param>
    /// <exception cref="ArgumentException"><paramref name="recipient"/> is empty, or <paramref name="when"/> is <see cref="DeadlineKind.None"/>.</exception>
    public ReportingObligation(OrgId recipient, Deadline when, string? subject = null)
    {
        Guard.Against.InvalidInput(recipient, nameof(recipient), r => !r.IsEmpty, "A report has a recipient.");
        Guard.Against.InvalidInput(when, nameof(when), w => w.HasDueDate, "A reporting obligation has a due date.");
        Recipient = recipient;
        When = when;
        Subject = string.IsNullOrWhiteSpace(subject) ? null : Text.VietnameseText.ToNfc(subject.Trim());
    }

    /// <summary>Gets who receives the report.</summary>
    public OrgId Recipient { get; }

    /// <summary>Gets when the report is due.</summary>
    public Deadline When { get; }

    /// <summary>Gets what the report covers, or null.</summary>
    public string? Subject { get; }

    /// <inheritdoc />
    public override string ToString() => $"report to {Recipient} {When}" + (Subject is null ? string.Empty : $": {Subject}");
}
