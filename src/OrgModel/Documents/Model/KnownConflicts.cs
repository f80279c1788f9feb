namespace OrgModel.Documents.Model;

/// <summary>The facts on which the public sources this library was built from disagree, each with its readings, their
/// sources and the reading the library uses by default.</summary>
/// <remarks>Thread safety: immutable and thread-safe.</remarks>
public static class KnownConflicts
{
    private const string Conclusion201FullTextHcma =
        "https://hcma.vn/ket-luan-so-201kltw-cua-bo-chinh-tri-ban-bi-thu-ve-tinh-hinh-ket-qua-cong-tac-dai-hoi-dang-bo-truc-thuoc-trung-uong-nhiem-ky-2025--2030-va-mot-so-nhiem-vu-thoi-gian-toi-20154.htm";

    private const string Conclusion201NewsVtc =
        "https://vtcnews.vn/bo-tri-xong-100-chu-tich-ubnd-tinh-khong-phai-nguoi-dia-phuong-truoc-15-12-ar984432.html";

    /// <summary>Gets what Report 520-BC/BTCTW (Central Organisation Commission, 27 October 2025) is about. The news on
    /// Conclusion 201-KL/TW describe it as the October 2025 report on the political system and two-tier local government (value <c>two-tier-local-government-report</c>);
    /// the full texts of 201-KL/TW cite it as the summary of the 2025–2030 congresses of the Party organisations directly
    /// under the Central Committee (value <c>congress-summary</c>), and put the October report at 523-BC/BTCTW of 29 October 2025, on which Conclusion
    /// 202-KL/TW rests. Default: the full texts (the congress summary), as <see cref="VietnamDocuments"/> records it.</summary>
    public static ConflictingFact Report520 { get; } = new(
        "report-520-bc-btctw",
        "What is Report 520-BC/BTCTW of 27 October 2025 about?",
        [
            new("The summary of the 2025–2030 congresses of the Party organisations directly under the Central Committee; the October report on the political system and two-tier local government is 523-BC/BTCTW of 29 October 2025.",
                "congress-summary",
                [Conclusion201FullTextHcma,
                 "https://alpha.antv.gov.vn/chinh-tri-2/ket-luan-cua-bo-chinh-tri-ban-bi-thu-ve-tinh-hinh-ket-qua-cong-tac-dai-hoi-dang-bo-truc-thuoc-trung-uong-nhiem-ky-2025-2030-va-mot-so-nhiem-vu-thoi-gian-toi-CDC625657.html",
                 "https://vtcnews.vn/ket-luan-cua-bo-chinh-tri-ve-hoat-dong-chinh-quyen-dia-phuong-2-cap-ar984423.html"]),
            new("The October 2025 report on the political system and two-tier local government.",
                "two-tier-local-government-report",
                [Conclusion201NewsVtc]),
        ],
        0);

    /// <summary>Gets the day by which the grassroots Party congresses of the 2025–2030 round were to be completed. The news
    /// on the congress round give "before 31 July 2025"; Conclusion 163-KL/TW of 6 June 2025, as reported, gives "before
    /// 30 June 2025" (it may have tightened an earlier timetable; the timetable of Directive 45-CT/TW was not found).
    /// Default: 31 July 2025, the day the library's deadline examples use.</summary>
    public static ConflictingFact GrassrootsCongressDeadline { get; } = new(
        "grassroots-congress-deadline-2025",
        "By which day were the grassroots Party congresses of the 2025–2030 round to be completed?",
        [
            new("Before 31 July 2025.", "2025-07-31", ["News reports on the 2025–2030 Party congress round (2025)"]),
            new("Before 30 June 2025 (Conclusion 163-KL/TW, 6 June 2025).",
                "2025-06-30",
                ["https://xaydungchinhsach.chinhphu.vn/thoi-gian-hoan-thanh-to-chuc-dai-hoi-dang-bo-cap-co-so-nam-2025-119250608095751094.htm",
                 "https://baonghean.vn/en/noi-dung-va-thoi-gian-to-chuc-dai-hoi-dang-bo-cac-cap-10297909.html"]),
        ],
        0);

    /// <summary>Gets which provincial posts Conclusion 201-KL/TW (31 October 2025) required to be held by people not from the
    /// province by 15 December 2025. The English news name chairs of provincial People's Committees, heads of inspection
    /// commissions and chief judges of provincial courts; the Vietnamese sources name chairs of provincial People's
    /// Committees, chairs of provincial Party inspection commissions and provincial chief inspectors (court presidents were
    /// already non-local). Default: the Vietnamese sources. The personnel rule for 201-KL/TW checks the posts of both readings.
    /// Values are names of the personnel post kinds, comma-separated.</summary>
    public static ConflictingFact NonLocalPosts { get; } = new(
        "non-local-posts-201-kl-tw",
        "Which provincial posts must be held by non-locals under Conclusion 201-KL/TW?",
        [
            new("Chairs of provincial People's Committees, chairs of provincial Party inspection commissions and provincial chief inspectors.",
                "PeoplesCommitteeChair,InspectionCommissionChair,ChiefInspector",
                [Conclusion201FullTextHcma, Conclusion201NewsVtc, "https://plo.vn/lam-sao-xac-dinh-chu-tich-tinh-khong-phai-nguoi-dia-phuong-post881922.html"]),
            new("Chairs of provincial People's Committees, heads of inspection commissions and chief judges of provincial courts.",
                "PeoplesCommitteeChair,InspectionCommissionChair,ChiefJudge",
                ["https://en.vietnamplus.vn/politburo-secretariat-issue-conclusions-on-party-congresses-upcoming-tasks-post331706.vnp",
                 "https://en.nhandan.vn/politburo-secretariat-issue-conclusions-on-party-congresses-upcoming-tasks-post154885.html"]),
        ],
        0);

    /// <summary>Gets every known conflict, in the order above.</summary>
    public static IReadOnlyList<ConflictingFact> All { get; } = [Report520, GrassrootsCongressDeadline, NonLocalPosts];

    /// <summary>Finds a known conflict by its <see cref="ConflictingFact.Id"/>.</summary>
    /// <param name="id">The id; null finds nothing.</param>
    /// <returns>The conflict, or null.</returns>
    public static ConflictingFact? Find(string? id)
    {
        foreach (ConflictingFact fact in All)
        {
            if (string.Equals(fact.Id, id, StringComparison.Ordinal))
            {
                return fact;
            }
        }

        return null;
    }
}
