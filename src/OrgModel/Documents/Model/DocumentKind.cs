using OrgModel.Documents;
using OrgModel.Text;

namespace OrgModel.Documents.Model;

/// <summary>
/// A kind of Party or State document (resolution, conclusion, directive, regulation, decision, law, decree, …): its
/// codes in symbols, its Vietnamese and English names and, for Party kinds, which bodies may issue it.
/// </summary>
/// <remarks>
/// <para>One value per kind of text, shared by both systems where both have it: a resolution is <c>NQ</c> in both, a
/// regulation is <c>QĐ</c> (also <c>QĐi</c> in the 12th term) for the Party but <c>QyĐ</c> for the State. Codes can be
/// ambiguous: the Party's <c>QĐ</c> is both <see cref="Regulation"/> and <see cref="Decision"/>, and a National
/// Assembly symbol (<c>202/2025/QH15</c>) carries no code at all. <see cref="KindsFor"/> returns every candidate and
/// <see cref="Resolve"/> picks one with the word written before the number.</para>
/// <para>Values come only from the built-in catalogue (<see cref="All"/>), so reference equality is kind equality.
/// Sources: docs/sources.md (facts.md, sourced-notes.md §1–2, research-notes.md §1.2–1.7, §2).</para>
/// <para>Thread safety: immutable and thread-safe.</para>
/// </remarks>
[JsonConverter(typeof(DocumentKindJsonConverter))]
public sealed class DocumentKind : IEquatable<DocumentKind>
{
    private readonly IssuingAuthority[] authority;

    internal DocumentKind(
        string key,
        string vietnameseName,
        string englishName,
        bool isParty,
        string? partyCode,
        string[] partyCodeVariants,
        bool isState,
        string? stateCode,
        IssuingAuthority[] authority)
    {
        Key = Guard.Against.NullOrWhiteSpace(key);
        VietnameseName = Guard.Against.NullOrWhiteSpace(vietnameseName);
        EnglishName = Guard.Against.NullOrWhiteSpace(englishName);
        IsPartyKind = isParty;
        PartyCode = partyCode;
        PartyCodeVariants = Array.AsReadOnly(partyCodeVariants);
        IsStateKind = isState;
        StateCode = stateCode;
        this.authority = authority;
    }

    /// <summary>Gets the stable key of the kind, lower-case English with hyphens (<c>resolution</c>, <c>official-letter</c>).</summary>
    public string Key { get; }

    /// <summary>Gets the Vietnamese name in lower case (<c>nghị quyết</c>).</summary>
    public string VietnameseName { get; }

    /// <summary>Gets the English name in lower case (<c>resolution</c>).</summary>
    public string EnglishName { get; }

    /// <summary>Gets a value indicating whether the Party issues documents of this kind.</summary>
    public bool IsPartyKind { get; }

    /// <summary>Gets the canonical code in Party symbols (<c>NQ</c>, <c>QĐ</c>), or null when the Party has no code for it
    /// (or no such kind).</summary>
    public string? PartyCode { get; }

    /// <summary>Gets other codes seen in Party symbols for this kind (<c>QĐi</c> for regulations in the 12th term).</summary>
    public IReadOnlyList<string> PartyCodeVariants { get; }

    /// <summary>Gets a value indicating whether the State issues documents of this kind.</summary>
    public bool IsStateKind { get; }

    /// <summary>Gets the code in State symbols (<c>NĐ</c>, <c>QyĐ</c>), or null when State symbols of this kind carry none
    /// (laws, official letters) or the State has no such kind.</summary>
    public string? StateCode { get; }

    /// <summary>Gets the kinds of Party bodies allowed to issue this kind (by a sourced rule or by real documents).</summary>
    public IReadOnlyList<PartyIssuerRole> PartyIssuers =>
        Enum.GetValues<PartyIssuerRole>().Where(r => Authority(r) == IssuingAuthority.Allowed).ToImmutableArray();

    /// <summary>Gets every kind in the catalogue, Party and State.</summary>
    public static IReadOnlyList<DocumentKind> All => DocumentKindCatalogue.All;

    /// <summary>Gets the resolution kind (nghị quyết, <c>NQ</c>).</summary>
    public static DocumentKind Resolution => DocumentKindCatalogue.Resolution;

    /// <summary>Gets the conclusion kind (kết luận, <c>KL</c>), Party only.</summary>
    public static DocumentKind Conclusion => DocumentKindCatalogue.Conclusion;

    /// <summary>Gets the directive kind (chỉ thị, <c>CT</c>).</summary>
    public static DocumentKind Directive => DocumentKindCatalogue.Directive;

    /// <summary>Gets the regulation kind (quy định: Party <c>QĐ</c> or <c>QĐi</c>, State <c>QyĐ</c>).</summary>
    public static DocumentKind Regulation => DocumentKindCatalogue.Regulation;

    /// <summary>Gets the decision kind (quyết định, <c>QĐ</c>).</summary>
    public static DocumentKind Decision => DocumentKindCatalogue.Decision;

    /// <summary>Gets the report kind (báo cáo, <c>BC</c>).</summary>
    public static DocumentKind Report => DocumentKindCatalogue.Report;

    /// <summary>Gets the guideline kind (hướng dẫn, <c>HD</c>).</summary>
    public static DocumentKind Guideline => DocumentKindCatalogue.Guideline;

    /// <summary>Gets the law kind (luật), State only; its symbols carry no kind code.</summary>
    public static DocumentKind Law => DocumentKindCatalogue.Law;

    /// <summary>Gets the decree kind (nghị định, <c>NĐ</c>), State only.</summary>
    public static DocumentKind Decree => DocumentKindCatalogue.Decree;

    /// <summary>Gets the personnel decision kind (quyết định nhân sự).</summary>
    public static DocumentKind PersonnelDecision => DocumentKindCatalogue.PersonnelDecision;

    /// <summary>Gets the rules kind (quy chế).</summary>
    public static DocumentKind Rules => DocumentKindCatalogue.Rules;

    /// <summary>Gets the circular note kind (thông tri).</summary>
    public static DocumentKind CircularNote => DocumentKindCatalogue.CircularNote;

    /// <summary>Gets the notice kind (thông báo).</summary>
    public static DocumentKind Notice => DocumentKindCatalogue.Notice;

    /// <summary>Gets the communiqué kind (thông cáo).</summary>
    public static DocumentKind Communique => DocumentKindCatalogue.Communique;

    /// <summary>Gets the declaration kind (tuyên bố).</summary>
    public static DocumentKind Declaration => DocumentKindCatalogue.Declaration;

    /// <summary>Gets the appeal kind (lời kêu gọi).</summary>
    public static DocumentKind Appeal => DocumentKindCatalogue.Appeal;

    /// <summary>Gets the political platform kind (cương lĩnh chính trị).</summary>
    public static DocumentKind Platform => DocumentKindCatalogue.Platform;

    /// <summary>Gets the party charter kind (điều lệ đảng).</summary>
    public static DocumentKind Charter => DocumentKindCatalogue.Charter;

    /// <summary>Gets the strategy kind (chiến lược).</summary>
    public static DocumentKind Strategy => DocumentKindCatalogue.Strategy;

    /// <summary>Gets the plan kind (kế hoạch).</summary>
    public static DocumentKind Plan => DocumentKindCatalogue.Plan;

    /// <summary>Gets the master plan kind (quy hoạch).</summary>
    public static DocumentKind MasterPlan => DocumentKindCatalogue.MasterPlan;

    /// <summary>Gets the programme kind (chương trình).</summary>
    public static DocumentKind Programme => DocumentKindCatalogue.Programme;

    /// <summary>Gets the scheme kind (đề án).</summary>
    public static DocumentKind Scheme => DocumentKindCatalogue.Scheme;

    /// <summary>Gets the option plan kind (phương án).</summary>
    public static DocumentKind OptionPlan => DocumentKindCatalogue.OptionPlan;

    /// <summary>Gets the project kind (dự án).</summary>
    public static DocumentKind Project => DocumentKindCatalogue.Project;

    /// <summary>Gets the submission kind (tờ trình).</summary>
    public static DocumentKind Submission => DocumentKindCatalogue.Submission;

    /// <summary>Gets the official letter kind (công văn).</summary>
    public static DocumentKind OfficialLetter => DocumentKindCatalogue.OfficialLetter;

    /// <summary>Gets the minutes kind (biên bản).</summary>
    public static DocumentKind Minutes => DocumentKindCatalogue.Minutes;

    /// <summary>Gets the ordinance kind (pháp lệnh).</summary>
    public static DocumentKind Ordinance => DocumentKindCatalogue.Ordinance;

    /// <summary>Gets the order kind (lệnh).</summary>
    public static DocumentKind Order => DocumentKindCatalogue.Order;

    /// <summary>Gets the circular kind (thông tư).</summary>
    public static DocumentKind Circular => DocumentKindCatalogue.Circular;

    /// <summary>Gets the joint circular kind (thông tư liên tịch).</summary>
    public static DocumentKind JointCircular => DocumentKindCatalogue.JointCircular;

    /// <summary>Gets the joint resolution kind (nghị quyết liên tịch).</summary>
    public static DocumentKind JointResolution => DocumentKindCatalogue.JointResolution;

    /// <summary>Gets the official telegram kind (công điện).</summary>
    public static DocumentKind OfficialTelegram => DocumentKindCatalogue.OfficialTelegram;

    /// <summary>Gets the consolidated text kind (văn bản hợp nhất).</summary>
    public static DocumentKind ConsolidatedText => DocumentKindCatalogue.ConsolidatedText;

    /// <summary>Says whether a kind of Party body may issue this kind of document.</summary>
    /// <param name="role">The kind of body.</param>
    /// <returns><see cref="IssuingAuthority.Unknown"/> where the sources are silent, and always
    /// <see cref="IssuingAuthority.NotAllowed"/> for kinds the Party does not issue.</returns>
    /// <exception cref="ArgumentException"><paramref name="role"/> is not a defined value.</exception>
    public IssuingAuthority Authority(PartyIssuerRole role)
    {
        Guard.Against.EnumOutOfRange(role);
        return IsPartyKind ? authority[(int)role] : IssuingAuthority.NotAllowed;
    }

    /// <summary>Says whether a code is this kind's code (or a variant) in a system.</summary>
    /// <param name="code">The canonical code as <see cref="PartyDocumentNumber.KindCode"/> gives it; null for a symbol without one.</param>
    /// <param name="system">The system of the symbol.</param>
    /// <returns>True when a symbol with that code can be of this kind.</returns>
    public bool HasCode(string? code, DocumentSystem system) => system switch
    {
        DocumentSystem.Party => IsPartyKind && code is not null
            && (string.Equals(PartyCode, code, StringComparison.Ordinal) || PartyCodeVariants.Contains(code, StringComparer.Ordinal)),
        DocumentSystem.State => IsStateKind && string.Equals(StateCode, code, StringComparison.Ordinal),
        _ => false,
    };

    /// <summary>Finds a kind by its <see cref="Key"/>.</summary>
    /// <param name="key">The key (<c>resolution</c>), case-insensitive.</param>
    /// <param name="kind">The kind when found.</param>
    /// <returns>True when found; never throws.</returns>
    public static bool TryFromKey(string? key, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out DocumentKind? kind)
    {
        kind = key is null ? null : DocumentKindCatalogue.ByKey(key.Trim());
        return kind is not null;
    }

    /// <summary>Finds the kind named by a word, in Vietnamese or English, any case, with or without diacritics
    /// (<c>Nghị quyết</c>, <c>nghi quyet</c>, <c>Conclusion</c>, <c>Quy định</c>).</summary>
    /// <param name="word">The word.</param>
    /// <param name="kind">The kind when found.</param>
    /// <returns>True when the word names exactly one kind; never throws.</returns>
    public static bool TryFromWord(ReadOnlySpan<char> word, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out DocumentKind? kind)
    {
        kind = DocumentKindCatalogue.ByWord(VietnameseText.Fold(word));
        return kind is not null;
    }

    /// <summary>Finds the kind a citation's kind word names (see <see cref="CitationKindWord"/>).</summary>
    /// <param name="word">The kind word.</param>
    /// <param name="kind">The kind when found.</param>
    /// <returns>True when found; false for <c>default</c> and for words outside this catalogue (a copy, <c>BS</c>).</returns>
    public static bool TryFromCitationKind(CitationKindWord word, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out DocumentKind? kind) =>
        TryFromWord(word.VietnameseName, out kind);

    /// <summary>
    /// Returns every kind a document number can be of, from its kind code (and, for State symbols without one, its issuer):
    /// one for <c>60-NQ/TW</c>, two for <c>232-QĐ/TW</c> (regulation or decision) and for <c>202/2025/QH15</c> (law or
    /// resolution), none for a code outside the catalogue.
    /// </summary>
    /// <param name="number">The document number.</param>
    /// <returns>The candidate kinds, in catalogue order; empty for <c>default</c>.</returns>
    public static IReadOnlyList<DocumentKind> KindsFor(DocumentNumber number) => DocumentKindCatalogue.KindsFor(number);

    /// <summary>
    /// Picks the kind of a document number, using the word written before it when the code is ambiguous
    /// ("Quy định 232-QĐ/TW" is a regulation, "Quyết định 232-QĐ/TW" a decision).
    /// </summary>
    /// <param name="number">The document number.</param>
    /// <param name="word">The kind word found before the number, or null when there is none.</param>
    /// <returns>The kind when exactly one candidate fits (the word, if given, must name a candidate); otherwise null.</returns>
    public static DocumentKind? Resolve(DocumentNumber number, CitationKindWord? word)
    {
        IReadOnlyList<DocumentKind> candidates = KindsFor(number);
        if (word is { } w && TryFromCitationKind(w, out DocumentKind? named))
        {
            return candidates.Contains(named) ? named : null;
        }

        return candidates.Count == 1 ? candidates[0] : null;
    }

    /// <inheritdoc />
    public bool Equals(DocumentKind? other) => ReferenceEquals(this, other);

    /// <inheritdoc />
    public override bool Equals(object? obj) => ReferenceEquals(this, obj);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Key);

    /// <summary>Gets the English name with the Party or State code, e.g. <c>regulation (QĐ/QyĐ)</c>.</summary>
    /// <returns>A readable description.</returns>
    public override string ToString()
    {
        string codes = (PartyCode, StateCode) switch
        {
            (null, null) => string.Empty,
            (string p, null) => $" ({p})",
            (null, string s) => $" ({s})",
            (string p, string s) when p == s => $" ({p})",
            (string p, string s) => $" ({p}/{s})",
        };
        return EnglishName + codes;
    }
}
