using OrgModel.Documents;
using OrgModel.Text;

namespace OrgModel.Documents.Model;

/// <summary>The built-in catalogue of document kinds.</summary>
/// <remarks>
/// <para>Names and codes: facts.md ("Document identifiers"), sourced-notes.md §1–2 (Decree 30/2020/NĐ-CP table),
/// research-notes.md §1.2–1.3, §2. Codes marked [L] in the notes (ĐA, PA, DA, BB for Party kinds) are kept because real
/// symbols use them; codes never seen (Party communiqué, declaration, appeal, platform, charter, strategy, master plan)
/// are null.</para>
/// <para>Authority strings give, in <see cref="PartyIssuerRole"/> order (congress, Central Committee, Politburo,
/// Secretariat, central agency, provincial committee, grassroots executive committee, grassroots standing committee,
/// Party cell), 'A' allowed, 'N' not allowed, '?' unknown. Sources: research-notes.md §1.7 (grassroots lists of
/// 399-QĐ/TW [L]; platform, charter and strategy are congress/Central Committee instruments [M]; old-regime list for
/// the congress [M]) and real symbols of §1.3–1.4 and §6 (a body that issued a kind is allowed it).</para>
/// </remarks>
internal static class DocumentKindCatalogue
{
    private const bool Party = true;
    private const bool State = true;
    private const bool No = false;

    public static readonly DocumentKind Resolution = K("resolution", "nghị quyết", "resolution", Party, "NQ", State, "NQ", "AA???AAAA");
    public static readonly DocumentKind Conclusion = K("conclusion", "kết luận", "conclusion", Party, "KL", No, null, "?AAA?AAAA");
    public static readonly DocumentKind Directive = K("directive", "chỉ thị", "directive", Party, "CT", State, "CT", "??AA?ANNN");
    public static readonly DocumentKind Regulation = K("regulation", "quy định", "regulation", Party, "QĐ", State, "QyĐ", "?AAA??AAN", "QĐi", "QyĐ");
    public static readonly DocumentKind Decision = K("decision", "quyết định", "decision", Party, "QĐ", State, "QĐ", "?AA???AAA");
    public static readonly DocumentKind PersonnelDecision = K("personnel-decision", "quyết định nhân sự", "personnel decision", Party, "QĐNS", No, null, "??A???NNN");
    public static readonly DocumentKind Rules = K("rules", "quy chế", "rules", Party, "QC", State, "QC", "A??A??ANA");
    public static readonly DocumentKind CircularNote = K("circular-note", "thông tri", "circular note", Party, "TT", No, null, "?????ANNN");
    public static readonly DocumentKind Guideline = K("guideline", "hướng dẫn", "guideline", Party, "HD", State, "HD", "????A?NAN");
    public static readonly DocumentKind Notice = K("notice", "thông báo", "notice", Party, "TB", State, "TB", "A?A?A?AAA");
    public static readonly DocumentKind Communique = K("communique", "thông cáo", "communiqué", Party, null, State, "TC", "A?????NNN");
    public static readonly DocumentKind Declaration = K("declaration", "tuyên bố", "declaration", Party, null, No, null, "A?????NNN");
    public static readonly DocumentKind Appeal = K("appeal", "lời kêu gọi", "appeal", Party, null, No, null, "A?????NNN");
    public static readonly DocumentKind Platform = K("platform", "cương lĩnh chính trị", "political platform", Party, null, No, null, "A?NNNNNNN");
    public static readonly DocumentKind Charter = K("charter", "điều lệ đảng", "party charter", Party, null, No, null, "A?NNNNNNN");
    public static readonly DocumentKind Strategy = K("strategy", "chiến lược", "strategy", Party, null, No, null, "AANNNNNNN");
    public static readonly DocumentKind Report = K("report", "báo cáo", "report", Party, "BC", State, "BC", "????A?AAA");
    public static readonly DocumentKind Plan = K("plan", "kế hoạch", "plan", Party, "KH", State, "KH", "????AAAAA");
    public static readonly DocumentKind MasterPlan = K("master-plan", "quy hoạch", "master plan", Party, null, No, null, "??????AAA");
    public static readonly DocumentKind Programme = K("programme", "chương trình", "programme", Party, "CTr", State, "CTr", "?????AAAA", "CTHĐ");
    public static readonly DocumentKind Scheme = K("scheme", "đề án", "scheme", Party, "ĐA", State, "ĐA", "??????AAA");
    public static readonly DocumentKind OptionPlan = K("option-plan", "phương án", "option plan", Party, "PA", State, "PA", "??????AAA");
    public static readonly DocumentKind Project = K("project", "dự án", "project", Party, "DA", State, "DA", "??????AAA");
    public static readonly DocumentKind Submission = K("submission", "tờ trình", "submission", Party, "TTr", State, "TTr", "????A?AAA");
    public static readonly DocumentKind OfficialLetter = K("official-letter", "công văn", "official letter", Party, "CV", State, null, "????AAAAA");
    public static readonly DocumentKind Minutes = K("minutes", "biên bản", "minutes", Party, "BB", State, "BB", "??????AAA");
    public static readonly DocumentKind Law = K("law", "luật", "law", No, null, State, null, "NNNNNNNNN");
    public static readonly DocumentKind Ordinance = K("ordinance", "pháp lệnh", "ordinance", No, null, State, "PL", "NNNNNNNNN");
    public static readonly DocumentKind Order = K("order", "lệnh", "order", No, null, State, "L", "NNNNNNNNN");
    public static readonly DocumentKind Decree = K("decree", "nghị định", "decree", No, null, State, "NĐ", "NNNNNNNNN");
    public static readonly DocumentKind Circular = K("circular", "thông tư", "circular", No, null, State, "TT", "NNNNNNNNN");
    public static readonly DocumentKind JointCircular = K("joint-circular", "thông tư liên tịch", "joint circular", No, null, State, "TTLT", "NNNNNNNNN");
    public static readonly DocumentKind JointResolution = K("joint-resolution", "nghị quyết liên tịch", "joint resolution", No, null, State, "NQLT", "NNNNNNNNN");
    public static readonly DocumentKind OfficialTelegram = K("official-telegram", "công điện", "official telegram", No, null, State, "CĐ", "NNNNNNNNN");
    public static readonly DocumentKind ConsolidatedText = K("consolidated-text", "văn bản hợp nhất", "consolidated text", No, null, State, "VBHN", "NNNNNNNNN");

    private static readonly DocumentKind[] Kinds =
    [
        Resolution, Conclusion, Directive, Regulation, Decision, PersonnelDecision, Rules, CircularNote, Guideline, Notice,
        Communique, Declaration, Appeal, Platform, Charter, Strategy, Report, Plan, MasterPlan, Programme, Scheme, OptionPlan,
        Project, Submission, OfficialLetter, Minutes, Law, Ordinance, Order, Decree, Circular, JointCircular, JointResolution,
        OfficialTelegram, ConsolidatedText,
    ];

    private static readonly FrozenDictionary<string, DocumentKind> Keys =
        Kinds.ToFrozenDictionary(k => k.Key, StringComparer.OrdinalIgnoreCase);

    // Folded Vietnamese and English names; "chương trình hành động" (action programme, CTHĐ) is a programme.
    private static readonly FrozenDictionary<string, DocumentKind> Words = CreateWords();

    public static IReadOnlyList<DocumentKind> All { get; } = Array.AsReadOnly(Kinds);

    public static DocumentKind? ByKey(string key) => Keys.GetValueOrDefault(key);

    public static DocumentKind? ByWord(string folded) => Words.GetValueOrDefault(folded);

    public static IReadOnlyList<DocumentKind> KindsFor(DocumentNumber number)
    {
        if (number.IsParty)
        {
            return Matching(number.KindCode, DocumentSystem.Party);
        }

        if (!number.IsState)
        {
            return ImmutableArray<DocumentKind>.Empty;
        }

        if (number.KindCode is not null)
        {
            return Matching(number.KindCode, DocumentSystem.State);
        }

        // A State symbol without a kind code: National Assembly laws and resolutions (QH15), Standing Committee
        // ordinances and resolutions (UBTVQH15), otherwise an official letter (Decree 30/2020/NĐ-CP).
        string issuer = number.IssuerCode;
        if (IsLegislature(issuer, "QH"))
        {
            return ImmutableArray.Create(Law, Resolution);
        }

        return IsLegislature(issuer, "UBTVQH") ? ImmutableArray.Create(Ordinance, Resolution) : ImmutableArray.Create(OfficialLetter);
    }

    internal static bool IsLegislature(string issuer, string prefix)
    {
        if (issuer.Length <= prefix.Length || !issuer.StartsWith(prefix, StringComparison.Ordinal))
        {
            return false;
        }

        foreach (char c in issuer.AsSpan(prefix.Length))
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return true;
    }

    private static ImmutableArray<DocumentKind> Matching(string? code, DocumentSystem system) => Kinds.Where(k => k.HasCode(code, system)).ToImmutableArray();

    private static DocumentKind K(
        string key, string vietnamese, string english, bool isParty, string? partyCode, bool isState, string? stateCode, string authority, params string[] variants)
    {
        var table = new IssuingAuthority[Enum.GetValues<PartyIssuerRole>().Length];
        for (int i = 0; i < table.Length; i++)
        {
            table[i] = authority[i] switch
            {
                'A' => IssuingAuthority.Allowed,
                'N' => IssuingAuthority.NotAllowed,
                _ => IssuingAuthority.Unknown,
            };
        }

        string[] partyVariants = [.. variants.Where(v => !string.Equals(v, partyCode, StringComparison.Ordinal))];
        return new DocumentKind(key, vietnamese, english, isParty, partyCode, partyVariants, isState, stateCode, table);
    }

    private static FrozenDictionary<string, DocumentKind> CreateWords()
    {
        var words = new Dictionary<string, DocumentKind>(StringComparer.Ordinal);
        foreach (DocumentKind kind in Kinds)
        {
            words[VietnameseText.Fold(kind.VietnameseName)] = kind;
            words[VietnameseText.Fold(kind.EnglishName)] = kind;
        }

        words[VietnameseText.Fold("chương trình hành động")] = Programme;
        words["action programme"] = Programme;
        words["action program"] = Programme;
        words["program"] = Programme;
        words["communique"] = Communique;
        words["guidance"] = Guideline;
        words["guidelines"] = Guideline;
        words["official dispatch"] = OfficialLetter;
        words["dieu le"] = Charter;
        words["charter"] = Charter;
        words["cuong linh"] = Platform;
        words["platform"] = Platform;
        return words.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
