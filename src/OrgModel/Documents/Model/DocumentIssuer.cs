using OrgModel.Documents;
using OrgModel.Organisations;

namespace OrgModel.Documents.Model;

/// <summary>
/// An issuer code written in document symbols (<c>TW</c>, <c>VPTW</c>, <c>BTCTW</c>, <c>TU</c>, <c>CP</c>, <c>TTg</c>,
/// <c>QH</c>…), with the body or bodies it stands for and, where one exists, the organisations of
/// <see cref="ReferenceData.VietnamReferenceData.OrgChart"/> it maps to.
/// </summary>
/// <remarks>
/// <para>Some codes name one organisation (<c>VPTW</c>: the Central Party Office). <c>TW</c> names three: the Central
/// Committee, the Politburo and the Secretariat all sign <c>/TW</c>. Generic codes (<c>TU</c>: any provincial Party
/// committee; <c>UBND</c>: any People's Committee) map to no single organisation, and some bodies are not in the chart
/// (the Prime Minister, former commissions): then <see cref="Organisations"/> is empty. National Assembly codes carry the
/// legislature (<c>QH15</c>); the catalogue entry is <c>QH</c> and <see cref="LegislatureOf"/> reads the number.</para>
/// <para>Values come only from the built-in catalogue (<see cref="All"/>); reference equality is issuer equality.
/// Sources: docs/sources.md (research-notes.md §1.4, §2; facts.md).</para>
/// <para>Thread safety: immutable and thread-safe.</para>
/// </remarks>
[JsonConverter(typeof(DocumentIssuerJsonConverter))]
public sealed class DocumentIssuer : IEquatable<DocumentIssuer>
{
    internal DocumentIssuer(
        string code,
        DocumentSystem system,
        string vietnameseName,
        string englishName,
        OrgLevel level,
        string[] organisations,
        PartyIssuerRole[] roles,
        bool takesLegislature = false)
    {
        Code = Guard.Against.NullOrWhiteSpace(code);
        System = system;
        VietnameseName = Guard.Against.NullOrWhiteSpace(vietnameseName);
        EnglishName = Guard.Against.NullOrWhiteSpace(englishName);
        Level = level;
        Organisations = organisations.Select(id => OrgId.Parse(id)).ToImmutableArray();
        Roles = Array.AsReadOnly(roles);
        TakesLegislature = takesLegislature;
    }

    /// <summary>Gets the code as written in symbols (<c>TW</c>, <c>ĐU</c>, <c>TTg</c>; <c>QH</c> for <c>QH15</c>).</summary>
    public string Code { get; }

    /// <summary>Gets the system whose symbols use the code.</summary>
    public DocumentSystem System { get; }

    /// <summary>Gets the Vietnamese name of the body (<c>Văn phòng Trung ương Đảng</c>).</summary>
    public string VietnameseName { get; }

    /// <summary>Gets the English name of the body (<c>Office of the Party Central Committee</c>).</summary>
    public string EnglishName { get; }

    /// <summary>Gets the level of the body or bodies.</summary>
    public OrgLevel Level { get; }

    /// <summary>Gets the organisations of the reference chart the code stands for; empty when it names no single one.</summary>
    public IReadOnlyList<OrgId> Organisations { get; }

    /// <summary>Gets the kinds of Party bodies behind the code (three for <c>TW</c>); empty for State codes and where unsure.</summary>
    public IReadOnlyList<PartyIssuerRole> Roles { get; }

    /// <summary>Gets a value indicating whether symbols append the legislature number (<c>QH15</c>, <c>UBTVQH15</c>).</summary>
    public bool TakesLegislature { get; }

    /// <summary>Gets every issuer in the catalogue.</summary>
    public static IReadOnlyList<DocumentIssuer> All => DocumentIssuerCatalogue.All;

    /// <summary>Finds the issuer of a code as a symbol writes it: <c>TW</c>, <c>QH15</c> (the National Assembly),
    /// <c>UBND-VXNV</c> (its first group, <c>UBND</c>).</summary>
    /// <param name="code">The canonical issuer code, as <see cref="PartyDocumentNumber.IssuerCode"/> gives it.</param>
    /// <param name="system">The system of the symbol (Party and State use different codes).</param>
    /// <param name="issuer">The issuer when found.</param>
    /// <returns>True when the code is in the catalogue; never throws.</returns>
    public static bool TryFind(string? code, DocumentSystem system, [NotNullWhen(true)] out DocumentIssuer? issuer)
    {
        issuer = code is null ? null : DocumentIssuerCatalogue.Find(code, system);
        return issuer is not null;
    }

    /// <summary>Finds the issuer of a document number.</summary>
    /// <param name="number">The number.</param>
    /// <param name="issuer">The issuer when found.</param>
    /// <returns>True when the number's issuer code is in the catalogue; false for <c>default</c>.</returns>
    public static bool TryFind(DocumentNumber number, [NotNullWhen(true)] out DocumentIssuer? issuer)
    {
        issuer = null;
        return (number.IsParty || number.IsState)
            && TryFind(number.IssuerCode, number.IsParty ? DocumentSystem.Party : DocumentSystem.State, out issuer);
    }

    /// <summary>Reads the legislature from a National Assembly issuer code: 15 for <c>QH15</c> or <c>UBTVQH15</c>.</summary>
    /// <param name="number">The document number.</param>
    /// <returns>The legislature, or null when the issuer carries none.</returns>
    public static int? LegislatureOf(DocumentNumber number)
    {
        if (!number.IsState)
        {
            return null;
        }

        string code = number.IssuerCode;
        int dash = code.IndexOf('-', StringComparison.Ordinal);
        string first = dash < 0 ? code : code[..dash];
        foreach (string prefix in (ReadOnlySpan<string>)["UBTVQH", "QH"])
        {
            if (DocumentKindCatalogue.IsLegislature(first, prefix)
                && int.TryParse(first.AsSpan(prefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out int n))
            {
                return n;
            }
        }

        return null;
    }

    /// <summary>Says whether an organisation can be the (or one of the) bodies behind this code.</summary>
    /// <param name="organisation">The organisation id.</param>
    /// <returns>True when the code maps to that organisation, or maps to no single organisation (a generic code).</returns>
    public bool CanStandFor(OrgId organisation) => Organisations.Count == 0 || Organisations.Contains(organisation);

    /// <inheritdoc />
    public bool Equals(DocumentIssuer? other) => ReferenceEquals(this, other);

    /// <inheritdoc />
    public override bool Equals(object? obj) => ReferenceEquals(this, obj);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(System, StringComparer.Ordinal.GetHashCode(Code));

    /// <summary>Gets the code and English name, e.g. <c>VPTW (Office of the Party Central Committee)</c>.</summary>
    /// <returns>A readable description.</returns>
    public override string ToString() => $"{Code} ({EnglishName})";
}
