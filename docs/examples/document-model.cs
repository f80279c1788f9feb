#:project ../../src/OrgModel/OrgModel.csproj
// The document model over the embedded registry: `dotnet run docs/examples/document-model.cs` from the repository root.
using NodaTime;
using OrgModel.Documents;
using OrgModel.Documents.Model;
using OrgModel.ReferenceData;
using OrgModel.Tenures;

DocumentRegistry registry = DocumentRegistry.Vietnam;
Console.WriteLine($"Shipped documents: {registry.Documents.Count}");

// One symbol, two resolutions: numbering restarts with each term.
DocumentResolution byNumber = registry.Resolve(DocumentNumber.Parse("18-NQ/TW"));
Console.WriteLine($"\n18-NQ/TW alone: {byNumber.Status}");
foreach (Document d in byNumber.Candidates)
{
    Console.WriteLine($"  {d.IssueDate:uuuu-MM-dd} ({d.Term}): {d.Title}");
}

Document of12thTerm = registry.Resolve(DocumentNumber.Parse("18-NQ/TW"), Tenure.Parse("khóa XII")).Document!;
Console.WriteLine($"18-NQ/TW of khóa XII: {of12thTerm.Title} ({of12thTerm.Conference})");
Console.WriteLine($"  summarised by: {string.Join(", ", registry.RelatedTo(of12thTerm, DocumentRelationKind.Summarises).Select(d => d.Number))}");

// A citation found in Vietnamese prose, resolved with its date.
const string Text = "Thực hiện Chỉ thị số 45-CT/TW ngày 14/4/2025 của Bộ Chính trị về đại hội đảng bộ các cấp";
Citation citation = CitationExtractor.Extract(Text)[0];
Document directive = registry.Resolve(citation).Document!;
Console.WriteLine($"\nCited in text: {directive}");
Console.WriteLine($"  it replaced: {string.Join(", ", registry.RelatedFrom(directive, DocumentRelationKind.Replaces).Select(d => d.Reference))}");
Console.WriteLine($"  and names outside the registry: {string.Join(", ", registry.UnresolvedTargets(directive).Select(r => r.Target))}");

// Kinds: the Party's QĐ is a regulation or a decision; the word before the number decides.
var qd = DocumentNumber.Parse("232-QĐ/TW");
Console.WriteLine($"\n232-QĐ/TW may be: {string.Join(" or ", DocumentKind.KindsFor(qd))}");
CitationKindWord.TryRecognise("Quy định", out CitationKindWord word);
Console.WriteLine($"  after \"Quy định\": {DocumentKind.Resolve(qd, word)}");
Console.WriteLine($"  202/2025/QH15 may be: {string.Join(" or ", DocumentKind.KindsFor(DocumentNumber.Parse("202/2025/QH15")))}");
Console.WriteLine($"  who may issue a directive: {string.Join(", ", DocumentKind.Directive.PartyIssuers)}");
Console.WriteLine($"  may a Party cell issue one? {DocumentKind.Directive.Authority(PartyIssuerRole.PartyCell)}");

// Issuers mapped to the organisation chart; a joint conclusion.
Document conclusion = registry.Resolve(DocumentNumber.Parse("201-KL/TW")).Document!;
var chart = VietnamReferenceData.OrgChart;
Console.WriteLine($"\n{conclusion}");
Console.WriteLine($"  issued jointly by: {string.Join(" and ", conclusion.IssuingBodies.Select(id => chart.Find(id)!.EnglishName))}");
Console.WriteLine($"  signed: {string.Join("; ", conclusion.Signers)}");
Console.WriteLine($"  cites: {string.Join(", ", registry.Cites(conclusion).Select(d => $"{d.Kind.EnglishName} {d.Number}"))}");

// What stands in place of the 2004 format guideline over time.
Document guideline2004 = registry.Resolve(DocumentNumber.Parse("11-HD/VPTW")).Document!;
foreach (LocalDate day in new[] { new LocalDate(2010, 1, 1), new LocalDate(2020, 1, 1), new LocalDate(2026, 6, 1) })
{
    Console.WriteLine($"In place of 11-HD/VPTW on {day:uuuu-MM-dd}: {string.Join(", ", registry.InForceInPlaceOf(guideline2004, day).Select(d => d.Number))}");
}

// The State resolution that implements Resolution 60-NQ/TW of the 11th Central Conference.
Document resolution60 = registry.Resolve(DocumentNumber.Parse("60-NQ/TW")).Document!;
Console.WriteLine($"\n{resolution60.Number} ({resolution60.Conference?.VietnameseName}) is implemented by {string.Join(", ", registry.Implementing(resolution60).Select(d => d.Number))}");
