#:project ../../src/OrgModel/OrgModel.csproj
// Document numbers and citations: parse what people write, print the canonical form, find citations in news text.
using System.Globalization;
using OrgModel.Documents;
using OrgModel.Documents.Model;

// Party symbols (NUMBER-KIND/ISSUER) and State symbols (NUMBER/YEAR/KIND-ISSUER, NUMBER/KIND-ISSUER), as people type them.
string[] inputs = ["Số 201-KL/TW", "no. 520 - bc / btctw", "97-QD/TW", "30/2020/ND-CP", "759 / qđ – ttg", "202/2025/QH15", "1-HD/VPTW"];
foreach (string input in inputs)
{
    DocumentNumber n = DocumentNumber.Parse(input);
    string form = n.IsParty ? "Party" : "State";
    Console.WriteLine($"{input,-22} → {n,-16} {form}: number {n.Number}, kind {n.KindCode ?? "(none)"}, issuer {n.IssuerCode}, year {(n.Year is { } y ? y : "-")}");
}

// What is not a symbol is rejected with the place and the reason.
foreach (string bad in new[] { "0-KL/TW", "201-KL", "30/20/NĐ-CP" })
{
    try
    {
        DocumentNumber.Parse(bad);
    }
    catch (FormatException e)
    {
        Console.WriteLine(e.Message);
    }
}

// Party QĐ is both a regulation and a decision: the word before it decides.
PartyDocumentNumber qd = PartyDocumentNumber.Parse("66-QĐ/TW");
Console.WriteLine($"{qd}: ambiguous = {qd.IsKindAmbiguous}, kinds = {string.Join(", ", qd.PossibleKinds)}");
Console.WriteLine(qd.TryResolveKind("Quy định số", out CitationKindWord kind) ? $"after 'Quy định số': {kind}" : "unresolved");

// Citations in running text, in Vietnamese and English, with kinds and dates.
string text = """
    Tại phiên họp ngày 31/10/2025, sau khi nghe Báo cáo số 520-BC/BTCTW, ngày 27/10/2025, Bộ Chính trị, Ban Bí thư
    ban hành Kết luận số 201-KL/TW. The congresses followed the Politburo's Directive No. 45-CT/TW, issued on April 14, 2025,
    and Resolution 60-NQ/TW dated April 12, 2025; Quốc hội thông qua Nghị quyết số 202/2025/QH15 ngày 12 tháng 6 năm 2025.
    """;
foreach (Citation c in CitationExtractor.Extract(text))
{
    Console.WriteLine($"at {c.Start,3}: {c.Number,-14} {c.Kind?.EnglishName ?? "?",-11} written \"{c.Kind?.Written}\", date {(c.Date is { } d ? d.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture) : "-")}");
}
