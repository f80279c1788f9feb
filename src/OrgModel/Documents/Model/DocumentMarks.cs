using OrgModel.Text;

namespace OrgModel.Documents.Model;

/// <summary>Names and spellings of confidentiality marks, urgency marks and signing formulas.</summary>
/// <remarks>Sources: facts.md (marks, formulas); research-notes.md §1.8–1.9; sourced-notes.md §2, §5.
/// Thread safety: pure functions; thread-safe.</remarks>
public static class DocumentMarks
{
    /// <summary>Gets the mark as stamped (<c>Mật</c>, <c>Tối mật</c>, <c>Tuyệt mật</c>), or an empty string for none.</summary>
    /// <param name="mark">The mark.</param>
    /// <returns>The Vietnamese mark.</returns>
    public static string VietnameseName(ConfidentialityMark mark) => mark switch
    {
        ConfidentialityMark.Confidential => "Mật",
        ConfidentialityMark.Secret => "Tối mật",
        ConfidentialityMark.TopSecret => "Tuyệt mật",
        _ => string.Empty,
    };

    /// <summary>Gets the mark as stamped (<c>Khẩn</c>, <c>Thượng khẩn</c>, <c>Hỏa tốc</c>), or an empty string for none.</summary>
    /// <param name="mark">The mark.</param>
    /// <returns>The Vietnamese mark.</returns>
    public static string VietnameseName(UrgencyMark mark) => mark switch
    {
        UrgencyMark.Urgent => "Khẩn",
        UrgencyMark.VeryUrgent => "Thượng khẩn",
        UrgencyMark.Immediate => "Hỏa tốc",
        _ => string.Empty,
    };

    /// <summary>Reads a confidentiality mark in Vietnamese or English, any case, with or without diacritics
    /// (<c>TỐI MẬT</c>, <c>toi mat</c>, <c>secret</c>).</summary>
    /// <param name="text">The mark.</param>
    /// <param name="mark">The mark when recognised.</param>
    /// <returns>True when recognised; never throws.</returns>
    public static bool TryParseConfidentiality(ReadOnlySpan<char> text, out ConfidentialityMark mark)
    {
        mark = VietnameseText.Fold(text) switch
        {
            "mat" or "confidential" => ConfidentialityMark.Confidential,
            "toi mat" or "secret" => ConfidentialityMark.Secret,
            "tuyet mat" or "top secret" => ConfidentialityMark.TopSecret,
            _ => ConfidentialityMark.None,
        };
        return mark != ConfidentialityMark.None;
    }

    /// <summary>Reads an urgency mark in Vietnamese or English, any case, with or without diacritics
    /// (<c>HỎA TỐC</c>, <c>hoa toc</c>, <c>Hoả tốc</c>, <c>very urgent</c>).</summary>
    /// <param name="text">The mark.</param>
    /// <param name="mark">The mark when recognised.</param>
    /// <returns>True when recognised; never throws.</returns>
    public static bool TryParseUrgency(ReadOnlySpan<char> text, out UrgencyMark mark)
    {
        mark = VietnameseText.Fold(text) switch
        {
            "khan" or "urgent" => UrgencyMark.Urgent,
            "thuong khan" or "very urgent" => UrgencyMark.VeryUrgent,
            "hoa toc" or "immediate" => UrgencyMark.Immediate,
            _ => UrgencyMark.None,
        };
        return mark != UrgencyMark.None;
    }

    /// <summary>Gets the Party signing formula (<c>T/M</c>, <c>K/T</c>, <c>T/L</c>, <c>T/UQ</c>), or an empty string
    /// for capacities without one.</summary>
    /// <param name="capacity">The capacity.</param>
    /// <returns>The formula.</returns>
    public static string PartyFormula(SigningCapacity capacity) => capacity switch
    {
        SigningCapacity.OnBehalfOf => "T/M",
        SigningCapacity.Deputy => "K/T",
        SigningCapacity.ByOrder => "T/L",
        SigningCapacity.ByAuthorisation => "T/UQ",
        _ => string.Empty,
    };

    /// <summary>Gets the State signing formula of Decree 30/2020/NĐ-CP (<c>TM.</c>, <c>KT.</c>, <c>TL.</c>,
    /// <c>TUQ.</c>, <c>Q.</c>), or an empty string for capacities without one.</summary>
    /// <param name="capacity">The capacity.</param>
    /// <returns>The formula.</returns>
    public static string StateFormula(SigningCapacity capacity) => capacity switch
    {
        SigningCapacity.OnBehalfOf => "TM.",
        SigningCapacity.Deputy => "KT.",
        SigningCapacity.ByOrder => "TL.",
        SigningCapacity.ByAuthorisation => "TUQ.",
        SigningCapacity.Acting => "Q.",
        _ => string.Empty,
    };

    /// <summary>Reads a signing formula in either system's spelling (<c>T/M</c>, <c>TM.</c>, <c>t/m</c>, <c>K/T</c>,
    /// <c>KT.</c>, <c>T/L</c>, <c>TL.</c>, <c>T/UQ</c>, <c>TUQ.</c>, <c>Q.</c>).</summary>
    /// <param name="text">The formula.</param>
    /// <param name="capacity">The capacity when recognised.</param>
    /// <returns>True when recognised; never throws.</returns>
    public static bool TryParseFormula(ReadOnlySpan<char> text, out SigningCapacity capacity)
    {
        Span<char> letters = stackalloc char[8];
        int n = 0;
        foreach (char c in text)
        {
            if (c is '/' or '.' || char.IsWhiteSpace(c))
            {
                continue;
            }

            if (n == letters.Length || !char.IsAsciiLetter(c))
            {
                capacity = SigningCapacity.NotRecorded;
                return false;
            }

            letters[n++] = char.ToUpperInvariant(c);
        }

        capacity = letters[..n] switch
        {
            "TM" => SigningCapacity.OnBehalfOf,
            "KT" => SigningCapacity.Deputy,
            "TL" => SigningCapacity.ByOrder,
            "TUQ" => SigningCapacity.ByAuthorisation,
            "Q" => SigningCapacity.Acting,
            _ => SigningCapacity.NotRecorded,
        };
        return capacity != SigningCapacity.NotRecorded;
    }
}
