using System.Globalization;
using OrgModel.Deadlines;

namespace OrgModel.Tests.Reading;

/// <summary>Precision and recall of <see cref="DeadlineExtractor"/> over the labelled corpus (docs/reading.md, "Deadlines").</summary>
public class DeadlineCorpusTests
{
    private const double Floor = 0.95;

    [Fact]
    public void The_corpus_has_at_least_30_sourced_items_half_of_them_Vietnamese()
    {
        var items = DeadlineCorpus.Load();

        Assert.True(items.Count >= 30, $"{items.Count} items");
        Assert.True(items.Count(i => i.Language == "vi") * 2 >= items.Count, "half must be Vietnamese");
        Assert.All(items, i => Assert.False(string.IsNullOrWhiteSpace(i.Source), i.Name));
        Assert.All(items, i => Assert.All(i.Expected, e => Assert.Contains(e.Phrase, i.Text, StringComparison.Ordinal)));
    }

    [Fact]
    public void Extraction_reaches_the_precision_and_recall_floors()
    {
        int truePositives = 0, found = 0, expected = 0;
        var misses = new List<string>();
        foreach (DeadlineCorpus.Item item in DeadlineCorpus.Load())
        {
            var want = item.Expected.Select(e => (e.Phrase, e.Deadline)).ToList();
            var got = DeadlineExtractor.Extract(item.Text, item.Date).Select(m => (m.Text, m.Deadline.ToString())).ToList();
            expected += want.Count;
            found += got.Count;
            foreach (var g in got)
            {
                if (want.Remove(g))
                {
                    truePositives++;
                }
                else
                {
                    misses.Add($"{item.Name}: extra \"{g.Item1}\" = {g.Item2}");
                }
            }

            misses.AddRange(want.Select(w => $"{item.Name}: missed \"{w.Phrase}\" = {w.Deadline}"));
        }

        double precision = found == 0 ? 1 : (double)truePositives / found;
        double recall = expected == 0 ? 1 : (double)truePositives / expected;
        string report = string.Create(CultureInfo.InvariantCulture,
            $"deadlines: {expected} expected, {found} found, {truePositives} right; precision {precision:F3}, recall {recall:F3}\n{string.Join('\n', misses)}");
        TestContext.Current.TestOutputHelper?.WriteLine(report);
        Assert.True(precision >= Floor && recall >= Floor, report);
    }
}
