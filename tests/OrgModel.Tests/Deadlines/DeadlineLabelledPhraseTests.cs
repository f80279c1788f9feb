using NodaTime;
using OrgModel.Deadlines;
using OrgModel.Tests.Reading;

namespace OrgModel.Tests.Deadlines;

/// <summary>
/// The phrase grammar on the phrases of real texts: every deadline phrase labelled in the reading corpora
/// (tests/OrgModel.Tests/Reading/Corpus and the held-out sets, each with its source and its document's date) reads, with that date,
/// to the deadline it was labelled with, and keeps the phrase as its wording.
/// </summary>
/// <remarks>The corpora's own tests measure the extractor (which phrases it finds); these hold the phrase reader to the labels
/// whether or not the extractor finds the phrase, and run in the Deadlines mutation run, which does not compile the Reading tests.</remarks>
public sealed class DeadlineLabelledPhraseTests
{
    // The held-out sets up to 20 have had their misses read (docs/reading.md); a later set is measured once before that, so its
    // labels are not yet rules of the grammar.
    private const int LastReadHeldOutSet = 20;

    // Labelled phrases (phrase|document date) the phrase grammar does not read alone, each a miss listed in docs/reading.md: left
    // out of the rule (a later reading pass may learn them).
    private static readonly HashSet<string> NotReadAlone = new(StringComparer.Ordinal)
    {
        // A date or month with no deadline word, or whose year the sentence gives: only the sentence makes it a deadline.
        "April 2024|2023-05-31", "June|2023-05-31", "in August|2023-05-31", "December 15|2024-12-15", "June 28|2025-06-29",
        "on February 3|2026-01-13", "on June 30, 2024|2024-06-30", "this year|2020-08-22", "cuối năm|2020-12-02",

        // Urgency words and forms the grammar does not have: "timely", "sớm", "ahead of", a weekday, "vào", a time of day,
        // "at the latest" after the date, a quarter or month with "." before the year.
        "timely|2024-02-16", "timely|2024-04-09", "timely|2025-06-06", "sớm|2025-10-22", "sớm|2025-10-31",
        "ahead of July 27|2025-07-09", "before Sunday|2025-10-01", "vào tháng 10|2023-04-14", "vào cuối quý II/2025|2025-02-19",
        "before 5:00 p.m. on December 9, 2025|2025-12-09", "chậm nhất trước 10h ngày 3/10|2025-10-02",
        "by April 19, 2025 at the latest|2025-04-18", "by April 21, 2025 at the latest|2025-04-18",
        "trong quý IV.2019|2019-08-27", "trước tháng 7.2020|2019-08-27",
    };

    public static TheoryData<string, string, string> Labelled()
    {
        var data = new TheoryData<string, string, string>();
        var seen = new HashSet<(string, LocalDate, string)>();
        foreach (string dir in DeadlineCorpora.Directories(LastReadHeldOutSet))
        {
            foreach (DeadlineCorpus.Item item in DeadlineCorpus.Load(dir))
            {
                foreach ((string phrase, string deadline) in item.Expected)
                {
                    string date = item.Date.ToString("uuuu-MM-dd", null);
                    if (!NotReadAlone.Contains(phrase + "|" + date) && seen.Add((phrase, item.Date, deadline)))
                    {
                        data.Add(phrase, date, deadline);
                    }
                }
            }
        }

        return data;
    }

    [Fact]
    public void The_corpora_label_at_least_200_deadline_phrases_in_both_languages()
    {
        var items = DeadlineCorpora.Directories(LastReadHeldOutSet).SelectMany(DeadlineCorpus.Load).ToList();
        int phrases = items.Sum(i => i.Expected.Count);
        Assert.True(phrases >= 200, $"{phrases} labelled phrases");
        Assert.Contains(items, i => i.Language == "vi" && i.Expected.Count > 0);
        Assert.Contains(items, i => i.Language == "en" && i.Expected.Count > 0);
    }

    [Theory]
    [MemberData(nameof(Labelled))]
    public void A_labelled_phrase_reads_to_its_label(string phrase, string date, string deadline)
    {
        LocalDate reference = NodaTime.Text.LocalDatePattern.Iso.Parse(date).Value;
        Deadline read = Deadline.ParsePhrase(phrase, reference);
        Assert.Equal(deadline, read.ToString());
        Assert.Equal(Deadline.Parse(deadline), read);
        Assert.Equal(phrase.Trim(), read.Wording);
    }
}
