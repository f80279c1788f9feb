using OrgModel.Serialization.Json;

namespace OrgModel.Tasks;

/// <summary>Reads and writes a <see cref="StatusSummary"/> as its six counts, plus <c>noReport</c> when not zero.</summary>
internal sealed class StatusSummaryJsonConverter() : ObjectJsonConverter<StatusSummary, StatusSummaryJsonConverter.State>(Shape)
{
    /// <summary>The members read so far.</summary>
    internal record struct State(int NotDue, int InProgress, int Overdue, int OnTime, int Late, int Early, int NoReport);

    /// <summary>The object form.</summary>
    internal static readonly JsonObjectShape<StatusSummary, State> Shape = new(nameof(StatusSummary),
    [
        new("notDue", static (ref r, ref s) => s.NotDue = JsonRead.Int32(ref r), static (w, n, v) => w.WriteNumber(n, v.NotDue), Required: true),
        new("inProgress", static (ref r, ref s) => s.InProgress = JsonRead.Int32(ref r), static (w, n, v) => w.WriteNumber(n, v.InProgress), Required: true),
        new("overdue", static (ref r, ref s) => s.Overdue = JsonRead.Int32(ref r), static (w, n, v) => w.WriteNumber(n, v.Overdue), Required: true),
        new("completedOnTime", static (ref r, ref s) => s.OnTime = JsonRead.Int32(ref r), static (w, n, v) => w.WriteNumber(n, v.CompletedOnTime), Required: true),
        new("completedLate", static (ref r, ref s) => s.Late = JsonRead.Int32(ref r), static (w, n, v) => w.WriteNumber(n, v.CompletedLate), Required: true),
        new("completedEarly", static (ref r, ref s) => s.Early = JsonRead.Int32(ref r), static (w, n, v) => w.WriteNumber(n, v.CompletedEarly), Required: true),

        // Left out when zero, so summaries from trackers that never give NoReport keep their six-count form.
        new("noReport", static (ref r, ref s) => s.NoReport = JsonRead.Int32(ref r), static (w, n, v) =>
        {
            if (v.NoReport != 0)
            {
                w.WriteNumber(n, v.NoReport);
            }
        }),
    ],
    static (ref s) => new StatusSummary(s.NotDue, s.InProgress, s.Overdue, s.OnTime, s.Late, s.Early, s.NoReport));
}
