using System.Reflection;
using NodaTime;
using OrgModel.Personnel;
using OrgModel.Reading;
using OrgModel.ReferenceData;

namespace OrgModel.Tests.Reading;

/// <summary>The findings of the reading side share one shape, <see cref="TextFinding"/>: where the words stand, the words and
/// why they were taken, checked once and compared, hashed and located in summaries the same way.</summary>
public sealed class TextFindingTests
{
    private const string Sentence =
        "Bộ Chính trị yêu cầu Ban Tổ chức Trung ương trước ngày 31/7/2025 báo cáo; Tổng Bí thư Tô Lâm, khóa XIII, Kết luận số 201-KL/TW.";

    [Fact]
    public void Every_public_reading_type_with_a_place_and_a_reason_is_a_TextFinding()
    {
        Type[] placed = [.. typeof(TextFinding).Assembly.GetExportedTypes()
            .Where(t => t.Namespace == "OrgModel.Reading" && !t.IsAbstract)
            .Where(t => t.GetProperty(nameof(TextFinding.Start)) is not null && t.GetProperty(nameof(TextFinding.Reason)) is not null)];

        Assert.Equal(6, placed.Length);
        Assert.All(placed, t => Assert.True(t.IsSubclassOf(typeof(TextFinding)), $"{t.Name} repeats the members of a finding."));
        Assert.Empty(typeof(TextFinding).GetConstructors(BindingFlags.Public | BindingFlags.Instance));
    }

    [Fact]
    public void Each_finding_stands_at_its_place_and_ends_its_summary_there()
    {
        DraftRecord r = DraftReader.Read(Sentence, new LocalDate(2025, 7, 1), VietnamReferenceData.OrgChart);
        TextFinding[] found = [.. r.Organisations, .. r.People, .. r.Terms, .. r.Decisions, .. r.Tasks, .. r.Documents];

        Assert.Contains(found, f => f is OrganisationMention);
        Assert.Contains(found, f => f is PersonMention);
        Assert.Contains(found, f => f is TermMention);
        Assert.Contains(found, f => f is TaskCandidate);
        Assert.All(found, f => Assert.Equal(f.Text, Sentence.Substring(f.Start, f.Length)));
        Assert.All(found.Where(f => f is not TaskCandidate), f => Assert.EndsWith($" at {f.Start}+{f.Length}", f.ToString(), StringComparison.Ordinal));
    }

    [Fact]
    public void The_shared_members_are_checked_and_compared_for_every_finding()
    {
        VietnameseName name = VietnameseName.Parse("Tô Lâm");
        PersonMention m = new(5, "Tô Lâm", name, "Tổng Bí thư", null, "after a title");

        Assert.Equal("start", Assert.ThrowsAny<ArgumentException>(() => new PersonMention(-1, "Tô Lâm", name, string.Empty, null, "r")).ParamName);
        Assert.Equal("reason", Assert.ThrowsAny<ArgumentException>(() => new PersonMention(0, "Tô Lâm", name, string.Empty, null, string.Empty)).ParamName);
        Assert.Equal(m, new PersonMention(5, "Tô Lâm", name, "Tổng Bí thư", null, "after a title"));
        Assert.Equal(m.GetHashCode(), new PersonMention(5, "Tô Lâm", name, "Tổng Bí thư", null, "after a title").GetHashCode());
        Assert.NotEqual(m, new PersonMention(6, "Tô Lâm", name, "Tổng Bí thư", null, "after a title"));
        Assert.NotEqual(m, new PersonMention(5, "Tô Lâm", name, "Tổng Bí thư", null, "another reason"));
        Assert.Equal("Tổng Bí thư \"Tô Lâm\" at 5+6", m.ToString());
    }
}
