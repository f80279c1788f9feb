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

    /// <summary>Gets the day the first session of the 3rd National Assembly opened. The Vietnam News Agency's record of its
    /// sessions and Dân trí give 27 June 1964 (session 27 June – 3 July); a Wikipedia mirror gives 25 June. Default: 27 June
    /// 1964, as <see cref="OrgModel.Tenures.TenureFacts.NationalAssemblyTerms"/> ships it. Values are ISO dates.</summary>
    public static ConflictingFact NationalAssembly3FirstSession { get; } = new(
        "na-3-first-session",
        "On which day did the first session of the 3rd National Assembly open?",
        [
            new("27 June 1964 (first session 27 June – 3 July 1964).", "1964-06-27",
                ["https://nvsk.vnanet.vn/cac-ky-hop-noi-bat-quoc-hoi-khoa-iii-1-32802.vna",
                 "https://dantri.com.vn/thoi-su/quoc-hoi-khoa-iii-thoi-ky-dat-nuoc-thuc-hien-ca-hai-chien-luoc-cach-mang-20260304085841820.htm"]),
            new("25 June 1964 (first session 25 June – 3 July 1964).", "1964-06-25",
                ["https://www.search.com.vn/wiki/vi/Qu%E1%BB%91c_h%E1%BB%99i_Vi%E1%BB%87t_Nam_kh%C3%B3a_III"]),
        ],
        0);

    /// <summary>Gets the day the first session of the 5th National Assembly opened. The National Assembly portal and a
    /// Wikipedia mirror give 3 June 1975 (session 3–6 June); Báo Hải Dương (2010) gives 6 May 1975. Default: 3 June 1975.
    /// Values are ISO dates.</summary>
    public static ConflictingFact NationalAssembly5FirstSession { get; } = new(
        "na-5-first-session",
        "On which day did the first session of the 5th National Assembly open?",
        [
            new("3 June 1975 (first session 3–6 June 1975).", "1975-06-03",
                ["https://quochoi.vn/tulieuquochoi/tulieu/quochoicackhoa/Pages/khoanam.aspx?ItemID=23994",
                 "https://kampuspedia.com/vi/Qu%E1%BB%91c_h%E1%BB%99i_Vi%E1%BB%87t_Nam_kh%C3%B3a_V"]),
            new("6 May 1975.", "1975-05-06", ["https://baohaiduong.vn/print/332411.html"]),
        ],
        0);

    /// <summary>Gets the day the first session of the 7th National Assembly opened. The National Assembly portal and the
    /// session's summary minutes give 24 June 1981 (a preparatory sitting that afternoon; session 24 June – 4 July); the Vietnam
    /// News Agency's record of the Government and an almanac give 25 June. Default: 24 June 1981. Values are ISO dates.</summary>
    public static ConflictingFact NationalAssembly7FirstSession { get; } = new(
        "na-7-first-session",
        "On which day did the first session of the 7th National Assembly open?",
        [
            new("24 June 1981 (session 24 June – 4 July 1981, opening with a preparatory sitting).", "1981-06-24",
                ["https://noidung.quochoi.vn/tulieuquochoi/tulieu/quochoicackhoa/Pages/khoabay.aspx?ItemID=23992",
                 "https://thuvienphapluat.vn/van-ban/Bo-may-hanh-chinh/Bien-ban-tom-tat-Chuong-trinh-lam-viec-Quoc-hoi-khoa-VII-ky-hop-1-58243.aspx"]),
            new("25 June 1981 (session 25 June – 4 July 1981).", "1981-06-25",
                ["https://nvsk.vnanet.vn/ii-chinh-phu-nhiem-ky-quoc-hoi-khoa-vii-1981-1986-1-34983.vna",
                 "http://maxreading.com/sach-hay/su-kien-lich-su-viet-nam/25-06-1981-ky-hop-thu-1-quoc-hoi-khoa-7-8627.html"]),
        ],
        0);

    /// <summary>Gets the election day of the 10th National Assembly. The National Assembly's resolution confirming its
    /// deputies and the Vietnamese news give 20 July 1997 (the election council's final record is dated 27 July); the English
    /// election portal gives 27 July 1997 as the election date. Default: 20 July 1997. Values are ISO dates.</summary>
    public static ConflictingFact NationalAssembly10Election { get; } = new(
        "na-10-election",
        "On which day was the 10th National Assembly elected?",
        [
            new("20 July 1997 (the election council's final record is of 27 July 1997).", "1997-07-20",
                ["https://luatminhkhue.vn/nghi-quyet-01-nq-1997-qhx.aspx",
                 "https://dantri.com.vn/thoi-su/quoc-hoi-khoa-x-thoi-ky-day-manh-cong-nghiep-hoa-hien-dai-hoa-dat-nuoc-20260311071900281.htm"]),
            new("27 July 1997.", "1997-07-27", ["https://en.baucuquochoi.vn/ky-hop/quoc-hoi-viet-nam-khoa-x-32.vnp"]),
        ],
        0);

    /// <summary>Gets the day of the National Assembly Standing Committee's 34 resolutions on the commune-level units of the
    /// provinces (1654/NQ-UBTVQH15 to 1687/NQ-UBTVQH15). The list of the 34, the texts and the news give 16 June 2025 (the
    /// day the committee adopted them and they came into force); the README of the <c>tinhthanhvn</c> package, which lists the
    /// 34 with the Government portal's signed PDFs, says they were all issued on 18 June 2025. Default: 16 June 2025, as
    /// <see cref="DocumentRegistry.Vietnam"/> ships them. Values are ISO dates.</summary>
    public static ConflictingFact CommuneResolutions2025Date { get; } = new(
        "commune-resolutions-2025-date",
        "On which day were the Standing Committee's 34 resolutions on the commune-level units of the provinces issued?",
        [
            new("16 June 2025 (adopted that day and in force from it).", "2025-06-16",
                ["https://thuviennhadat.vn/phap-luat/tai-file-toan-bo-34-nghi-quyet-sap-xep-don-vi-hanh-chinh-cap-xa-nam-2025-685791.html",
                 "https://www.vietnamplus.vn/135-don-vi-hanh-chinh-cap-xa-cua-tinh-gia-lai-nam-2025-post1045638.vnp",
                 "https://news.laodong.vn/thoi-su/sau-sap-xep-lang-son-co-65-don-vi-hanh-chinh-cap-xa-1524704.ldo"]),
            new("18 June 2025.", "2025-06-18", ["https://github.com/nguyencongcuong/tinhthanhvn"]),
        ],
        0);

    /// <summary>Gets the issuer of Regulation 117-QĐ/TW of 18 August 2023 (apologising to and restoring the rights of Party
    /// organisations and members wrongly disciplined). The news and official pages give the Politburo; the legal database
    /// thuvienphapluat.vn gives the Central Committee as its issuing body (signer Trương Thị Mai). Default: the Politburo, as
    /// <see cref="DocumentRegistry.Vietnam"/> ships it. Values are organisation ids.</summary>
    public static ConflictingFact Regulation117Issuer { get; } = new(
        "regulation-117-issuer",
        "Which body issued Regulation 117-QĐ/TW of 18 August 2023?",
        [
            new("The Politburo.", "vn.party.politburo",
                ["https://www.quanlynhanuoc.vn/2023/10/05/quy-dinh-ve-xin-loi-va-phuc-hoi-quyen-loi-cua-to-chuc-dang-dang-vien-bi-ky-luat-oan-buoc-tien-moi-trong-thi-hanh-dieu-le-dang-hien-nay/",
                 "https://thads.moj.gov.vn/noidung/tintuc/Lists/CongTacDang/View_Detail.aspx?ItemID=224",
                 "https://baotayninh.vn/thuc-hanh-van-hoa-dang-a162923.html"]),
            new("The Central Committee.", "vn.party.central-committee",
                ["https://thuvienphapluat.vn/van-ban/Bo-may-hanh-chinh/Quy-dinh-117-QD-TW-2023-xin-loi-va-phuc-hoi-quyen-loi-cua-to-chuc-dang-dang-vien-bi-ky-luat-oan-576171.aspx"]),
        ],
        0);

    /// <summary>Gets the day Đỗ Văn Chiến was chosen again Chair of the Central Committee of the Vietnam Fatherland Front for
    /// its 10th term (2024–2029). One report gives the closing session of the 10th congress, the morning of 18 October 2024;
    /// VietnamPlus gives the first conference of the 10th Central Committee, 17 October 2024. Default: 18 October 2024, as
    /// <c>OrgModel.Personnel.VietnamLeaders</c> ships the renewed appointment. Values are ISO dates.</summary>
    public static ConflictingFact FatherlandFrontChair2024 { get; } = new(
        "fatherland-front-chair-2024",
        "On which day was Đỗ Văn Chiến chosen again Chair of the Fatherland Front's Central Committee for 2024–2029?",
        [
            new("18 October 2024 (announced at the closing session of the 10th congress).", "2024-10-18",
                ["https://tracuuquyhoach.com/tin-tuc/ong-do-van-chien-tai-dac-cu-chu-tich-mat-tran-to-quoc-viet-nam-50485033"]),
            new("17 October 2024 (the first conference of the 10th Central Committee).", "2024-10-17",
                ["https://www.vietnamplus.vn/tieu-su-chu-tich-uy-ban-trung-uong-mat-tran-to-quoc-viet-nam-do-van-chien-post985978.vnp"]),
        ],
        0);

    /// <summary>Gets the day the Central Committee let Trần Tuấn Anh cease to be a member of the 13th Politburo. The Central
    /// Party Office's communiqué, as Vietnamese papers report it, gives the extraordinary plenum of the morning of 31 January
    /// 2024; an English report gives 30 January, the day he wrote to leave the National Assembly. Default: 31 January 2024,
    /// as <c>OrgModel.Personnel.VietnamLeaders</c> ships the end of his membership. Values are ISO dates.</summary>
    public static ConflictingFact PolitburoTranTuanAnh2024 { get; } = new(
        "politburo-tran-tuan-anh-2024",
        "On which day did the Central Committee let Trần Tuấn Anh cease to be a member of the 13th Politburo?",
        [
            new("31 January 2024 (the extraordinary plenum that morning, in the Central Party Office's communiqué).", "2024-01-31",
                ["https://phapluatchinhsach.vn/ong-tran-tuan-anh-thoi-giu-chuc-uy-vien-bo-chinh-tri.htm",
                 "https://vietnambiz.vn/ong-tran-tuan-anh-thoi-nhiem-vu-dai-bieu-quoc-hoi-202425175739281.htm"]),
            new("30 January 2024 (an English report of his leaving the National Assembly).", "2024-01-30",
                ["https://xe.today/2024/02/05/mr-tran-tuan-anh-resigns-from-the-position-of-national-assembly-representative/"]),
        ],
        0);

    /// <summary>Gets every known conflict, in the order above.</summary>
    public static IReadOnlyList<ConflictingFact> All { get; } =
    [
        Report520, GrassrootsCongressDeadline, NonLocalPosts,
        NationalAssembly3FirstSession, NationalAssembly5FirstSession, NationalAssembly7FirstSession, NationalAssembly10Election,
        CommuneResolutions2025Date, Regulation117Issuer, FatherlandFrontChair2024, PolitburoTranTuanAnh2024,
    ];

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
