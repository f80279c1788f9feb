using OrgModel.Deadlines;

namespace OrgModel.Reading;

/// <summary>The people of a text by their given name alone, to find the one a later "Cang" or "Hue" refers back to: built once
/// per text, each look-up a hash and a binary search, so that resolving every decision of a long text stays linear.</summary>
internal sealed class GivenNames
{
    private readonly IReadOnlyList<PersonMention> people;
    private Dictionary<string, List<(int Start, PersonMention Person, bool Ambiguous)>>.AlternateLookup<ReadOnlySpan<char>>? lookup;

    // The table is built on the first look-up: most texts the decision reader sees name no one by the given name alone.
    public GivenNames(IReadOnlyList<PersonMention> people) => this.people = people;

    private Dictionary<string, List<(int Start, PersonMention Person, bool Ambiguous)>>.AlternateLookup<ReadOnlySpan<char>> Build()
    {
        var byName = new Dictionary<string, List<(int Start, PersonMention Person, bool Ambiguous)>>(StringComparer.Ordinal);
        foreach (PersonMention p in people)
        {
            if (p.Name.Given.Length == 0)
            {
                continue;
            }

            string key = Text.VietnameseText.Fold(p.Name.Given);
            if (!byName.TryGetValue(key, out var entries))
            {
                byName[key] = entries = [];
            }

            // Ambiguous from the first entry on whose name differs from one before it: two people share the given name.
            bool ambiguous = entries.Count > 0 && (entries[^1].Ambiguous || entries[^1].Person.Name != p.Name);
            entries.Add((p.Start, p, ambiguous));
        }

        return byName.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The person named in full before <paramref name="before"/> (a character offset) whose given name is token
    /// <paramref name="t"/>, when only one person named before has it; or null.</summary>
    public PersonMention? Before(DeadlineTextTokens k, int t, int before)
    {
        lookup ??= Build();
        if (!lookup.Value.TryGetValue(k.Folded(t), out var entries))
        {
            return null;
        }

        int lo = 0;
        int hi = entries.Count - 1;
        int last = -1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >>> 1;
            if (entries[mid].Start < before)
            {
                last = mid;
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return last < 0 || entries[last].Ambiguous ? null : entries[last].Person;
    }
}
