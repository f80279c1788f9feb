using NodaTime;
using OrgModel.Deadlines;
using OrgModel.Reading;

namespace OrgModel.Tests.Reading;

/// <summary>The readers' fast paths (look-ups that spare most tokens the full rules) answer as the full rules do, token by
/// token, on random texts of corpus words (<see cref="CorpusWordTexts"/>).</summary>
public class ReadingFastPathTests
{
    [Property(Arbitrary = [typeof(CorpusWordTexts)], MaxTest = 300)]
    public void The_deadline_cue_look_up_answers_as_the_cue_rules_at_every_token(string[] words)
    {
        string text = string.Join(' ', words);
        DeadlineTextTokens k = DeadlineTextTokens.Read(text);
        for (int t = 0; t < k.Count; t++)
        {
            bool fast = DeadlineCues.TryMatch(text, k, t, out DeadlineCue cue, out bool needsTask);
            bool full = DeadlineCues.TryMatchAnyWord(text, k, t, out DeadlineCue fullCue, out bool fullNeedsTask);
            Assert.Equal(full, fast);
            if (full)
            {
                Assert.Equal(fullCue, cue);
                Assert.Equal(fullNeedsTask, needsTask);
            }
        }
    }

    [Property(Arbitrary = [typeof(CorpusWordTexts)], MaxTest = 300)]
    public void The_scope_look_up_answers_as_the_scope_rules_at_every_token(string[] words)
    {
        string text = string.Join(' ', words);
        DeadlineTextTokens k = DeadlineTextTokens.Read(text);
        for (int t = 0; t < k.Count; t++)
        {
            bool fast = ScopePhrases.TryMatch(text, k, t, out int last);
            bool full = ScopePhrases.TryMatchAnyWord(text, k, t, out int fullLast);
            Assert.Equal((full, fullLast), (fast, last));
        }
    }

    [Property(Arbitrary = [typeof(CorpusWordTexts)], MaxTest = 300)]
    public void The_term_look_up_lets_through_every_token_a_term_or_conference_opens_at(string[] words)
    {
        string text = string.Join(' ', words);
        DeadlineTextTokens k = DeadlineTextTokens.Read(text);
        for (int t = 0; t < k.Count; t++)
        {
            bool opens = TermExtractor.OpensConference(k, t) || TermExtractor.TermOpening(text, k, t) > 0;
            Assert.True(!opens || TermExtractor.MayOpen(k, t));
        }
    }

    [Property(Arbitrary = [typeof(CorpusWordTexts)], MaxTest = 300)]
    public void The_line_breaks_noted_by_the_tokenizer_are_those_between_the_tokens(string[] words)
    {
        string text = string.Join(' ', words);
        DeadlineTextTokens k = DeadlineTextTokens.Read(text);
        for (int t = 1; t < k.Count; t++)
        {
            Assert.Equal(text.AsSpan(k.End(t - 1), k.Start(t) - k.End(t - 1)).ContainsAny('\n', '\r'), k.LineBreakBefore(t));
        }
    }

    [Property(Arbitrary = [typeof(CorpusWordTexts)], MaxTest = 300)]
    public void Terms_are_found_as_the_rules_find_them_at_every_token_and_every_run(string[] words)
    {
        string text = string.Join(' ', words);
        DeadlineTextTokens k = DeadlineTextTokens.Read(text);
        var date = new LocalDate(2025, 10, 31);
        Assert.Equal(Keys(TermExtractor.Extract(text, k, date, fast: false)), Keys(TermExtractor.Extract(text, k, date)));
    }

    private static List<string> Keys(IReadOnlyList<TermMention> terms) =>
        [.. terms.Select(m => $"{m.Start} {m.Text} {string.Join(',', m.Terms)} {m.EventId} {m.Reason}")];
}
