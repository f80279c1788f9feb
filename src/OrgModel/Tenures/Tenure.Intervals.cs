namespace OrgModel.Tenures;

/// <summary>The actual intervals, arithmetic and overlap of terms.</summary>
public readonly partial struct Tenure
{
    /// <summary>
    /// The day the term actually began, where the reference data gives it: the official opening of the national Party
    /// congress, or the opening of the National Assembly's first session. Null for local kinds and unknown dates.
    /// </summary>
    public LocalDate? ActualStart => kind switch
    {
        TenureKind.NationalParty when IsInReferenceData(kind, ordinal) && IsDataTerm() => TenureData.FindNationalCongress(ordinal)!.Opening,
        TenureKind.NationalAssembly when IsInReferenceData(kind, ordinal) && IsDataTerm() => TenureData.FindNationalAssembly(ordinal)!.FirstSessionOpening,
        _ => null,
    };

    /// <summary>
    /// The day the next term of the same kind actually began (exclusive end of this term), where the data gives it.
    /// Null when the term is still in force as far as the data knows, or when that day is not in the data.
    /// </summary>
    public LocalDate? ActualEnd
    {
        get
        {
            if (ActualStart is null)
            {
                return null;
            }

            return kind == TenureKind.NationalParty
                ? TenureData.FindNationalCongress(ordinal + 1)?.Opening
                : TenureData.FindNationalAssembly(ordinal + 1)?.FirstSessionOpening;
        }
    }

    /// <summary>
    /// Whether the term was in force on a date by its actual interval, or null when the reference data cannot tell
    /// (local kinds, a start or end not in the data).
    /// </summary>
    /// <param name="date">The date.</param>
    /// <returns>True, false, or null when unknown.</returns>
    public bool? IsInForceOn(LocalDate date)
    {
        LocalDate? start = ActualStart;
        if (start is null)
        {
            return null;
        }

        if (date < start.Value)
        {
            return false;
        }

        LocalDate? end = ActualEnd;
        if (end is not null)
        {
            return date < end.Value;
        }

        if (kind == TenureKind.NationalParty)
        {
            // The latest congress in the data: its term is in force until a later one is recorded.
            return true;
        }

        // A National Assembly sits until its successor's first session, which follows the successor's election.
        NationalAssemblyTerm? successor = TenureData.FindNationalAssembly(ordinal + 1);
        if (successor is not null)
        {
            return date < successor.Election ? true : null;
        }

        return true;
    }

    /// <summary>Whether a date lies in the term's actual interval (see <see cref="IsInForceOn"/>).</summary>
    /// <param name="date">The date.</param>
    /// <returns>True when the term was in force on that date.</returns>
    /// <exception cref="InvalidOperationException">The reference data does not determine the answer (local kinds, unknown dates).</exception>
    public bool Contains(LocalDate date) =>
        IsInForceOn(date) ?? throw new InvalidOperationException($"The reference data does not tell whether the term {ToString("F", null)} was in force on {date:uuuu-MM-dd}.");

    /// <summary>Whether the nominal years of two terms overlap (half-open: 2021–2026 and 2026–2031 do not overlap).</summary>
    /// <param name="other">The other term, of any kind.</param>
    /// <returns>True when the year ranges share at least one year.</returns>
    public bool OverlapsYears(Tenure other) => startYear < other.endYear && other.startYear < endYear;

    /// <summary>The next term of the same kind: the next ordinal for national terms, the following five years for local ones.</summary>
    /// <returns>The next term.</returns>
    /// <exception cref="InvalidOperationException">The next term would be outside the supported years.</exception>
    public Tenure Next()
    {
        if (ordinal != 0)
        {
            if (TryNominalYears(kind, ordinal + 1, out int s, out int e))
            {
                return new Tenure(kind, s, e, ordinal + 1);
            }

            if (ordinal + 1 < (kind == TenureKind.NationalParty ? TenureData.FirstNationalCongress : TenureData.FirstNationalAssembly)
                && endYear + NominalLength <= MaxYear)
            {
                // An explicit historical term before the data: the next one starts when this one ends.
                return new Tenure(kind, endYear, endYear + NominalLength, ordinal + 1);
            }

            throw new InvalidOperationException($"The term after {ToString("F", null)} is outside the supported range.");
        }

        return endYear + NominalLength <= MaxYear
            ? new Tenure(kind, endYear, endYear + NominalLength, null)
            : throw new InvalidOperationException($"The term after {ToString("F", null)} would end after {MaxYear}.");
    }

    /// <summary>The previous term of the same kind: the previous ordinal for national terms, the five years before for local ones.</summary>
    /// <returns>The previous term.</returns>
    /// <exception cref="InvalidOperationException">The reference data does not give the previous national term's years, or
    /// the previous local term would start before 1930.</exception>
    public Tenure Previous()
    {
        if (ordinal != 0)
        {
            return ordinal > 1 && TryNominalYears(kind, ordinal - 1, out int s, out int e)
                ? new Tenure(kind, s, e, ordinal - 1)
                : throw new InvalidOperationException($"The reference data does not give the years of the term before {ToString("F", null)}.");
        }

        return startYear - NominalLength >= MinYear
            ? new Tenure(kind, startYear - NominalLength, startYear, null)
            : throw new InvalidOperationException($"The term before {ToString("F", null)} would start before {MinYear}.");
    }

    /// <summary>True when this term has the years the reference data (or its five-year projection) gives for its ordinal.</summary>
    private bool IsDataTerm() => TryNominalYears(kind, ordinal, out int s, out int e) && s == startYear && e == endYear;
}
