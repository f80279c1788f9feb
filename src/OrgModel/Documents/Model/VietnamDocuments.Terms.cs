namespace OrgModel.Documents.Model;

/// <summary>The Party documents of the 13th and 14th terms and the State documents of the 2025 reform that public sources
/// name, each listed with its source in docs/sources.md ("Documents of the 13th and 14th terms").</summary>
/// <remarks>A document is shipped only when a source gives its number, issuer and exact date; a signer only when a
/// source names one, and "on behalf of" only when the source says so. Subjects are paraphrased in English.</remarks>
internal static partial class VietnamDocuments
{
    private const string StandingCommittee = "vn.state.national-assembly-standing-committee";
    private const string NguyenPhuTrong = "Nguyễn Phú Trọng";
    private const string TranThanhMan = "Trần Thanh Mẫn";

    /// <summary>The count of Standing Committee resolutions on the communes of the 34 provinces that the source gives
    /// (thuviennhadat.vn, 16 June 2025), one per province; <see cref="ReformOf2025"/> ships those whose number and province a
    /// source reads.</summary>
    internal const int CommuneResolutionsCountedBySource = 34;

    private static Document[] ThirteenthAndFourteenthTerms() =>
    [
        // The 4th Central Conference of the 13th term (4–7 October 2021).
        D("21-KL/TW", DocumentKind.Conclusion, [CentralCommittee], 2021, 10, 25,
            "Stepping up the building and rectification of the Party and the political system; preventing and strictly handling degradation, \"self-evolution\" and \"self-transformation\"",
            conference: new CentralConferenceNumber(4, 13)),
        D("37-QĐ/TW", DocumentKind.Regulation, [CentralCommittee], 2021, 10, 25, "What Party members must not do",
            conference: new CentralConferenceNumber(4, 13),
            signers: [OnBehalf(NguyenPhuTrong, "Ban Chấp hành Trung ương")],
            relations: [Rel(DocumentRelationKind.Replaces, "47-QĐ/TW", 2011, 11, 1)]),
        D("41-QĐ/TW", DocumentKind.Regulation, [Politburo], 2021, 11, 3, "Dismissal and resignation of officials",
            relations: [Rel(DocumentRelationKind.Replaces, "260-QĐ/TW", 2009, 10, 2)]),

        // 2022: the 5th Central Conference (4–10 May 2022) and the Politburo.
        D("58-QĐ/TW", DocumentKind.Regulation, [Politburo], 2022, 2, 8, "Some issues of protecting the Party's internal politics"),
        D("65-QĐ/TW", DocumentKind.Regulation, [Politburo], 2022, 4, 28, "Rotation of officials",
            relations: [Rel(DocumentRelationKind.Replaces, "98-QĐ/TW", 2017, 10, 7)]),
        D("34-KL/TW", DocumentKind.Conclusion, [Politburo], 2022, 4, 18, "Strategy for the Party's inspection and supervision work to 2030",
            signers: [OnBehalf("Võ Văn Thưởng", "Bộ Chính trị")]),
        D("19-NQ/TW", DocumentKind.Resolution, [CentralCommittee], 2022, 6, 16, "Agriculture, farmers and rural areas to 2030, with a vision to 2045",
            conference: new CentralConferenceNumber(5, 13)),
        D("05-HD/UBKTTW", DocumentKind.Guideline, [InspectionCommission], 2022, 11, 22,
            "Implementing some articles of Regulation 69-QĐ/TW on disciplining Party organisations and members",
            relations: [Rel(DocumentRelationKind.Guides, "69-QĐ/TW", 2022, 7, 6)]),
        // The 6th Central Conference (opened 3 October 2022).
        D("27-NQ/TW", DocumentKind.Resolution, [CentralCommittee], 2022, 11, 9,
            "Continuing to build and perfect the socialist rule-of-law State of Vietnam in the new period",
            conference: new CentralConferenceNumber(6, 13),
            signers: [OnBehalf(NguyenPhuTrong, "Ban Chấp hành Trung ương", "General Secretary")]),
        D("29-NQ/TW", DocumentKind.Resolution, [CentralCommittee], 2022, 11, 17,
            "Continuing to push industrialisation and modernisation to 2030, with a vision to 2045",
            conference: new CentralConferenceNumber(6, 13),
            signers: [OnBehalf(NguyenPhuTrong, "Ban Chấp hành Trung ương", "General Secretary")]),
        D("97-QĐ/TW", DocumentKind.Regulation, [Politburo], 2023, 2, 7,
            "Functions, tasks, powers, structure and working relations of the Party delegations and Party executive committees at the centre"),
        // Its issuer is disputed (KnownConflicts.Regulation117Issuer); the default is the Politburo.
        D("117-QĐ/TW", DocumentKind.Regulation, [Politburo], 2023, 8, 18,
            "Apologising to and restoring the rights of Party organisations and members wrongly disciplined",
            signers: [new DocumentSigner("Trương Thị Mai", SigningCapacity.NotRecorded)]),

        // The 8th Central Conference (2–8 October 2023): its four resolutions, all dated 24 November 2023.
        D("42-NQ/TW", DocumentKind.Resolution, [CentralCommittee], 2023, 11, 24,
            "Continuing to renew and improve the quality of social policies to meet the needs of building and defending the country in the new period",
            conference: new CentralConferenceNumber(8, 13)),
        D("43-NQ/TW", DocumentKind.Resolution, [CentralCommittee], 2023, 11, 24,
            "Continuing to promote the tradition and strength of great national unity to build an ever more prosperous and happy country",
            conference: new CentralConferenceNumber(8, 13)),
        D("44-NQ/TW", DocumentKind.Resolution, [CentralCommittee], 2023, 11, 24, "The Strategy for protecting the Fatherland in the new situation",
            conference: new CentralConferenceNumber(8, 13)),
        D("45-NQ/TW", DocumentKind.Resolution, [CentralCommittee], 2023, 11, 24,
            "Continuing to build and promote the role of the intellectuals to meet the needs of fast and sustainable national development in the new period",
            conference: new CentralConferenceNumber(8, 13)),

        // 2024–2025: the Politburo's resolutions and the rules of the reorganisation.
        D("57-NQ/TW", DocumentKind.Resolution, [Politburo], 2024, 12, 22,
            "Breakthroughs in science, technology, innovation and national digital transformation"),
        D("59-NQ/TW", DocumentKind.Resolution, [Politburo], 2025, 1, 24, "International integration in the new situation"),
        D("264-QĐ/TW", DocumentKind.Regulation, [CentralCommittee], 2025, 2, 14,
            "Amending Regulation 69-QĐ/TW on disciplining Party organisations and members",
            relations: [Rel(DocumentRelationKind.Amends, "69-QĐ/TW", 2022, 7, 6)]),
        D("66-NQ/TW", DocumentKind.Resolution, [Politburo], 2025, 4, 30,
            "Renewing the making and enforcement of law to meet the country's development needs in the new era"),
        D("68-NQ/TW", DocumentKind.Resolution, [Politburo], 2025, 5, 4, "Developing the private economy"),
        D("294-QĐ/TW", DocumentKind.Regulation, [CentralCommittee], 2025, 5, 26, "Implementing the Party Charter (in force 1 July 2025)",
            signers: [OnBehalf(ToLam, "Ban Chấp hành Trung ương", "General Secretary")]),
        D("298-QĐ/TW", DocumentKind.Regulation, [CentralCommittee], 2025, 6, 9,
            "Functions, tasks and apparatus of the commune, ward and special-zone Party committees directly above grassroots organisations"),
        D("304-QĐ/TW", DocumentKind.Decision, [Politburo], 2025, 6, 10,
            "Functions, tasks and apparatus of the agency of the Central Committee of the Vietnam Fatherland Front",
            signers: [OnBehalf(TranCamTu, "Bộ Chính trị", "Politburo member, Permanent Member of the Secretariat")]),
        D("366-QĐ/TW", DocumentKind.Regulation, [Politburo], 2025, 8, 30,
            "Reviewing, evaluating and classifying the quality of collectives and individuals in the political system",
            signers: [OnBehalf(TranCamTu, "Bộ Chính trị", "Politburo member, Permanent Member of the Secretariat")]),
        D("365-QĐ/TW", DocumentKind.Regulation, [Politburo], 2025, 8, 30,
            "Standards for the titles of officials managed by the Central Committee, the Politburo and the Secretariat, and the framework of standards for leaders and managers at all levels",
            signers: [OnBehalf(TranCamTu, "Bộ Chính trị", "Politburo member, Permanent Member of the Secretariat")]),
        D("368-QĐ/TW", DocumentKind.Regulation, [Politburo], 2025, 9, 8,
            "The list of leadership titles, title groups and posts of the political system",
            signers: [OnBehalf(TranCamTu, "Bộ Chính trị", "Politburo member, Permanent Member of the Secretariat")],
            relations: [Rel(DocumentRelationKind.Replaces, "35-KL/TW", 2022, 5, 5)]),
        D("210-KL/TW", DocumentKind.Conclusion, [CentralCommittee], 2025, 11, 12,
            "Continuing to build and perfect the organisation of the political system in the coming period",
            signers: [new DocumentSigner(ToLam, SigningCapacity.NotRecorded, "General Secretary")]),
        D("55-CT/TW", DocumentKind.Directive, [Secretariat], 2025, 12, 22, "Directive of the Secretariat (its subject is not in the sources read)"),

        // January 2026, before and after the 14th Congress.
        D("230-KL/TW", DocumentKind.Conclusion, [Politburo, Secretariat], 2026, 1, 5,
            "Streamlining the mass associations assigned tasks by the Party and State; the model of the Vietnam Cooperative Alliance and the Vietnam Federation of Commerce and Industry",
            signers: [new DocumentSigner(TranCamTu, SigningCapacity.NotRecorded, "Permanent Member of the Secretariat")]),
        D("79-NQ/TW", DocumentKind.Resolution, [Politburo], 2026, 1, 6, "Developing the state economy"),
        D("80-NQ/TW", DocumentKind.Resolution, [Politburo], 2026, 1, 7,
            "Developing Vietnamese culture; 24 November chosen as Vietnamese Culture Day",
            signers: [OnBehalf(ToLam, "Bộ Chính trị", "General Secretary")]),
        // The 14th Politburo's first directive, signed on the congress's last day.
        D("01-CT/TW", DocumentKind.Directive, [Politburo], 2026, 1, 23,
            "Studying, disseminating and implementing the Resolution of the 14th National Party Congress",
            signers: [OnBehalf(ToLam, "Bộ Chính trị", "General Secretary")]),
    ];

    private static Document[] ReformOf2025() =>
    [
        // The Standing Committee's resolutions on the communes of each province, adopted 16 June 2025: thuviennhadat.vn lists
        // all 34 and gives the day; the province of each number is read from the pages listed in docs/sources.md. A signer is
        // shipped where a page names one, "on behalf of" only where it says so.
        Commune("1656/NQ-UBTVQH15", "Hà Nội"),
        Commune("1685/NQ-UBTVQH15", "Hồ Chí Minh City"),
        Commune("1669/NQ-UBTVQH15", "Hải Phòng"),
        Commune("1659/NQ-UBTVQH15", "Đà Nẵng"),
        Commune("1675/NQ-UBTVQH15", "Huế"),
        Commune("1668/NQ-UBTVQH15", "Cần Thơ"),
        Commune("1684/NQ-UBTVQH15", "Tuyên Quang"),
        Commune("1654/NQ-UBTVQH15", "An Giang"),
        Commune("1655/NQ-UBTVQH15", "Cà Mau", SignedBy(TranThanhMan)),
        Commune("1657/NQ-UBTVQH15", "Cao Bằng"),
        Commune("1658/NQ-UBTVQH15", "Bắc Ninh"),
        Commune("1660/NQ-UBTVQH15", "Đắk Lắk"),
        Commune("1661/NQ-UBTVQH15", "Điện Biên"),
        Commune("1662/NQ-UBTVQH15", "Đồng Nai"),
        Commune("1663/NQ-UBTVQH15", "Đồng Tháp"),
        Commune("1664/NQ-UBTVQH15", "Gia Lai", ChairOnBehalf()),
        Commune("1665/NQ-UBTVQH15", "Hà Tĩnh"),
        Commune("1666/NQ-UBTVQH15", "Hưng Yên"),
        Commune("1667/NQ-UBTVQH15", "Khánh Hòa"),
        Commune("1670/NQ-UBTVQH15", "Lai Châu", SignedBy(TranThanhMan)),
        Commune("1671/NQ-UBTVQH15", "Lâm Đồng"),
        Commune("1672/NQ-UBTVQH15", "Lạng Sơn", SignedBy(TranThanhMan)),
        Commune("1673/NQ-UBTVQH15", "Lào Cai"),
        Commune("1674/NQ-UBTVQH15", "Ninh Bình"),
        Commune("1676/NQ-UBTVQH15", "Phú Thọ"),
        Commune("1677/NQ-UBTVQH15", "Quảng Ngãi", SignedBy(TranThanhMan)),
        Commune("1678/NQ-UBTVQH15", "Nghệ An"),
        Commune("1679/NQ-UBTVQH15", "Quảng Ninh", SignedBy(TranThanhMan)),
        Commune("1680/NQ-UBTVQH15", "Quảng Trị", ChairOnBehalf()),
        Commune("1681/NQ-UBTVQH15", "Sơn La", ChairOnBehalf()),
        Commune("1682/NQ-UBTVQH15", "Tây Ninh"),
        Commune("1683/NQ-UBTVQH15", "Thái Nguyên"),
        Commune("1686/NQ-UBTVQH15", "Thanh Hóa"),
        Commune("1687/NQ-UBTVQH15", "Vĩnh Long"),
    ];

    private static Document Commune(string number, string province, DocumentSigner? signer = null) =>
        D(number, DocumentKind.Resolution, [StandingCommittee], 2025, 6, 16, $"Arrangement of the commune-level administrative units of {province} in 2025",
            signers: signer is null ? null : [signer]);

    private static DocumentSigner SignedBy(string name) => new(name, SigningCapacity.NotRecorded);

    // "Thay mặt Ủy ban Thường vụ Quốc hội, Chủ tịch Quốc hội Trần Thanh Mẫn ký" (the pages of 1664, 1680 and 1681).
    private static DocumentSigner ChairOnBehalf() => OnBehalf(TranThanhMan, "Ủy ban Thường vụ Quốc hội", "Chairman of the National Assembly");

    private static DocumentSigner OnBehalf(string name, string body, string? title = null) =>
        new(name, SigningCapacity.OnBehalfOf, title, onBehalfOf: body);
}
