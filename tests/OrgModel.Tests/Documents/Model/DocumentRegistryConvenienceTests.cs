using NodaTime;
using OrgModel.Documents;
using OrgModel.Documents.Model;
using OrgModel.Organisations;
using OrgModel.ReferenceData;

namespace OrgModel.Tests.Documents.Model;

/// <summary>Adding to a registry and querying it as trackers do (issue 17's conveniences).</summary>
public class DocumentRegistryConvenienceTests
{
    private static readonly DocumentRegistry Registry = DocumentRegistry.Vietnam;

    [Fact]
    public void With_adds_a_document_and_leaves_the_registry_unchanged()
    {
        Document conclusion = Registry.Documents.First(d => d.Kind.Equals(DocumentKind.Conclusion));
        var registry = new DocumentRegistry(Registry.Documents.Where(d => !ReferenceEquals(d, conclusion)));
        DocumentRegistry added = registry.With(conclusion);
        Assert.Equal(registry.Documents.Count + 1, added.Documents.Count);
        Assert.Equal(ResolutionStatus.NotFound, registry.Resolve(conclusion.Number, conclusion.IssueDate).Status);
        Assert.Same(conclusion, added.Resolve(conclusion.Number, conclusion.IssueDate).Document);
    }

    [Fact]
    public void With_replaces_the_document_of_the_same_number_and_date()
    {
        Document any = Registry.Documents[0];
        DocumentRegistry again = Registry.With(any);
        Assert.Equal(Registry.Documents.Count, again.Documents.Count);
    }

    [Fact]
    public void Query_filters_by_kind_issuer_and_dates()
    {
        OrgId politburo = OrgId.Parse("vn.party.politburo");
        var from = new LocalDate(2025, 1, 1);
        var to = new LocalDate(2025, 12, 31);
        IReadOnlyList<Document> found = Registry.Query(DocumentKind.Conclusion, politburo, from, to);
        Assert.All(found, d =>
        {
            Assert.Equal(DocumentKind.Conclusion, d.Kind);
            Assert.Contains(politburo, d.IssuingBodies);
            Assert.InRange(d.IssueDate, from, to);
        });
        int expected = Registry.Documents.Count(d => d.Kind.Equals(DocumentKind.Conclusion) && d.IssuingBodies.Contains(politburo) && d.IssueDate >= from && d.IssueDate <= to);
        Assert.Equal(expected, found.Count);
        Assert.Equal(Registry.Documents.Count, Registry.Query().Count);
    }

    [Fact]
    public void Query_refuses_a_reversed_range() =>
        Assert.Throws<ArgumentException>(() => Registry.Query(from: new LocalDate(2026, 1, 1), to: new LocalDate(2025, 1, 1)));

    [Fact]
    public void A_chart_builder_starts_from_an_existing_chart()
    {
        OrgChart chart = VietnamReferenceData.OrgChart;
        var court = new Organisation(OrgId.Parse("vn.test.court"), OrganisationKind.Court, OrgLevel.Province, "Tòa án nhân dân thử");
        OrgChart bigger = chart.ToBuilder().Add(court).Build();
        Assert.Equal(chart.Organisations.Count + 1, bigger.Organisations.Count);
        Assert.Equal(chart.Relations.Count, bigger.Relations.Count);
        Assert.Equal(chart.Events.Count, bigger.Events.Count);
        Assert.Null(chart.Find(court.Id));
        Assert.NotNull(bigger.Find(court.Id));
    }
}
