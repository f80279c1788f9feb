using NodaTime;
using OrgModel.Documents;
using OrgModel.Documents.Model;
using OrgModel.Tenures;

namespace OrgModel.Tests.Documents.Model;

/// <summary>The shipped registry on the documents of the shared facts (facts.md; research-notes.md §1.1, §1.6, §4.4, §6).</summary>
public class DocumentRegistryTests
{
    private static readonly DocumentRegistry Registry = DocumentRegistry.Vietnam;

    private static Document Only(string symbol, int year, int month, int day) =>
        Registry.Resolve(DocumentNumber.Parse(symbol), new LocalDate(year, month, day)).Document
        ?? throw new InvalidOperationException($"{symbol} not shipped");

    [Theory]
    [InlineData("18-NQ/TW", 2017, 2022)]
    [InlineData("35-CT/TW", 2019, 2024)]
    [InlineData("45-CT/TW", 2010, 2025)]
    public void The_same_symbol_in_two_terms_is_ambiguous_by_number_alone(string symbol, int earlier, int later)
    {
        DocumentResolution r = Registry.Resolve(DocumentNumber.Parse(symbol));
        Assert.Equal(ResolutionStatus.Ambiguous, r.Status);
        Assert.True(r.IsAmbiguous);
        Assert.Null(r.Document);
        Assert.Equal([earlier, later], r.Candidates.Select(d => d.IssueDate.Year));
    }

    [Fact]
    public void A_date_or_a_term_disambiguates_18_NQ_TW()
    {
        var number = DocumentNumber.Parse("18-NQ/TW");
        Document of2017 = Assert.IsType<Document>(Registry.Resolve(number, new LocalDate(2017, 10, 25)).Document);
        Assert.Contains("streamline", of2017.Title, StringComparison.Ordinal);
        Assert.Equal(new CentralConferenceNumber(6, 12), of2017.Conference);

        Document of12thTerm = Assert.IsType<Document>(Registry.Resolve(number, Tenure.NationalParty(12)).Document);
        Assert.Same(of2017, of12thTerm);
        Document of13thTerm = Assert.IsType<Document>(Registry.Resolve(number, Tenure.Parse("khóa XIII")).Document);
        Assert.Contains("Land", of13thTerm.Title, StringComparison.Ordinal);

        Assert.Equal(ResolutionStatus.NotFound, Registry.Resolve(number, new LocalDate(2017, 10, 26)).Status);
        Assert.Equal(ResolutionStatus.NotFound, Registry.Resolve(DocumentNumber.Parse("999-NQ/TW")).Status);
    }

    [Fact]
    public void A_citation_with_a_date_resolves_to_one_document()
    {
        Citation citation = Assert.Single(CitationExtractor.Extract("Chỉ thị số 45-CT/TW ngày 14/4/2025 của Bộ Chính trị"));
        DocumentResolution r = Registry.Resolve(citation);
        Assert.True(r.IsFound);
        Assert.Equal(new LocalDate(2025, 4, 14), r.Document!.IssueDate);

        Citation undated = Assert.Single(CitationExtractor.Extract("Directive No. 45-CT/TW"));
        Assert.True(Registry.Resolve(undated).IsAmbiguous);
    }

    [Fact]
    public void Summarising_Resolution_18_points_at_the_2017_one()
    {
        Document of2017 = Only("18-NQ/TW", 2017, 10, 25);
        Document of2022 = Only("18-NQ/TW", 2022, 6, 16);
        Document conclusion121 = Only("121-KL/TW", 2025, 1, 24);
        Assert.Equal([conclusion121], Registry.RelatedTo(of2017, DocumentRelationKind.Summarises));
        Assert.Empty(Registry.RelatedTo(of2022, DocumentRelationKind.Summarises));
    }

    [Fact]
    public void Replacements_are_transitive_and_dated()
    {
        Document guideline2004 = Only("11-HD/VPTW", 2004, 5, 28);
        Document guideline2018 = Only("36-HD/VPTW", 2018, 4, 3);
        Document guideline2026 = Only("05-HD/VPTW", 2026, 5, 27);

        Assert.Empty(Registry.ReplacementsOf(guideline2004, new LocalDate(2018, 4, 2)));
        Assert.Equal([guideline2018], Registry.ReplacementsOf(guideline2004, new LocalDate(2018, 4, 3)));
        Assert.Equal([guideline2018, guideline2026], Registry.ReplacementsOf(guideline2004, new LocalDate(2026, 6, 1)));
        Assert.Equal([guideline2026], Registry.InForceInPlaceOf(guideline2004, new LocalDate(2026, 6, 1)));
        Assert.Equal([guideline2018], Registry.InForceInPlaceOf(guideline2004, new LocalDate(2025, 1, 1)));
        Assert.Equal([guideline2004], Registry.InForceInPlaceOf(guideline2004, new LocalDate(2010, 1, 1)));

        Document regulation66 = Only("66-QĐ/TW", 2017, 2, 6);
        Document regulation399 = Only("399-QĐ/TW", 2026, 1, 9);
        Assert.Empty(Registry.ReplacementsOf(regulation66, new LocalDate(2026, 1, 8)));
        Assert.Equal([regulation399], Registry.ReplacementsOf(regulation66, new LocalDate(2026, 1, 9)));
    }

    [Fact]
    public void Directive_45_of_2025_replaced_35_of_2024_not_35_of_2019()
    {
        Document directive45 = Only("45-CT/TW", 2025, 4, 14);
        Assert.Equal([directive45], Registry.ReplacementsOf(Only("35-CT/TW", 2024, 6, 14), new LocalDate(2025, 4, 14)));
        Assert.Empty(Registry.ReplacementsOf(Only("35-CT/TW", 2019, 5, 30), new LocalDate(2026, 1, 1)));

        // 118-KL/TW is named by the facts but its issuer is not: it stays an unresolved target.
        DocumentRelation unresolved = Assert.Single(Registry.UnresolvedTargets(directive45));
        Assert.Equal("118-KL/TW", unresolved.Target.Number.ToString());
    }

    [Fact]
    public void Implements_cites_and_cited_by()
    {
        Document resolution60 = Only("60-NQ/TW", 2025, 4, 12);
        Document resolution202 = Only("202/2025/QH15", 2025, 6, 12);
        Assert.Equal([resolution202], Registry.Implementing(resolution60));

        Document conclusion201 = Only("201-KL/TW", 2025, 10, 31);
        Document report520 = Only("520-BC/BTCTW", 2025, 10, 27);
        Assert.Equal([report520], Registry.Cites(conclusion201));
        Assert.Equal([conclusion201], Registry.CitedBy(report520));

        Document conclusion202 = Only("202-KL/TW", 2025, 10, 31);
        Assert.Equal([Only("523-BC/BTCTW", 2025, 10, 29)], Registry.Cites(conclusion202));
        Assert.Equal("195-KL/TW", Assert.Single(Registry.UnresolvedTargets(conclusion202)).Target.Number.ToString());
    }

    [Fact]
    public void Shipped_documents_carry_the_facts()
    {
        Document conclusion201 = Only("201-KL/TW", 2025, 10, 31);
        Assert.Same(DocumentKind.Conclusion, conclusion201.Kind);
        Assert.True(conclusion201.IsJoint);
        Assert.Equal(["vn.party.politburo", "vn.party.secretariat"], conclusion201.IssuingBodies.Select(b => b.ToString()));
        Assert.Equal("Trần Cẩm Tú", Assert.Single(conclusion201.Signers).Name);
        Assert.Equal(Tenure.NationalParty(13), conclusion201.Term);
        Assert.Equal("TW", conclusion201.Issuer?.Code);

        Document resolution60 = Only("60-NQ/TW", 2025, 4, 12);
        Assert.Equal(new CentralConferenceNumber(11, 13), resolution60.Conference);
        Assert.Equal("Hội nghị lần thứ 11 Ban Chấp hành Trung ương khóa XIII", resolution60.Conference?.VietnameseName);
        Assert.Equal("the 11th Central Conference of the 13th term", resolution60.Conference?.ToString());

        // The 14th term began with the congress of 19–23 January 2026: 399-QĐ/TW is of the 13th, 05-QĐNS/TW of the 14th.
        Assert.Equal(13, Only("399-QĐ/TW", 2026, 1, 9).Term?.Ordinal);
        Assert.Equal(14, Only("05-QĐNS/TW", 2026, 1, 30).Term?.Ordinal);
        Assert.Same(DocumentKind.PersonnelDecision, Only("05-QĐNS/TW", 2026, 1, 30).Kind);

        Document resolution202 = Only("202/2025/QH15", 2025, 6, 12);
        Assert.Equal(Tenure.NationalAssembly(15), resolution202.Term);
        Assert.Equal(DocumentSystem.State, resolution202.System);

        Document decision31 = Only("31-QĐ/TW", 1997, 10, 1);
        DocumentSigner phieu = Assert.Single(decision31.Signers);
        Assert.Equal(SigningCapacity.OnBehalfOf, phieu.Capacity);
        Assert.Equal("T/M Bộ Chính trị: Lê Khả Phiêu", phieu.ToString());
        Assert.Equal(Tenure.NationalParty(8), decision31.Term); // the 8th Congress (1996) opened term VIII
    }

    [Fact]
    public void Every_shipped_issuing_body_is_in_the_reference_chart()
    {
        var chart = OrgModel.ReferenceData.VietnamReferenceData.OrgChart;
        foreach (Document d in Registry.Documents)
        {
            foreach (var body in d.IssuingBodies)
            {
                Assert.True(chart.Find(body) is not null, $"{d.Reference}: {body} is not in the chart");
            }
        }

        Assert.Equal(Registry.Documents.OrderBy(d => d.IssueDate).ThenBy(d => d.Number), Registry.Documents);
    }

    [Fact]
    public void Shipped_conferences_agree_with_the_tenures_data()
    {
        Document resolution60 = Only("60-NQ/TW", 2025, 4, 12);
        Assert.True(resolution60.Conference!.Value.TryGetConference(out CentralConference? conference));
        Assert.Equal(new LocalDate(2025, 4, 10), conference.Opening);
        Assert.True(conference.IsSittingOn(resolution60.IssueDate));

        foreach (Document d in Registry.Documents.Where(d => d.Conference is not null))
        {
            if (d.Conference!.Value.TryGetConference(out CentralConference? c) && c.Documents.Count > 0)
            {
                Assert.Contains(d.Number.ToString(), c.Documents);
            }
        }

        Assert.False(new CentralConferenceNumber(99, 13).TryGetConference(out _));
    }

    [Fact]
    public void Exposed_lists_cannot_be_cast_back_and_mutated()
    {
        Document any = Registry.Documents[0];
        Assert.False(Registry.Documents is Document[]);
        Assert.False(any.IssuingBodies is OrgModel.Organisations.OrgId[]);
        Assert.False(DocumentKind.All is DocumentKind[]);
        Assert.False(DocumentIssuer.All is DocumentIssuer[]);
        Assert.False(DocumentKind.Regulation.PartyCodeVariants is string[]);
        Assert.False(DocumentIssuer.All[0].Roles is PartyIssuerRole[]);
        Assert.Throws<NotSupportedException>(() => ((IList<Document>)Registry.Documents)[0] = any);
    }
}
