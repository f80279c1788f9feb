using OrgModel.Text;

namespace OrgModel.Tenures;

/// <summary>Every reading of a term as texts write it.</summary>
public readonly partial struct Tenure
{
    /// <summary>
    /// Reads a term as <see cref="Parse(string)"/> does, and reports every term the text can stand for. A bare year range
    /// ("the 2026–2031 term") names no kind: in a 2026 text it may be the 14th national Party term, the 16th National
    /// Assembly or the People's Councils elected with it, so all of those are readings; any other text has one reading.
    /// </summary>
    /// <param name="text">The text, in any form <see cref="Parse(string)"/> accepts.</param>
    /// <returns>The readings. <see cref="TenureReadings.Default"/> is what <see cref="Parse(string)"/> returns: a bare range
    /// is a local Party term there, as it always was, because a caller who wanted another kind had to name it.</returns>
    /// <remarks>The readings of a bare range are, in this order: the national Party term and the National Assembly term with
    /// those nominal years (where the reference data, or its five-year projection, has one), the People's Council term of
    /// a National Assembly term with those years (both are elected the same day), and the local Party term when the range
    /// is on the five-year cycle of the 2025–2030 local term. When none of those fits, the local Party term of
    /// <see cref="Parse(string)"/> is the only reading.</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="FormatException">The text is not a term; the message says where and why.</exception>
    public static TenureReadings ReadingsOf(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!TenureParser.TryParse(text, allowAnyLength: false, describe: false, out Tenure parsed, out _, out _, out bool bare))
        {
            _ = Parse(text); // throws the FormatException Parse gives, with its position and reason
        }

        if (!bare)
        {
            return new TenureReadings(text, parsed, [parsed]);
        }

        var readings = new List<Tenure>(4);
        int start = parsed.StartYear;
        int end = parsed.EndYear;
        if (TryFindPartyOrdinal(start, end, out int party))
        {
            readings.Add(new Tenure(TenureKind.NationalParty, start, end, party));
        }

        if (TryFindOrdinal(TenureKind.NationalAssembly, start, end, out int assembly))
        {
            readings.Add(new Tenure(TenureKind.NationalAssembly, start, end, assembly));
            readings.Add(new Tenure(TenureKind.PeoplesCouncil, start, end, null));
        }

        if (IsOnLocalPartyCycle(start) || readings.Count == 0)
        {
            readings.Add(parsed);
        }

        return new TenureReadings(text, parsed, readings);
    }

    // Early national Party terms lasted up to 16 years, so the five-year guess of TryFindOrdinal misses; a walk does not.
    private static bool TryFindPartyOrdinal(int startYear, int endYear, out int ordinal)
    {
        for (int n = TenureData.FirstNationalCongress; TryNominalYears(TenureKind.NationalParty, n, out int s, out int e) && s <= startYear; n++)
        {
            if (s == startYear && e == endYear)
            {
                ordinal = n;
                return true;
            }
        }

        ordinal = 0;
        return false;
    }

    // The 2025–2030 local Party term is in the data (facts.md); local terms follow each other every five years.
    private static bool IsOnLocalPartyCycle(int startYear) => ((startYear - 2025) % NominalLength) == 0;
}
