namespace OrgModel.Deadlines;

/// <summary>The words that introduce a deadline phrase in running text, and so the reason <see cref="DeadlineExtractor"/> took
/// it for a deadline.</summary>
/// <remarks>The cues that say "by when" on their own ("before", "by", "no later than", "until", "by the end of", "within N",
/// "trước", "chậm nhất", the words of urgency) are taken wherever they introduce a phrase the deadline grammar reads; the
/// cues that also introduce plain dates and durations ("in", "trong", "after", "sau", "đến", "tới") only in a sentence
/// that assigns work ("must", "submit", "complete", "phải", "hoàn thành", "báo cáo", "triển khai"...). JSON: the camel-case
/// name ("noLaterThan"). Thread safety: an enum, immutable.</remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(OrgModel.Serialization.Json.EnumJsonConverter<DeadlineCue>))]
public enum DeadlineCue
{
    /// <summary>"before", "trước", "trước ngày", "strictly before": a day or a congress or conference.</summary>
    Before,

    /// <summary>"by", "no later than", "on or before", "until", "chậm nhất": the day named is the last day on time; "đến 15/12/2025",
    /// "tới ngày 15/12" too, but only with a word that assigns work and not in a range ("từ ngày 22/12 đến ngày 23/12", "từ tháng 7 đến tháng 12-2019") nor
    /// after "tính" ("tính đến ngày 5/11", as of).</summary>
    NoLaterThan,

    /// <summary>"by the end of", "until the end of", "before the end of": a month, quarter or year; "đến cuối năm 2025",
    /// "đến hết năm 2025", "tới cuối năm 2025" with a word that assigns work.</summary>
    EndOfPeriod,

    /// <summary>"in November", "in the first quarter of 2026", "trong tháng 11", "trong quý I/2026", "trong năm 2025",
    /// taken only with a word that assigns work in the clause.</summary>
    InPeriod,

    /// <summary>"within 6 months", "within 10 working days"; Vietnamese "trong (vòng) 6 tháng", taken only with a word that
    /// assigns work, because "trong 5 năm qua" is a past period.</summary>
    Within,

    /// <summary>"after 6 months", "sau 6 tháng", taken only with a word that assigns work, because "sau 8 năm thực hiện" may
    /// tell what was achieved.</summary>
    After,

    /// <summary>"immediately", "urgently", "promptly", "ngay", "ngay sau Hội nghị", "khẩn trương", "kịp thời", "nhanh chóng", "sớm" (at the head of an instruction),
    /// or "prompt", "urgent", "quick", "timely", "immediate" on the action a verb of asking asks for ("requested prompt examination"): at once, no date.</summary>
    Urgent,
}
