using OrgModel.Tests.Reading;

namespace OrgModel.Tests.Deadlines;

/// <summary>The folders of the reading corpora whose texts the Deadlines rule tests read: Reading/Corpus, then the held-out sets.</summary>
internal static class DeadlineCorpora
{
    /// <summary>Reading/Corpus, Reading/HeldOut and Reading/HeldOutN for N from 2 while the folder exists, up to <paramref name="lastHeldOutSet"/>.</summary>
    public static IEnumerable<string> Directories(int lastHeldOutSet = int.MaxValue)
    {
        yield return DeadlineCorpus.Directory;
        yield return DeadlineCorpus.HeldOutDirectory;
        for (int n = 2; n <= lastHeldOutSet && Directory.Exists(DeadlineCorpus.HeldOutSetDirectory(n)); n++)
        {
            yield return DeadlineCorpus.HeldOutSetDirectory(n);
        }
    }
}
