using FsCheck;
using FsCheck.Fluent;
using OrgModel.Documents;
using OrgModel.Testing;

namespace OrgModel.Tests.Documents;

/// <summary>Issue 18: whatever the text, each citation found is a symbol that parses, alone, to the number found; the
/// citations lie inside the text and in order.</summary>
public class CitationProperties
{
    // The real forms of RealWorldCitationTests, cut into pieces, mixed with the generic near-symbol fragments.
    private static readonly Gen<string> RealFormText =
        Gen.Elements(
            "Số: ", "số", "Mẫu số ", "Tờ khai ", "QCVN 41: ", "Công văn ", "Quyết định số ", "của Chính phủ ", " ngày ", "(Decree 13) ",
            "\nHà Nội, ", "| ", "66.7/2025/NQ-CP", "84 QĐ/TWĐTN", "367-QĐ/TWĐTN-VP", "86/2024//TT-BTC", "77/2014/tt-btc", "46/2014/nð-cp",
            "01/2018/ttlt-vkstc-tatc-bca-bqp-btp-btc-bnn", "21036/CT-CBc", "42/2015/TT- 64", "%20113/2015/N%C4%90-CP", "2019/BGTVT",
            "31-QĐ/TW", "03/PLI", "-VP", ".7", "//", " QĐ/", "ð", "15 tháng 11 năm 2025", "17 April 2023", "dated ")
        .ArrayOf()
        .Select(parts => string.Concat(parts));

    [Property(MaxTest = 300)]
    public Property Every_citation_found_reparses_to_the_same_number() =>
        Prop.ForAll(
            Gen.OneOf(RealFormText, OrgGenerators.CitationLikeText, Gen.Zip(RealFormText, OrgGenerators.CitationLikeText).Select(p => p.Item1 + p.Item2)).ToArbitrary(),
            text =>
            {
                int previousEnd = 0;
                foreach (Citation c in CitationExtractor.Extract(text))
                {
                    Assert.InRange(c.Start, previousEnd, text.Length - c.Length);
                    Assert.True(DocumentNumber.TryParse(text.AsSpan(c.Start, c.Length), out DocumentNumber alone), $"'{text.Substring(c.Start, c.Length)}' in '{text}'");
                    Assert.Equal(c.Number, alone);
                    Assert.Equal(c.Number, DocumentNumber.Parse(c.Number.ToString()));
                    previousEnd = c.Start + c.Length;
                }
            });
}
