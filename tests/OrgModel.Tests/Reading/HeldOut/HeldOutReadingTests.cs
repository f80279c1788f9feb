namespace OrgModel.Tests.Reading.HeldOut;

/// <summary>Precision and recall of <see cref="OrgModel.Reading.DraftReader"/> per kind on development set 2 (the first held-out
/// set): real texts labelled by a hand that never read the reader's rules, on which the rules were then tuned (docs/reading.md,
/// "Development set 2"). A measure that reaches the floor is held
/// to it; one below is held to its measured figure rounded down to 0.05, so that the test catches a regression without hiding the gap.</summary>
public class HeldOutReadingTests
{
    // Per measure: the floor (citations and deadlines 0.95, organisations and people 0.9, decisions 0.95) where the
    // figure meets it; below it, the figure measured on 2026-11-30 after the rules were tuned on this set rounded down to 0.05,
    // a regression floor only. The rules were tuned on these texts, so this is development set 2, no longer held out
    // (docs/reading.md, "Development set 2"); HeldOutSetTests (set 2) holds the texts that are.
    private static readonly Dictionary<string, (double Precision, double Recall)> Floors = new(StringComparer.Ordinal)
    {
        ["citations"] = (0.95, 0.95),
        ["deadlines"] = (0.95, 0.95),
        ["organisations"] = (0.9, 0.9),
        ["people"] = (0.9, 0.9),
        ["decisions"] = (0.95, 0.95),
    };

    [Fact]
    public void The_held_out_set_has_at_least_15_sourced_texts_8_Vietnamese_each_labelled_with_every_kind()
    {
        var items = DeadlineCorpus.Load(DeadlineCorpus.HeldOutDirectory);
        var labels = ReadingCorpus.Load(DeadlineCorpus.HeldOutDirectory);
        var corpusSources = DeadlineCorpus.Load().Select(i => i.Source).ToHashSet(StringComparer.Ordinal);

        Assert.True(items.Count >= 15, $"{items.Count} texts");
        Assert.True(items.Count(i => i.Language == "vi") >= 8, "at least 8 Vietnamese texts");
        Assert.All(items, i => Assert.StartsWith("https://", i.Source, StringComparison.Ordinal));
        Assert.All(items, i => Assert.DoesNotContain(i.Source, corpusSources));
        Assert.All(labels, l => Assert.True(l.Complete, $"{l.Name} lacks a kind"));
        ReadingCorpusTests.AssertDeadlineLabelsHold(items);
    }

    [Fact]
    public void Reading_the_held_out_set_keeps_its_floors() => ReadingCorpusTests.AssertFloors(
        DeadlineCorpus.Load(DeadlineCorpus.HeldOutDirectory), ReadingCorpus.Load(DeadlineCorpus.HeldOutDirectory), Floors, "ORGMODEL_HELDOUT_TABLE");
}
