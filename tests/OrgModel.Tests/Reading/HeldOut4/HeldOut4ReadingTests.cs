namespace OrgModel.Tests.Reading.HeldOut4;

/// <summary>Precision and recall of <see cref="OrgModel.Reading.DraftReader"/> per kind on development set 5 (held-out set 4 until
/// it was measured once on 2026-12-01, docs/reading.md, "Held-out set 4"; tuned on since the fourth pass). Every measure is held to
/// its figure after that pass rounded down to 0.05: development figures, not a claim about unseen text.</summary>
public class HeldOut4ReadingTests
{
    private static readonly Dictionary<string, (double Precision, double Recall)> Floors = new(StringComparer.Ordinal)
    {
        ["citations"] = (1.0, 1.0),
        ["deadlines"] = (1.0, 1.0),
        ["organisations"] = (0.95, 0.90),
        ["people"] = (1.0, 1.0),
        ["decisions"] = (1.0, 1.0),
    };

    [Fact]
    public void Held_out_set_4_has_at_least_12_sourced_texts_half_Vietnamese_none_from_another_set() =>
        ReadingCorpusTests.AssertHeldOutSet(DeadlineCorpus.HeldOut4Directory, null, DeadlineCorpus.HeldOutDirectory, DeadlineCorpus.HeldOut2Directory,
            DeadlineCorpus.HeldOut3Directory);

    [Fact]
    public void Reading_held_out_set_4_keeps_its_floors() => ReadingCorpusTests.AssertFloors(
        DeadlineCorpus.Load(DeadlineCorpus.HeldOut4Directory), ReadingCorpus.Load(DeadlineCorpus.HeldOut4Directory), Floors, "ORGMODEL_HELDOUT4_TABLE");
}
