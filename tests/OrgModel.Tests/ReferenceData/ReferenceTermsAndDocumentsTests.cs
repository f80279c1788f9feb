using System.Text.RegularExpressions;
using NodaTime;
using OrgModel.Documents.Model;
using OrgModel.Organisations;
using OrgModel.Tenures;
using OrgModel.Tests.Conventions;

namespace OrgModel.Tests.ReferenceData;

/// <summary>The shipped National Assemblies, plenums and documents of issue 23: counts against the sources' own counts, a
/// source for every term and document, and the conflicting readings kept beside the data.</summary>
public class ReferenceTermsAndDocumentsTests
{
    private static readonly string Sources = File.ReadAllText(Path.Combine(TypePerFileTests.FindRoot(), "docs", "sources.md"));
    private static readonly string[] SourceLines = Sources.Split('\n');

    [Fact]
    public void National_Assemblies_I_to_XVI_are_shipped_in_order_with_their_terms_end_to_end()
    {
        IReadOnlyList<NationalAssemblyTerm> terms = TenureFacts.NationalAssemblyTerms;
        Assert.Equal(Enumerable.Range(1, 16), terms.Select(t => t.Ordinal));
        for (int i = 1; i < terms.Count; i++)
        {
            Assert.Equal(terms[i - 1].EndYear, terms[i].StartYear);
            Assert.True(terms[i - 1].Election < terms[i].Election, terms[i].ToString());
        }

        Assert.Equal(new LocalDate(1946, 1, 6), terms[0].Election);
        Assert.Equal((1946, 1960), (terms[0].StartYear, terms[0].EndYear));
        Assert.True(Tenure.TryGetTermOn(TenureKind.NationalAssembly, new LocalDate(2021, 7, 19), out Tenure onTheEve));
        Assert.Equal(Tenure.NationalAssembly(14), onTheEve);
    }

    [Fact]
    public void Every_National_Assembly_names_its_source_with_its_election_and_first_session()
    {
        foreach (NationalAssemblyTerm t in TenureFacts.NationalAssemblyTerms)
        {
            var heading = new Regex($@"^\| Quốc hội khóa {RomanNumeral.Format(t.Ordinal)}\b");
            string row = Assert.Single(SourceLines, l => heading.IsMatch(l));
            Assert.Contains($"({t.StartYear}–{t.EndYear})", row, StringComparison.Ordinal);
            Assert.Contains($"elected {t.Election:uuuu-MM-dd}", row, StringComparison.Ordinal);
            if (t.FirstSessionOpening is { } opening)
            {
                Assert.Contains($"first session {opening:uuuu-MM-dd}", row, StringComparison.Ordinal);
            }

            Assert.True(row.Contains("http", StringComparison.Ordinal) || row.Contains("facts.md", StringComparison.Ordinal), row);
        }
    }

    [Theory]
    [InlineData("na-3-first-session", 3)]
    [InlineData("na-5-first-session", 5)]
    [InlineData("na-7-first-session", 7)]
    public void A_disputed_first_session_keeps_both_readings_and_the_data_ships_the_default(string id, int ordinal)
    {
        ConflictingFact fact = KnownConflicts.Find(id)!;
        Assert.Equal(2, fact.Readings.Count);
        Assert.True(TenureFacts.TryGetNationalAssemblyTerm(ordinal, out NationalAssemblyTerm? term));
        Assert.Equal(fact.Default.Value, $"{term.FirstSessionOpening:uuuu-MM-dd}");
        Assert.All(fact.Readings.SelectMany(r => r.Sources), s => Assert.Contains(s, Sources, StringComparison.Ordinal));
    }

    [Fact]
    public void The_disputed_election_of_the_10th_National_Assembly_ships_the_default()
    {
        Assert.True(TenureFacts.TryGetNationalAssemblyTerm(10, out NationalAssemblyTerm? x));
        Assert.Equal(KnownConflicts.NationalAssembly10Election.Default.Value, $"{x.Election:uuuu-MM-dd}");
    }

    [Fact]
    public void Each_National_Assembly_has_an_election_event_and_only_those_from_2011_elect_Peoples_Councils_too()
    {
        List<PoliticalEvent> elections = [.. TenureFacts.Events.Where(e => e.Kind == PoliticalEventKind.Election)];
        Assert.Equal(TenureFacts.NationalAssemblyTerms.Select(t => t.Election), elections.Select(e => e.Start));
        Assert.All(elections, e => Assert.Equal(e.Start.Year >= 2011, e.Name.Contains("People's Councils", StringComparison.Ordinal)));
    }

    [Fact]
    public void The_13th_term_has_the_15_Central_Conferences_its_last_plenum_closes()
    {
        IReadOnlyList<CentralConference> thirteenth = TenureFacts.CentralConferencesOf(13);
        Assert.Equal(Enumerable.Range(1, 15), thirteenth.Select(c => c.Ordinal));
        Assert.Equal(thirteenth.OrderBy(c => c.Opening), thirteenth);
        Assert.True(TenureFacts.TryGetCentralConferenceOn(new LocalDate(2021, 10, 5), out CentralConference? fourth));
        Assert.Equal(["21-KL/TW", "37-QĐ/TW"], fourth.Documents);
    }

    [Fact]
    public void The_documents_of_a_plenum_are_in_the_registry()
    {
        DocumentRegistry registry = DocumentRegistry.Vietnam;
        var fifth = new CentralConferenceNumber(5, 13);
        Assert.Equal(["18-NQ/TW", "19-NQ/TW"], registry.Documents.Where(d => d.Conference == fifth).Select(d => d.Number.ToString()).Order(StringComparer.Ordinal));
        Assert.True(TenureFacts.TryGetCentralConference(13, 5, out CentralConference? conference));
        Assert.Equal(conference.Documents.Order(StringComparer.Ordinal), registry.Documents.Where(d => d.Conference == fifth).Select(d => d.Number.ToString()).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void The_8th_plenum_of_the_13th_term_has_the_four_resolutions_the_sources_count_all_of_24_November_2023()
    {
        // The plenum's notice lists four subjects and VNA reports four resolutions adopted (docs/sources.md).
        var eighth = new CentralConferenceNumber(8, 13);
        List<Document> resolutions = [.. DocumentRegistry.Vietnam.Documents.Where(d => d.Conference == eighth)];
        Assert.Equal(["42-NQ/TW", "43-NQ/TW", "44-NQ/TW", "45-NQ/TW"], resolutions.Select(d => d.Number.ToString()).Order(StringComparer.Ordinal));
        Assert.All(resolutions, d => Assert.Equal(new LocalDate(2023, 11, 24), d.IssueDate));
        Assert.All(resolutions, d => Assert.Equal(OrgId.Parse("vn.party.central-committee"), Assert.Single(d.IssuingBodies)));
        Assert.True(TenureFacts.TryGetCentralConferenceOn(new LocalDate(2023, 10, 5), out CentralConference? conference));
        Assert.Equal(8, conference.Ordinal);
    }

    [Fact]
    public void The_14th_Politburo_s_first_directive_is_signed_by_the_General_Secretary_on_its_behalf_on_the_congress_s_last_day()
    {
        Document directive = DocumentRegistry.Vietnam.Resolve(OrgModel.Documents.DocumentNumber.Parse("01-CT/TW")).Document!;
        Assert.Equal(new LocalDate(2026, 1, 23), directive.IssueDate);
        Assert.Equal(Tenure.NationalParty(14), directive.Term);
        DocumentSigner signer = Assert.Single(directive.Signers);
        Assert.Equal(("Tô Lâm", SigningCapacity.OnBehalfOf, "Bộ Chính trị", "General Secretary"), (signer.Name, signer.Capacity, signer.OnBehalfOf, signer.Title));
    }

    [Theory]
    [InlineData("304-QĐ/TW")]
    [InlineData("365-QĐ/TW")]
    [InlineData("366-QĐ/TW")]
    [InlineData("368-QĐ/TW")]
    public void The_Politburo_s_regulations_of_mid_2025_are_signed_on_its_behalf_by_the_Permanent_Member_of_the_Secretariat(string number)
    {
        Document document = DocumentRegistry.Vietnam.Resolve(OrgModel.Documents.DocumentNumber.Parse(number)).Document!;
        DocumentSigner signer = Assert.Single(document.Signers);
        Assert.Equal(
            ("Trần Cẩm Tú", SigningCapacity.OnBehalfOf, "Bộ Chính trị", "Politburo member, Permanent Member of the Secretariat"),
            (signer.Name, signer.Capacity, signer.OnBehalfOf, signer.Title));
    }

    [Fact]
    public void Conclusion_210_is_the_13th_Central_Committee_s_signed_by_the_General_Secretary_with_no_plenum_the_source_does_not_give()
    {
        Document conclusion = DocumentRegistry.Vietnam.Resolve(OrgModel.Documents.DocumentNumber.Parse("210-KL/TW")).Document!;
        Assert.Equal((new LocalDate(2025, 11, 12), Tenure.NationalParty(13)), (conclusion.IssueDate, conclusion.Term));
        Assert.Equal(OrgId.Parse("vn.party.central-committee"), Assert.Single(conclusion.IssuingBodies));
        DocumentSigner signer = Assert.Single(conclusion.Signers);
        Assert.Equal(("Tô Lâm", "General Secretary"), (signer.Name, signer.Title));
        Assert.Null(conclusion.Conference);
    }

    [Fact]
    public void Regulation_368_replaces_Conclusion_35_of_2022_which_the_registry_does_not_hold()
    {
        Document regulation = DocumentRegistry.Vietnam.Resolve(OrgModel.Documents.DocumentNumber.Parse("368-QĐ/TW")).Document!;
        Assert.Equal(new LocalDate(2025, 9, 8), regulation.IssueDate);
        Assert.Equal("35-KL/TW", Assert.Single(DocumentRegistry.Vietnam.UnresolvedTargets(regulation)).Target.Number.ToString());
    }

    [Fact]
    public void The_commune_resolutions_are_the_34_the_source_counts_all_of_16_June_2025()
    {
        List<Document> communes = CommuneResolutions();
        Assert.Equal(VietnamDocuments.CommuneResolutionsCountedBySource, communes.Count);
        Assert.Equal(communes.Count, communes.Select(d => d.Number.ToString()).Distinct().Count());
        Assert.All(communes, d => Assert.Equal(new LocalDate(2025, 6, 16), d.IssueDate));
        Assert.All(communes, d => Assert.EndsWith("/NQ-UBTVQH15", d.Number.ToString(), StringComparison.Ordinal));
        Assert.Equal(Tenure.NationalAssembly(15), communes[0].Term);
        Assert.Equal(KnownConflicts.CommuneResolutions2025Date.Default.Value, $"{communes[0].IssueDate:uuuu-MM-dd}");
    }

    [Fact]
    public void Each_of_the_34_provinces_of_the_chart_has_exactly_one_commune_resolution()
    {
        List<Document> communes = CommuneResolutions();
        IReadOnlyList<Organisation> provinces = OrgModel.ReferenceData.VietnamReferenceData.Provinces(new LocalDate(2025, 7, 1));
        string[] names = [.. provinces.Select(p => p.Name.Replace("Tỉnh ", "", StringComparison.Ordinal).Replace("Thành phố ", "", StringComparison.Ordinal))];
        Assert.Equal(34, names.Length);
        Assert.All(names, n => Assert.Single(communes, d => d.Title.Contains($" of {n} ", StringComparison.Ordinal) || d.Title.Contains($" of {n} City ", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_commune_resolution_signed_on_behalf_of_the_Standing_Committee_names_the_Chairman()
    {
        Document gialai = DocumentRegistry.Vietnam.Resolve(OrgModel.Documents.DocumentNumber.Parse("1664/NQ-UBTVQH15")).Document!;
        DocumentSigner signer = Assert.Single(gialai.Signers);
        Assert.Equal("Trần Thanh Mẫn", signer.Name);
        Assert.Equal(SigningCapacity.OnBehalfOf, signer.Capacity);
    }

    [Fact]
    public void The_disputed_day_of_the_commune_resolutions_keeps_both_readings_with_listed_sources()
    {
        ConflictingFact fact = KnownConflicts.CommuneResolutions2025Date;
        Assert.Equal(["2025-06-16", "2025-06-18"], fact.Readings.Select(r => r.Value));
        Assert.All(fact.Readings.SelectMany(r => r.Sources), s => Assert.Contains(s, Sources, StringComparison.Ordinal));
    }

    private static List<Document> CommuneResolutions()
    {
        var committee = OrgId.Parse("vn.state.national-assembly-standing-committee");
        return [.. DocumentRegistry.Vietnam.Documents.Where(d => d.IssuingBodies.Contains(committee))];
    }

    [Fact]
    public void Every_plenum_lists_exactly_the_registry_documents_of_that_plenum()
    {
        DocumentRegistry registry = DocumentRegistry.Vietnam;
        foreach (CentralConference c in TenureFacts.CentralConferencesOf(13).Concat(TenureFacts.CentralConferencesOf(14)))
        {
            var number = new CentralConferenceNumber(c.Ordinal, c.TermOrdinal);
            IEnumerable<string> shipped = registry.Documents.Where(d => d.Conference == number).Select(d => d.Number.ToString());
            Assert.Equal(c.Documents.Order(StringComparer.Ordinal), shipped.Order(StringComparer.Ordinal));
        }

        Assert.True(TenureFacts.TryGetCentralConference(13, 6, out CentralConference? sixth));
        Assert.Equal(["27-NQ/TW", "29-NQ/TW"], sixth.Documents);
    }

    [Fact]
    public void The_disputed_issuer_of_Regulation_117_ships_the_default()
    {
        ConflictingFact fact = KnownConflicts.Regulation117Issuer;
        Document regulation = DocumentRegistry.Vietnam.Resolve(OrgModel.Documents.DocumentNumber.Parse("117-QĐ/TW")).Document!;
        Assert.Equal(fact.Default.Value, Assert.Single(regulation.IssuingBodies).ToString());
        Assert.All(fact.Readings.SelectMany(r => r.Sources), s => Assert.Contains(s, Sources, StringComparison.Ordinal));
    }

    [Fact]
    public void What_replaced_or_amended_a_document_is_answered_from_the_registry()
    {
        DocumentRegistry registry = DocumentRegistry.Vietnam;
        Document regulation69 = registry.Resolve(OrgModel.Documents.DocumentNumber.Parse("69-QĐ/TW")).Document!;
        Assert.Equal(["264-QĐ/TW"], registry.RelatedTo(regulation69, DocumentRelationKind.Amends).Select(d => d.Number.ToString()));
        Assert.Equal(["05-HD/UBKTTW"], registry.RelatedTo(regulation69, DocumentRelationKind.Guides).Select(d => d.Number.ToString()));
    }

    [Fact]
    public void Every_shipped_document_number_is_listed_in_docs_sources() =>
        Assert.All(DocumentRegistry.Vietnam.Documents.Where(d => d.IsNumbered), d => Assert.Contains(d.Number.ToString(), Sources, StringComparison.Ordinal));
}
