using System.Text;
using FsCheck;
using FsCheck.Fluent;
using OrgModel.Documents;
using OrgModel.Testing;

namespace OrgModel.Tests.Documents;

[Properties(Arbitrary = [typeof(OrgArbitraries)])]
public class DocumentNumberProperties
{
    [Property]
    public void Party_format_parse_round_trips(PartyDocumentNumber n)
    {
        Assert.Equal(n, PartyDocumentNumber.Parse(n.ToString()));
        Assert.True(PartyDocumentNumber.TryParse(n.ToString().AsSpan(), out var viaSpan));
        Assert.Equal(n, viaSpan);
    }

    [Property]
    public void State_format_parse_round_trips(StateDocumentNumber n)
    {
        Assert.Equal(n, StateDocumentNumber.Parse(n.ToString()));
        Assert.True(StateDocumentNumber.TryParse(n.ToString().AsSpan(), out var viaSpan));
        Assert.Equal(n, viaSpan);
    }

    [Property]
    public void Any_number_round_trips_and_keeps_its_form(DocumentNumber n)
    {
        var back = DocumentNumber.Parse(n.ToString());
        Assert.Equal(n, back);
        Assert.Equal(n.IsParty, back.IsParty);
        Assert.Equal(n.GetHashCode(), back.GetHashCode());
    }

    [Property]
    public void TryFormat_writes_what_ToString_returns(DocumentNumber n)
    {
        Span<char> buffer = stackalloc char[256];
        Assert.True(n.TryFormat(buffer, out int written, default, null));
        Assert.Equal(n.ToString(), buffer[..written].ToString());
        if (written > 0)
        {
            Assert.False(n.TryFormat(buffer[..(written - 1)], out int none, default, null));
            Assert.Equal(0, none);
        }
    }

    [Property]
    public Property Every_variant_spelling_parses_to_the_same_value() =>
        Prop.ForAll(
            OrgGenerators.DocumentNumberValue.SelectMany(n => OrgGenerators.DocumentNumberSpelling(n).Select(s => (n, s))).ToArbitrary(),
            pair => DocumentNumber.Parse(pair.s) == pair.n);

    [Property]
    public Property Known_codes_survive_D_for_Đ_and_lower_case() =>
        Prop.ForAll(
            OrgGenerators.KnownDocumentNumberValue.ToArbitrary(),
            n => DocumentNumber.Parse(n.ToString().Replace('Đ', 'D').ToLowerInvariant()) == n);

    [Property(MaxTest = 300)]
    public void TryParse_never_throws_on_any_string(string? text)
    {
        bool ok = DocumentNumber.TryParse(text, out var n);
        Assert.Equal(ok, PartyDocumentNumber.TryParse(text, out _) || StateDocumentNumber.TryParse(text, out _));
        if (!ok)
        {
            Assert.Equal(default, n);
            if (text is not null)
            {
                var e = Assert.Throws<FormatException>(() => DocumentNumber.Parse(text));
                Assert.Contains("at character", e.Message, StringComparison.Ordinal);
            }
        }
    }

    [Property]
    public Property TryParse_never_throws_on_near_symbols() =>
        Prop.ForAll(
            OrgGenerators.CitationLikeText.ToArbitrary(),
            text => DocumentNumber.TryParse(text, out _) || !DocumentNumber.TryParse(text, out _));

    [Property]
    public void Equality_and_ordering_agree(DocumentNumber a, DocumentNumber b)
    {
        Assert.Equal(a == b, a.CompareTo(b) == 0);
        Assert.Equal(Math.Sign(a.CompareTo(b)), -Math.Sign(b.CompareTo(a)));
        Assert.Equal(a < b, b > a);
        Assert.Equal(a.Equals(b), a.ToString() == b.ToString());
    }

    [Property]
    public void Ordering_is_transitive(DocumentNumber a, DocumentNumber b, DocumentNumber c)
    {
        if (a <= b && b <= c)
        {
            Assert.True(a <= c);
        }
    }

    [Property]
    public void Party_kind_is_ambiguous_only_for_QĐ(PartyDocumentNumber n)
    {
        Assert.Equal(n.KindCode == "QĐ", n.IsKindAmbiguous);
    }

    [Property]
    public void Citation_extraction_finds_every_generated_number_in_prose(DocumentNumber n, CitationKindWord kind)
    {
        string text = $"Theo {kind.VietnameseName} số {n}, ngày 12/4/2025, và theo văn bản khác.";
        var c = Assert.Single(CitationExtractor.Extract(text));
        Assert.Equal(n, c.Number);
        Assert.Equal(n.ToString(), text.Substring(c.Start, c.Length));
        Assert.Equal(new NodaTime.LocalDate(2025, 4, 12), c.Date);
        Assert.NotNull(c.KindStart);
        Assert.Equal(kind.EnglishName, c.Kind!.Value.EnglishName);
    }

    [Property(MaxTest = 300)]
    public void Extract_never_throws_and_spans_are_inside_the_text(string? text)
    {
        text ??= string.Empty;
        foreach (Citation c in CitationExtractor.Extract(text))
        {
            Assert.InRange(c.Start, 0, text.Length - 1);
            Assert.InRange(c.Start + c.Length, 1, text.Length);
        }
    }

    [Property]
    public Property Extract_never_throws_on_citation_like_text() =>
        Prop.ForAll(
            OrgGenerators.CitationLikeText.ToArbitrary(),
            text =>
            {
                var found = CitationExtractor.Extract(text);
                int previousEnd = 0;
                foreach (Citation c in found)
                {
                    if (c.Start < previousEnd || c.Start + c.Length > text.Length || DocumentNumber.Parse(text.AsSpan(c.Start, c.Length)) != c.Number)
                    {
                        return false;
                    }

                    previousEnd = c.Start + c.Length;
                }

                return true;
            });
}
