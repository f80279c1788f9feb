using OrgModel.Deadlines;

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
}
