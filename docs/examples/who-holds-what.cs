#:project ../../src/OrgModel/OrgModel.csproj
// Who holds what, from the shipped reference data: `dotnet run docs/examples/who-holds-what.cs` from the repository root.
// Every fact printed comes from a source listed in docs/sources.md ("Leaders"); nothing is guessed. A holder known only
// from a dated text is shown as "attested", never as appointed.
using NodaTime;
using OrgModel.Documents;
using OrgModel.Documents.Model;
using OrgModel.Organisations;
using OrgModel.Personnel;
using OrgModel.ReferenceData;
using OrgModel.Tenures;

Console.OutputEncoding = System.Text.Encoding.UTF8;
PersonnelRecord leaders = VietnamLeaders.Record;
Console.WriteLine($"{leaders.People.Count} people, {leaders.Appointments.Count} appointments, {leaders.Attestations.Count} attestations; sourced through {VietnamLeaders.SourcedThrough:uuuu-MM-dd}");

// The key posts on a day in 2025 and on days in 2026 (before the 16th National Assembly's first session, and after it:
// no dated text read names whom that session elected, so the data does not cover that day).
(string Title, Post Post)[] keyPosts =
[
    ("General Secretary", Post.GeneralSecretary), ("President", Post.President), ("Prime Minister", Post.PrimeMinister),
    ("Chairman of the National Assembly", Post.NationalAssemblyChair), ("Permanent Member of the Secretariat", Post.PermanentMemberOfSecretariat),
    ("Chair of the Central Inspection Commission", Post.InspectionCommissionChair(OrgId.Parse("vn.party.central-inspection-commission"))),
    ("Chair of the Fatherland Front", Post.FatherlandFrontChair),
];
foreach (LocalDate day in new[] { new LocalDate(2025, 6, 1), new LocalDate(2026, 3, 21), new LocalDate(2026, 5, 1) })
{
    Console.WriteLine();
    if (!VietnamLeaders.Covers(day))
    {
        Console.WriteLine($"Key posts on {day:uuuu-MM-dd}: not covered, the data is sourced through {VietnamLeaders.SourcedThrough:uuuu-MM-dd} (docs/sources.md, \"Leaders\")");
        continue;
    }

    Console.WriteLine($"Key posts on {day:uuuu-MM-dd}:");
    foreach ((string title, Post post) in keyPosts)
    {
        IReadOnlyList<PostHolder> holders = leaders.HoldersWithEvidenceOn(post, day);
        Console.WriteLine($"  {title}: {(holders.Count == 0 ? "no sourced holder" : string.Join("; ", holders.Select(Describe)))}");
    }
}

// A vacancy the data knows: between the death of one General Secretary and the election of the next.
Console.WriteLine();
Console.WriteLine($"General Secretary on 2024-07-25: {leaders.HolderOn(Post.GeneralSecretary, new LocalDate(2024, 7, 25))?.ToString() ?? "vacant"}");

// The 13th Politburo on a day in 2025 (complete from 31 Jan 2021: every change of the term is sourced), and how it changed.
var day2025 = new LocalDate(2025, 7, 1);
IReadOnlyList<Person> politburo2025 = leaders.MembersOn(OrgId.Parse("vn.party.politburo"), day2025);
Console.WriteLine();
Console.WriteLine($"Politburo on {day2025:uuuu-MM-dd} ({politburo2025.Count}): {string.Join(", ", politburo2025.Select(p => p.Name))}");
Console.WriteLine($"13th Politburo elected on 2021-01-31: {leaders.MembersOn(OrgId.Parse("vn.party.politburo"), new LocalDate(2021, 1, 31)).Count}; left before the term ended:");
foreach (Appointment a in leaders.Appointments.Where(a => a.Post.Equals(Post.PolitburoMember) && a.End is { } e && e < new LocalDate(2026, 1, 23)).OrderBy(a => a.End))
{
    Console.WriteLine($"  {leaders.Find(a.Person)!.Name}: {a.End:uuuu-MM-dd} ({a.HowEnded})");
}

// The 13th Secretariat where the sources make it complete: the 11 of 9 Apr 2021, by appointment or attested (the
// members whose end is not sourced are attested only; on other days of the term the list is a lower bound).
var april2021 = new LocalDate(2021, 4, 9);
IReadOnlyList<PostHolder> secretariat13 = leaders.HoldersWithEvidenceOn(Post.SecretariatMember, april2021);
Console.WriteLine();
Console.WriteLine($"13th Secretariat on {april2021:uuuu-MM-dd} ({secretariat13.Count}): {string.Join("; ", secretariat13.Select(Describe))}");

// The Politburo and the Secretariat on a day, and the heads of the central commissions attested that day.
var day2026 = new LocalDate(2026, 2, 1);
IReadOnlyList<Person> politburo = leaders.MembersOn(OrgId.Parse("vn.party.politburo"), day2026);
Console.WriteLine();
Console.WriteLine($"Politburo on {day2026:uuuu-MM-dd} ({politburo.Count}): {string.Join(", ", politburo.Select(p => p.Name))}");
IReadOnlyList<Person> secretariat = leaders.HoldersOn(Post.SecretariatMember, day2026);
Console.WriteLine($"Secretariat on {day2026:uuuu-MM-dd} ({secretariat.Count}): {string.Join(", ", secretariat.Select(p => p.Name))}");
PrintCommissionHeads(new LocalDate(2026, 1, 30));

// The heads of the central commissions on a day in 2025: by appointment where both days are sourced, else attested by a
// text of that day (docs/sources.md, "Leaders", says from which day each commission is complete).
Console.WriteLine();
PrintCommissionHeads(new LocalDate(2025, 8, 28));

void PrintCommissionHeads(LocalDate day)
{
    foreach (string commission in new[] { "organisation-commission", "information-education-mass-mobilisation-commission", "internal-affairs-commission", "policy-strategy-commission", "office" })
    {
        Post head = Post.CommissionHead(OrgId.Parse("vn.party.central-" + commission));
        Console.WriteLine($"  head of {commission} on {day:uuuu-MM-dd}: {string.Join("; ", leaders.HoldersWithEvidenceOn(head, day).Select(Describe))}");
    }
}

// A career, with where each step comes from.
Console.WriteLine();
Console.WriteLine("Tô Lâm:");
foreach (Appointment a in leaders.Career(PersonId.Parse("to-lam")))
{
    Console.WriteLine($"  {a.Post.Title}: {a.Start:uuuu-MM-dd} – {(a.End is { } e ? $"{e:uuuu-MM-dd} ({a.HowEnded})" : "open")}  [{VietnamLeaders.SourceOf(a)!.Split(" ; ")[0]}]");
}

// The plenums of the 13th term with their days, and the documents of a plenum.
DocumentRegistry registry = DocumentRegistry.Vietnam;
Console.WriteLine();
Console.WriteLine("Central Conferences of the 13th term:");
foreach (CentralConference c in TenureFacts.CentralConferencesOf(13))
{
    Console.WriteLine($"  {c.Ordinal,2}: {c.Opening:uuuu-MM-dd}{(c.Closing is { } closing ? $" – {closing:uuuu-MM-dd}" : " (closing not sourced)")}");
}

Console.WriteLine($"Central Conferences of the 14th term so far: {string.Join(", ", TenureFacts.CentralConferencesOf(14).Select(c => $"{c.Ordinal} ({c.Opening:uuuu-MM-dd})"))}");
foreach (var plenum in new[] { new CentralConferenceNumber(4, 13), new CentralConferenceNumber(5, 13), new CentralConferenceNumber(6, 13), new CentralConferenceNumber(8, 13), new CentralConferenceNumber(11, 13) })
{
    Console.WriteLine($"Documents of the {plenum.VietnameseName}: {string.Join(", ", registry.Documents.Where(d => d.Conference == plenum).Select(d => $"{d.Number} ({d.IssueDate:uuuu-MM-dd})"))}");
}

// What replaced, amended or guides a document.
Console.WriteLine();
Document old = registry.Resolve(DocumentNumber.Parse("66-QĐ/TW")).Document!;
Console.WriteLine($"{old.Number} ({old.IssueDate:uuuu-MM-dd}) replaced by: {string.Join(", ", registry.ReplacementsOf(old, new LocalDate(2026, 6, 1)).Select(d => $"{d.Number} ({d.IssueDate:uuuu-MM-dd})"))}");
Document titles = registry.Resolve(DocumentNumber.Parse("368-QĐ/TW")).Document!;
Console.WriteLine($"{titles.Number} ({titles.IssueDate:uuuu-MM-dd}) replaces: {string.Join(", ", registry.UnresolvedTargets(titles).Select(r => $"{r.Target.Number} ({r.Target.IssueDate:uuuu-MM-dd}, not in the registry)"))}");
Document discipline = registry.Resolve(DocumentNumber.Parse("69-QĐ/TW")).Document!;
foreach (DocumentRelationKind kind in new[] { DocumentRelationKind.Amends, DocumentRelationKind.Guides })
{
    Console.WriteLine($"{discipline.Number} ({discipline.IssueDate:uuuu-MM-dd}), {kind}: {string.Join(", ", registry.RelatedTo(discipline, kind).Select(d => $"{d.Number} ({d.IssueDate:uuuu-MM-dd})"))}");
}

// The National Assemblies and their terms, and the readings the sources disagree on.
Console.WriteLine();
Console.WriteLine("National Assemblies:");
foreach (NationalAssemblyTerm na in TenureFacts.NationalAssemblyTerms)
{
    Console.WriteLine($"  {na}: elected {na.Election:uuuu-MM-dd}, first session {(na.FirstSessionOpening is { } first ? first.ToString("uuuu-MM-dd", null) : "not sourced")}");
}

// The Standing Committee's resolutions on the communes of the 34 provinces, one per province.
var standingCommittee = OrgId.Parse("vn.state.national-assembly-standing-committee");
List<Document> communeResolutions = [.. registry.Documents.Where(d => d.IssuingBodies.Contains(standingCommittee))];
Console.WriteLine();
Console.WriteLine($"Standing Committee resolutions on the communes of the {VietnamReferenceData.Provinces(new LocalDate(2025, 7, 1)).Count} provinces: {communeResolutions.Count}, " +
    $"{communeResolutions.Min(d => d.Number.ToString())} to {communeResolutions.Max(d => d.Number.ToString())}, all of {communeResolutions[0].IssueDate:uuuu-MM-dd}");
Document gialai = registry.Resolve(DocumentNumber.Parse("1664/NQ-UBTVQH15")).Document!;
Console.WriteLine($"  {gialai.Number}: {gialai.Title}; signed by {string.Join(", ", gialai.Signers.Select(s => $"{s.Name} ({s.Capacity} {s.OnBehalfOf})"))}");

foreach (ConflictingFact conflict in KnownConflicts.All.Where(f => f.Id.StartsWith("na-", StringComparison.Ordinal) || f == KnownConflicts.CommuneResolutions2025Date || f == KnownConflicts.Regulation117Issuer || f == KnownConflicts.FatherlandFrontChair2024 || f == KnownConflicts.PolitburoTranTuanAnh2024))
{
    Console.WriteLine($"  disputed: {conflict.Question} shipped {conflict.Default.Value}; also read {string.Join(", ", conflict.Readings.Where(r => r != conflict.Default).Select(r => r.Value))}");
}

static string Describe(PostHolder h) => h.Evidence == HoldingEvidence.Appointment
    ? $"{h.Person.Name} (appointed {h.Appointment!.Start:uuuu-MM-dd})"
    : $"{h.Person.Name} (attested that day: {h.Attestation!.Source.Split(" ; ")[0]})";
