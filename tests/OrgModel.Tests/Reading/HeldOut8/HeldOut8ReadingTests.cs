namespace OrgModel.Tests.Reading.HeldOut8;

/// <summary>Precision and recall of <see cref="OrgModel.Reading.DraftReader"/> per kind on held-out set 8: real texts whose labels
/// were committed (7cef54e) before the reader was first run on them (docs/reading.md, "Held-out set 8"). Every measure is held to its
/// figure measured once on 2026-12-01 rounded down to 0.05: a regression floor, not a claim that the floors are met.</summary>
public class HeldOut8ReadingTests
{
    private static readonly Dictionary<string, (double Precision, double Recall)> Floors = new(StringComparer.Ordinal)
    {
        ["citations"] = (1.0, 1.0),
        ["deadlines"] = (0.65, 0.50),
        ["organisations"] = (0.85, 0.65),
        ["people"] = (0.85, 0.75),
        ["decisions"] = (0.50, 0.40),
    };

    [Fact]
    public void Held_out_set_8_has_at_least_12_sourced_texts_half_Vietnamese_none_from_another_set() =>
        ReadingCorpusTests.AssertHeldOutSet(DeadlineCorpus.HeldOut8Directory, null, DeadlineCorpus.HeldOutDirectory, DeadlineCorpus.HeldOut2Directory,
            DeadlineCorpus.HeldOut3Directory, DeadlineCorpus.HeldOut4Directory, DeadlineCorpus.HeldOut5Directory, DeadlineCorpus.HeldOut6Directory, DeadlineCorpus.HeldOut7Directory);

    [Fact]
    public void Reading_held_out_set_8_keeps_its_floors() => ReadingCorpusTests.AssertFloors(
        DeadlineCorpus.Load(DeadlineCorpus.HeldOut8Directory), ReadingCorpus.Load(DeadlineCorpus.HeldOut8Directory), Floors, "ORGMODEL_HELDOUT8_TABLE");
}
