using OrgModel.Text;
using OrgModel.Utility;

namespace OrgModel.Organisations;

/// <summary>An organisation of the Party–State system or an administrative unit, with its validity interval.</summary>
/// <remarks>
/// <para>Validity is inclusive at both ends; a null bound means "open" (in force before the modelled period, or still in force).</para>
/// <para>Thread safety: immutable and thread-safe.</para>
/// </remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(OrganisationJsonConverter))]
public sealed class Organisation
{
    /// <summary>Creates an organisation.</summary>
    /// <param name="id">Its stable identifier.</param>
    /// <param name="kind">What it is.</param>
    /// <param name="level">Its tier.</param>
    /// <param name="name">Its Vietnamese name, with diacritics (stored in NFC).</param>
    /// <param name="code">The official code of an administrative unit (ASCII digits), or null.</param>
    /// <param name="validFrom">The first day in force, or null when open.</param>
    /// <param name="validTo">The last day in force, or null when still in force.</param>
    /// <param name="englishName">An English name, or null.</param>
    /// <param name="shortName">A short name or abbreviation, or null.</param>
    /// <param name="unitType">The legal type of an administrative unit; required for <see cref="OrganisationKind.AdministrativeUnit"/>, null otherwise.</param>
    /// <exception cref="ArgumentException">The id is empty, an enum is undefined, the name is blank, the code is not digits,
    /// <paramref name="validTo"/> is before <paramref name="validFrom"/>, or the unit type does not fit the kind.</exception>
    public Organisation(
        OrgId id,
        OrganisationKind kind,
        OrgLevel level,
        string name,
        string? code = null,
        LocalDate? validFrom = null,
        LocalDate? validTo = null,
        string? englishName = null,
        string? shortName = null,
        AdministrativeUnitType? unitType = null)
    {
        Preconditions.CheckArgument(!id.IsEmpty, nameof(id), "An organisation needs a non-empty OrgId.");
        Preconditions.CheckDefined(kind);
        Preconditions.CheckDefined(level);
        Guard.Against.NullOrWhiteSpace(name);
        if (code is not null && (code.Length == 0 || code.Length > 16 || code.AsSpan().ContainsAnyExceptInRange('0', '9')))
        {
            throw new ArgumentException($"An official code is 1–16 ASCII digits, not \"{Preconditions.Quote(code)}\".", nameof(code));
        }

        Preconditions.CheckIso(validFrom);
        Preconditions.CheckIso(validTo);
        if (validFrom is { } f && validTo is { } t && t < f)
        {
            throw new ArgumentException($"The validity ends ({t}) before it starts ({f}).", nameof(validTo));
        }

        if (unitType is { } ut)
        {
            Preconditions.CheckDefined(ut);
            Preconditions.CheckArgument(kind == OrganisationKind.AdministrativeUnit, nameof(unitType), "Only an administrative unit has a unit type.");
        }
        else if (kind == OrganisationKind.AdministrativeUnit)
        {
            throw new ArgumentException("An administrative unit needs a unit type.", nameof(unitType));
        }

        Id = id;
        Kind = kind;
        Level = level;
        Name = VietnameseText.ToNfc(name.Trim());
        Code = code;
        ValidFrom = validFrom;
        ValidTo = validTo;
        EnglishName = string.IsNullOrWhiteSpace(englishName) ? null : englishName.Trim();
        ShortName = string.IsNullOrWhiteSpace(shortName) ? null : VietnameseText.ToNfc(shortName.Trim());
        UnitType = unitType;
    }

    /// <summary>Trusted fast path for the embedded reference data (already NFC, trimmed and checked).</summary>
    internal Organisation(OrgId id, OrganisationKind kind, OrgLevel level, string name, string? code, LocalDate? validFrom, LocalDate? validTo, AdministrativeUnitType? unitType, bool trusted, string? englishName = null, string? shortName = null, ImmutableArray<string> aliases = default)
    {
        _ = trusted;
        AliasArray = aliases.IsDefault ? [] : aliases;
        EnglishName = englishName;
        ShortName = shortName;
        Id = id;
        Kind = kind;
        Level = level;
        Name = name;
        Code = code;
        ValidFrom = validFrom;
        ValidTo = validTo;
        UnitType = unitType;
    }

    /// <summary>Gets the stable identifier.</summary>
    public OrgId Id { get; }

    /// <summary>Gets what the organisation is.</summary>
    public OrganisationKind Kind { get; }

    /// <summary>Gets the tier.</summary>
    public OrgLevel Level { get; }

    /// <summary>Gets the official code of an administrative unit (2 digits for provinces, 3 for districts, 5 for communes), or null.</summary>
    public string? Code { get; }

    /// <summary>Gets the Vietnamese name, with diacritics, in NFC.</summary>
    public string Name { get; }

    /// <summary>Gets the English name, or null.</summary>
    public string? EnglishName { get; }

    /// <summary>Gets the short name or abbreviation, or null.</summary>
    public string? ShortName { get; }

    /// <summary>Gets the other names the organisation is known by, for example the English renderings of the news ("Central
    /// Organizing Committee" for the Central Organisation Commission); <see cref="OrgChart.Search(string)"/> finds them like
    /// <see cref="EnglishName"/>. Empty when there are none.</summary>
    public IReadOnlyList<string> Aliases => AliasArray;

    internal ImmutableArray<string> AliasArray { get; } = [];

    /// <summary>Gets the legal type of an administrative unit, or null for other organisations.</summary>
    public AdministrativeUnitType? UnitType { get; }

    /// <summary>Gets the first day in force, or null when open.</summary>
    public LocalDate? ValidFrom { get; }

    /// <summary>Gets the last day in force (inclusive), or null when still in force.</summary>
    public LocalDate? ValidTo { get; }

    /// <summary>Returns this organisation with other names it is known by (see <see cref="Aliases"/>), replacing any it had.</summary>
    /// <param name="aliases">The names; white space around each is trimmed, and a name given twice is kept once.</param>
    /// <returns>A copy with the aliases; this organisation is unchanged.</returns>
    /// <exception cref="ArgumentException">An alias is null or blank.</exception>
    public Organisation WithAliases(params IEnumerable<string> aliases)
    {
        Guard.Against.Null(aliases);
        var list = new List<string>();
        foreach (string? alias in aliases)
        {
            Preconditions.CheckArgument(!string.IsNullOrWhiteSpace(alias), nameof(aliases), "An alias is a non-blank name.");

            string clean = VietnameseText.ToNfc(alias.Trim());
            if (!list.Contains(clean))
            {
                list.Add(clean);
            }
        }

        return new Organisation(Id, Kind, Level, Name, Code, ValidFrom, ValidTo, UnitType, trusted: true, EnglishName, ShortName, [.. list]);
    }

    /// <summary>Tells whether the organisation is in force on a day.</summary>
    /// <param name="date">The day.</param>
    /// <returns>True when <paramref name="date"/> lies in the validity interval.</returns>
    public bool IsInForceOn(LocalDate date) => (ValidFrom is not { } f || f <= date) && (ValidTo is not { } t || date <= t);

    /// <summary>Returns the name and the identifier.</summary>
    /// <returns>For example <c>Phường Ba Đình (vn.au.2025-07.00004)</c>.</returns>
    public override string ToString() => $"{Name} ({Id})";
}
