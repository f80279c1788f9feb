using System.Globalization;
using OrgModel.Tenures;

namespace OrgModel.Tests.Tenures;

/// <summary>The one-pass reader that <see cref="Tenure.TryParse(string, out Tenure)"/> tries first: it reads every form it
/// was written for (the forms texts and the term's own formats write most), and whenever it answers, it answers as the general
/// parser does.</summary>
public class TenureCanonicalReaderTests
{
    // The national Party terms the reference data holds (I to XIV), each with its nominal years.
    private static IEnumerable<(int Ordinal, int Start, int End)> NationalPartyTerms()
    {
        for (int ordinal = 1; ordinal <= 30; ordinal++)
        {
            if (Tenure.TryNominalYears(TenureKind.NationalParty, ordinal, out int start, out int end))
            {
                yield return (ordinal, start, end);
            }
        }
    }

    private static IEnumerable<string> CanonicalForms()
    {
        foreach ((int ordinal, int start, int end) in NationalPartyTerms())
        {
            string roman = RomanNumeral.Format(ordinal);
            yield return roman;
            yield return roman.ToLowerInvariant();
            yield return "khóa " + roman;
            yield return "Khóa  " + roman + " ";
            yield return "kho\u0301a " + roman;
            if (end - start == 5)
            {
                // The "F" format with the term's own nominal five years (terms I to V ran longer: the general parser's).
                yield return string.Create(CultureInfo.InvariantCulture, $"khóa {roman} ({start}–{end})");
                yield return string.Create(CultureInfo.InvariantCulture, $"khóa {roman} ( {start} - {end} )");
            }
        }

        for (int start = 1930; start <= 2100; start += 5)
        {
            foreach (string dash in new[] { "–", "-", " - ", " – ", "—" })
            {
                yield return string.Create(CultureInfo.InvariantCulture, $"{start}{dash}{start + 5}");
                yield return string.Create(CultureInfo.InvariantCulture, $"nhiệm kỳ {start}{dash}{start + 5}");
                yield return string.Create(CultureInfo.InvariantCulture, $"  Nhiệm  kỳ  {start}{dash}{start + 5}  ");
            }
        }
    }

    public static TheoryData<string> Forms => [.. CanonicalForms()];

    [Theory]
    [MemberData(nameof(Forms))]
    public void Every_form_it_was_written_for_is_read_in_one_pass_as_the_general_parser_reads_it(string text)
    {
        Assert.Equal(1, TenureCanonicalReader.TryRead(text, out Tenure fast));
        Assert.True(TenureParser.TryParse(text, allowAnyLength: false, out Tenure general, out _, out string? reason), reason);
        Assert.Equal(general, fast);
        Assert.Equal(general.Kind, fast.Kind);
        Assert.Equal(general.Ordinal, fast.Ordinal);
    }

    [Theory]
    // A numeral whose projected years lie beyond the model's, and non-canonical numerals after "khóa": the general parser fails too.
    [InlineData("khóa IIII")]
    [InlineData("khóa VV")]
    [InlineData("MMM")]
    [InlineData("khóa MMM")]
    public void It_refuses_what_the_general_parser_refuses(string text)
    {
        Assert.Equal(0, TenureCanonicalReader.TryRead(text, out _));
        Assert.False(TenureParser.TryParse(text, allowAnyLength: false, out _, out _, out _));
    }

    [Theory]
    // Other forms, other years and other separators are the general parser's.
    [InlineData("khóa XIII (2020–2025)")]
    [InlineData("khóa III (1960–1976)")]
    [InlineData("khóa XIII 2021–2026")]
    [InlineData("khóa XIII (2021–2026")]
    [InlineData("khóa XIII (2021–2026) x")]
    [InlineData("2025–2031")]
    [InlineData("2025–2030 x")]
    [InlineData("20251–2030")]
    [InlineData("2025–2030a")]
    [InlineData("XIII x")]
    [InlineData("Quốc hội khóa XV")]
    [InlineData("khóa\tXIII")]
    [InlineData("nhiệm 2025–2030")]
    [InlineData("2025 x 2030")]
    [InlineData("2025–")]
    [InlineData("202")]
    public void It_leaves_other_forms_to_the_general_parser(string text) =>
        Assert.Equal(TenureCanonicalReader.Unsure, TenureCanonicalReader.TryRead(text, out _));

    // Pieces of real and broken term texts, as TenureValueParseTests joins them, with the fast reader's own separators.
    private static readonly string[] Pieces =
    [
        "khóa", "kho\u0301a", "Khoa", "nhiệm kỳ", "nhiem", "ky", "XIII", "XIV", "III", "IIII", "xv", "IX", "XL", "MM", "2021", "2025",
        "2026", "2030", "2031", "1960", "1976", "–", "-", " - ", "—", "(", ")", "( ", " )", " ", "  ", "\t", "x", "13th", "12345", "9999",
        "Quốc hội", "term",
    ];

    [Property(MaxTest = 5000)]
    public bool Whenever_it_answers_it_answers_as_the_general_parser(byte[] picks, bool glued)
    {
        string s = string.Join(glued ? string.Empty : " ", picks.Take(7).Select(b => Pieces[b % Pieces.Length]));
        int answer = TenureCanonicalReader.TryRead(s, out Tenure fast);
        if (answer == TenureCanonicalReader.Unsure)
        {
            return true;
        }

        bool ok = TenureParser.TryParse(s, allowAnyLength: false, out Tenure general, out _, out _);
        return ok == (answer == 1) && (!ok || (fast == general && fast.Kind == general.Kind && fast.Ordinal == general.Ordinal));
    }
}
