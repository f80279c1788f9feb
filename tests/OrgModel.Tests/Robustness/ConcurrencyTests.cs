using System.Text;
using System.Text.Json;
using NodaTime;
using OrgModel.Organisations;
using OrgModel.ReferenceData;
using OrgModel.Serialization;

namespace OrgModel.Tests.Robustness;

/// <summary>
/// Shared immutable values queried from many threads at once give exactly the answers of one thread, including
/// while their lazily built indexes are being built (each test starts the threads together on a fresh chart).
/// </summary>
public class ConcurrencyTests
{
    private const int Threads = 8;

    private static readonly LocalDate[] Days =
        [new(2024, 1, 1), new(2025, 1, 4), new(2025, 6, 30), new(2025, 7, 1), new(2026, 1, 1), new(2026, 3, 1)];

    private static readonly string[] Codes = ["01", "79", "00004", "00070", "26734", "48", "31", "92"];
    private static readonly string[] Queries = ["ha noi", "Đà Nẵng", "phuong ba dinh", "Bộ", "dang uy"];

    [Fact]
    public void TheReferenceChart_AnswersAlikeFromManyThreads() =>
        AssertSameAnswers(() => VietnamReferenceData.OrgChart, Digest);

    [Fact]
    public void AFreshChart_BuildsItsLazyIndexesOnce_UnderConcurrentFirstUse() =>
        AssertSameAnswers(FreshCopyOfTheReferenceChart, Digest);

    [Fact]
    public void JsonOfSharedValues_IsTheSameFromManyThreads() =>
        AssertSameAnswers(
            () => VietnamReferenceData.OrgChart.AsOf(new LocalDate(2025, 7, 1)),
            chart => string.Join("\n", Codes.Select(c => chart.FindByCode(c)).OfType<Organisation>()
                .Select(o => JsonSerializer.Serialize(o, OrgModelJsonContext.Default.Organisation))));

    private static OrgChart FreshCopyOfTheReferenceChart()
    {
        OrgChart source = VietnamReferenceData.OrgChart;
        var builder = new OrgChartBuilder();
        foreach (Organisation o in source.Organisations)
        {
            builder.Add(o);
        }

        foreach (OrgRelation r in source.Relations)
        {
            builder.Add(r);
        }

        foreach (OrgChangeEvent e in source.Events)
        {
            builder.Add(e);
        }

        return builder.Build();
    }

    private static void AssertSameAnswers(Func<OrgChart> chartFactory, Func<OrgChart, string> digest)
    {
        string expected = digest(chartFactory());
        OrgChart shared = chartFactory();
        var answers = new string[Threads];
        using var start = new Barrier(Threads);
        Thread[] threads = [.. Enumerable.Range(0, Threads).Select(i => new Thread(() =>
        {
            start.SignalAndWait();
            answers[i] = digest(shared);
        }))];
        foreach (Thread t in threads)
        {
            t.Start();
        }

        foreach (Thread t in threads)
        {
            t.Join();
        }

        Assert.All(answers, a => Assert.Equal(expected, a));
    }

    private static string Digest(OrgChart chart)
    {
        var sb = new StringBuilder();
        foreach (LocalDate day in Days)
        {
            OrgChart view = chart.AsOf(day);
            sb.Append(day).Append(':').Append(view.Organisations.Count).Append(';');
            foreach (string code in Codes)
            {
                if (view.FindByCode(code) is { } unit)
                {
                    sb.Append(unit.Name).Append('<');
                    foreach (Organisation a in view.Ancestors(unit.Id))
                    {
                        sb.Append(a.Id).Append('<');
                    }

                    sb.Append(view.Children(unit.Id).Count).Append(';');
                    sb.Append(view.BodiesOf(unit.Id)?.PartyCommittee?.Name).Append(';');
                    foreach (Organisation s in chart.Successors(unit.Id, new LocalDate(2026, 1, 1)))
                    {
                        sb.Append(s.Id).Append(',');
                    }
                }
            }

            foreach (string q in Queries)
            {
                sb.Append(q).Append('=').Append(view.Search(q).Count).Append(';');
            }
        }

        return sb.ToString();
    }
}
