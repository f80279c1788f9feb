namespace OrgModel.Deadlines;

/// <summary>The closed set of deadline kinds found in real instructions.</summary>
/// <remarks>Thread safety: an enum, immutable.</remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(OrgModel.Serialization.Json.EnumJsonConverter<DeadlineKind>))]
public enum DeadlineKind
{
    /// <summary>No deadline: an ongoing task ("thường xuyên"). This is <c>default(Deadline)</c>.</summary>
    None = 0,

    /// <summary>On or before a day: the day named is the last day on time ("by 15 December 2025").</summary>
    OnOrBefore,

    /// <summary>Strictly before a day: the day before the one named is the last day on time.</summary>
    StrictlyBefore,

    /// <summary>Within a calendar month ("in November 2025"); the last day of the month is on time.</summary>
    WithinMonth,

    /// <summary>Within a calendar quarter ("quý I/2026"); the last day of the quarter is on time.</summary>
    WithinQuarter,

    /// <summary>By the end of a year ("by the end of 2025", "năm 2025"); 31 December is on time.</summary>
    ByEndOfYear,

    /// <summary>A period after an anchor ("after 6 months", "sau 6 tháng"): due when the period has run, the anchor plus the period;
    /// the window opens only then, so delivery before it is early.</summary>
    AfterPeriod,

    /// <summary>A number of working days after an anchor ("within 10 working days").</summary>
    WithinWorkingDays,

    /// <summary>A recurring report (monthly, quarterly or yearly) due by a given day of each period.</summary>
    Recurring,

    /// <summary>Within a period of an anchor ("within 6 months", "trong vòng 6 tháng"): on time at any point from the anchor up to
    /// the anchor plus the period, which is the last day on time; nothing is early.</summary>
    WithinPeriod,

    /// <summary>At once, without a date ("immediately", "urgently", "promptly", "prompt"; "ngay", "khẩn trương", "kịp thời", "nhanh chóng", "sớm"): flagged as urgent,
    /// no due date, never overdue.</summary>
    Urgent,

    /// <summary>Before an event whose date the library does not know ("before the election", "before the 15th Congress"): kept
    /// open with the event named (<see cref="Deadline.AnchorEvent"/>), no due date, never overdue. Events the library knows
    /// (congresses and plenums of <see cref="OrgModel.Tenures.TenureFacts"/>) resolve to <see cref="StrictlyBefore"/> their first day.</summary>
    BeforeEvent,
}
