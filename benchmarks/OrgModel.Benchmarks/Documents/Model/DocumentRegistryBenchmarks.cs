using BenchmarkDotNet.Attributes;
using NodaTime;
using OrgModel.Documents;
using OrgModel.Documents.Model;
using OrgModel.Organisations;

namespace OrgModel.Benchmarks.Documents.Model;

/// <summary>Registry resolution and replacement queries on 5,000 synthetic documents (numbers recur across five terms'
/// worth of dates), against naive scans of the document list.</summary>
[MemoryDiagnoser]
public class DocumentRegistryBenchmarks
{
    private DocumentRegistry registry = null!;
    private DocumentNumber[] queries = null!;
    private Document oldest = null!;

    [GlobalSetup]
    public void Setup()
    {
        var office = OrgId.Parse("vn.party.central-office");
        var docs = new List<Document>();
        for (int i = 0; i < 5_000; i++)
        {
            // 1,000 running numbers, each used five times (once a year); each year's guideline replaces the previous year's.
            int n = 1 + (i % 1_000);
            int year = 2015 + (i / 1_000);
            var number = new PartyDocumentNumber(n, "HD", "VPTW");
            DocumentRelation[] relations = year > 2015
                ? [new DocumentRelation(DocumentRelationKind.Replaces, new DocumentReference(number, new LocalDate(year - 1, 3, 1)))]
                : [];
            docs.Add(new Document(number, DocumentKind.Guideline, [office], new LocalDate(year, 3, 1), "Synthetic guideline", relations: relations));
        }

        registry = new DocumentRegistry(docs);
        queries = [.. Enumerable.Range(0, 100).Select(i => (DocumentNumber)new PartyDocumentNumber(1 + (i * 7 % 1_000), "HD", "VPTW"))];
        oldest = registry.Resolve(queries[0], new LocalDate(2015, 3, 1)).Document!;
    }

    [Benchmark]
    public int ResolveByNumberAndDate()
    {
        int found = 0;
        foreach (DocumentNumber q in queries)
        {
            found += registry.Resolve(q, new LocalDate(2017, 3, 1)).IsFound ? 1 : 0;
        }

        return found;
    }

    [Benchmark(Baseline = true)]
    public int NaiveScanByNumberAndDate()
    {
        int found = 0;
        var day = new LocalDate(2017, 3, 1);
        foreach (DocumentNumber q in queries)
        {
            int matches = 0;
            foreach (Document d in registry.Documents)
            {
                if (d.Number == q && d.IssueDate == day)
                {
                    matches++;
                }
            }

            found += matches == 1 ? 1 : 0;
        }

        return found;
    }

    [Benchmark]
    public int ReplacementChain() => registry.ReplacementsOf(oldest, new LocalDate(2030, 1, 1)).Count;

    [Benchmark]
    public int NaiveReplacementChain()
    {
        // Follow the chain by scanning every document's relations at each step.
        int count = 0;
        Document current = oldest;
        while (true)
        {
            Document? next = null;
            foreach (Document d in registry.Documents)
            {
                foreach (DocumentRelation r in d.Relations)
                {
                    if (r.Kind == DocumentRelationKind.Replaces && r.Target.Matches(current))
                    {
                        next = d;
                    }
                }
            }

            if (next is null)
            {
                return count;
            }

            count++;
            current = next;
        }
    }
}
