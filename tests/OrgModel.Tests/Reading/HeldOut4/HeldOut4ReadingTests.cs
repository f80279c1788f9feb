namespace OrgModel.Tests.Reading.HeldOut4;

/// <summary>Precision and recall of <see cref="OrgModel.Reading.DraftReader"/> per kind on held-out set 4: real texts whose labels
/// were committed before the reader was first run on them (docs/reading.md, "Held-out set 4"). Every measure is held to its figure
/// measured once on 2026-12-01 rounded down to 0.05: a regression floor, not a claim that the floors are met.</summary>
public class HeldOut4ReadingTests
{
    private static readonly Dictionary<string, (double Precision, double Recall)> Floors = new(StringComparer.Ordinal)
    {
        ["citations"] = (1.0, 1.0),
        ["deadlines"] = (0.80, 1.0),
        ["organisations"] = (0.85, 0.75),
        ["people"] = (1.0, 0.90),
        ["decisions"] = (0.85, 0.85),
    };

    [Fact]
    public void Held_out_set_4_has_at_least_12_sourced_texts_half_Vietnamese_none_from_another_set() =>
        ReadingCorpusTests.AssertHeldOutSet(DeadlineCorpus.HeldOut4Directory, null, DeadlineCorpus.HeldOutDirectory, DeadlineCorpus.HeldOut2Directory,
            DeadlineCorpus.HeldOut3Directory);

    [Fact]
    public void Reading_held_out_set_4_keeps_its_floors() => ReadingCorpusTests.AssertFloors(
        DeadlineCorpus.Load(DeadlineCorpus.HeldOut4Directory), ReadingCorpus.Load(DeadlineCorpus.HeldOut4Directory), Floors, "ORGMODEL_HELDOUT4_TABLE");
}
