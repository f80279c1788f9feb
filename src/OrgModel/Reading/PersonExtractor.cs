using System.Collections.Immutable;
using Ardalis.GuardClauses;
using OrgModel.Deadlines;
using OrgModel.Personnel;

namespace OrgModel.Reading;

/// <summary>
/// Finds the people a Vietnamese or English text names after a title ("Tổng Bí thư Tô Lâm", "đồng chí Trần Cẩm Tú",
/// "General Secretary To Lam", "Politburo member Tran Cam Tu", "comrades A, B and C"), each read as a
/// <see cref="VietnameseName"/> and, when a personnel record is given, resolved to the one person in it with that name.
/// </summary>
/// <remarks>
/// <para>A name is taken only after a title, so that capitalised words that are not names ("Bộ Chính trị") are never read
/// as one. Titles may follow each other and may hold a body's name ("Ủy viên Bộ Chính trị, Thường trực Ban Bí thư",
/// "Bộ trưởng Bộ Nội vụ", "Head of the Organisation Commission"). The name is the run of two to five capitalised words
/// after them that <see cref="VietnameseName"/> reads, with or without diacritics; a plural title ("các đồng chí",
/// "comrades") reads a list of names joined by commas, "và" or "and".</para>
/// <para>Nothing is guessed: without a record, or when no one or several people in it have the name,
/// <see cref="PersonMention.Person"/> stays null. Linear in the text; never throws on any text. Thread-safe.</para>
/// </remarks>
public static class PersonExtractor
{
    private const int MaxNameWords = 5;

    private static readonly PhraseTable<bool> Titles = BuildTitles();

    // Capitalised English words of titles and bodies that the letters of a name would also allow.
    private static readonly HashSet<string> NotAName = new(StringComparer.Ordinal)
    {
        "the", "party", "central", "state", "people", "board", "members", "member", "former", "deputy", "vice", "head", "bloc", "office", "general",
        "province", "city", "group", "from", "and", "of", "in", "on", "to", "with", "for", "was", "were",
    };

    /// <summary>Returns every person the text names after a title, in order.</summary>
    /// <param name="text">The text.</param>
    /// <param name="personnel">The record to resolve names against, or null.</param>
    /// <returns>The mentions, in order, never overlapping.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public static IReadOnlyList<PersonMention> Extract(string text, PersonnelRecord? personnel = null)
    {
        Guard.Against.Null(text);
        return Extract(text, DeadlineTextTokens.Read(text), personnel);
    }

    internal static IReadOnlyList<PersonMention> Extract(string text, DeadlineTextTokens k, PersonnelRecord? personnel)
    {
        PhraseTable<OrganisationNames.Name> bodies = OrganisationNames.For(null);
        List<PersonMention>? found = null;
        for (int t = 0; t < k.Count; t++)
        {
            if (!k.IsWord(t) || !Titles.TryMatch(k, t, out int last, out bool plural) || IsLookAlike(text, k, t, last))
            {
                continue;
            }

            int p = SkipTitles(text, k, last + 1, bodies, ref plural);
            string title = text[k.Start(t)..k.End(p - 1)].TrimEnd(' ', ',');
            while (TryName(text, k, p, out int end, out VietnameseName name))
            {
                (found ??= []).Add(Mention(text, k, p, end, name, title, personnel));
                t = end;
                p = plural ? NextInList(text, k, end + 1) : -1;
                if (p < 0)
                {
                    break;
                }
            }

            t = Math.Max(t, p - 1);
        }

        return found is null ? ImmutableArray<PersonMention>.Empty : found.AsReadOnly();
    }

    // "nguyên" (former) and "ông" (Mr) fold like "Nguyễn" and "ong": a one-word Vietnamese title must be written with its marks.
    private static bool IsLookAlike(string text, DeadlineTextTokens k, int t, int last) =>
        t == last && k.Folded(t) is "nguyen" or "ong" && text[k.Start(t)..k.End(t)] is not ("nguyên" or "Nguyên" or "ông" or "Ông");

    // Titles follow each other ("Ủy viên Bộ Chính trị, Thường trực Ban Bí thư") and may name a body ("Bộ trưởng Bộ Nội vụ").
    private static int SkipTitles(string text, DeadlineTextTokens k, int p, PhraseTable<OrganisationNames.Name> bodies, ref bool plural)
    {
        for (int guard = 0; guard < 8 && p < k.Count; guard++)
        {
            int q = ReadingTokens.IsSymbol(text, k, p, ',') || ReadingTokens.IsSymbol(text, k, p, ':') ? p + 1 : p;
            q = k.Is(q, "of") || k.Is(q, "cua") ? q + 1 : q;
            q = k.Is(q, "the") ? q + 1 : q;
            if (Titles.TryMatch(k, q, out int last, out bool more) && !IsLookAlike(text, k, q, last))
            {
                plural |= more;
                p = last + 1;
            }
            else if (bodies.TryMatch(k, q, out last, out OrganisationNames.Name body) && !body.Scope && ReadingTokens.IsCapitalised(text, k, q))
            {
                p = last + 1;
            }
            else
            {
                // "Politburo member and permanent member of the Secretariat Tran Cam Tu"
                return k.Is(p, "and") || k.Is(p, "va") ? (Titles.TryMatch(k, p + 1, out last, out _) ? SkipTitles(text, k, last + 1, bodies, ref plural) : p) : p;
            }
        }

        return p;
    }

    // Two to five capitalised words that read as a name; a title word ends the run.
    internal static bool TryName(string text, DeadlineTextTokens k, int p, out int end, out VietnameseName name)
    {
        end = p - 1;
        name = default;
        while (end + 1 < k.Count && end + 1 - p < MaxNameWords && ReadingTokens.IsCapitalised(text, k, end + 1) && k.Folded(end + 1).Length <= 7
            && !(Titles.TryMatch(k, end + 1, out int titleEnd, out _) && !IsLookAlike(text, k, end + 1, titleEnd)) && (end < p || text[k.End(end)] == ' ')
            && (k.Folded(end + 1).Length == 1 || !ReadingTokens.IsAllCapitals(text, k, end + 1)) && !NotAName.Contains(k.Folded(end + 1).ToString()))
        {
            end++;
        }

        while (end - p >= 1)
        {
            if (VietnameseName.TryParse(text.AsSpan(k.Start(p), k.End(end) - k.Start(p)), out name))
            {
                return true;
            }

            end--;
        }

        return false;
    }

    // After a name in a list: ", " or " và " or " and " (and ", and") before the next name.
    private static int NextInList(string text, DeadlineTextTokens k, int p)
    {
        int q = ReadingTokens.IsSymbol(text, k, p, ',') ? p + 1 : p;
        q = k.Is(q, "and") || k.Is(q, "va") ? q + 1 : q;
        q = k.Is(q, "comrade") || k.Is(q, "dong", "chi") ? q + (k.Is(q, "comrade") ? 1 : 2) : q;
        return q > p && ReadingTokens.IsCapitalised(text, k, q) ? q : -1;
    }

    private static PersonMention Mention(string text, DeadlineTextTokens k, int p, int end, VietnameseName name, string title, PersonnelRecord? personnel)
    {
        string written = text[k.Start(p)..k.End(end)];
        if (personnel is null)
        {
            return new PersonMention(k.Start(p), written, name, title, null, "a name after a title; no personnel record given");
        }

        IReadOnlyList<Person> people = personnel.FindByName(written);
        return people.Count switch
        {
            1 => new PersonMention(k.Start(p), written, name, title, people[0].Id, "a name after a title; one person in the record has it"),
            0 => new PersonMention(k.Start(p), written, name, title, null, "a name after a title; no one in the record has it"),
            _ => new PersonMention(k.Start(p), written, name, title, null, $"a name after a title; {people.Count} people in the record have it"),
        };
    }

    private static PhraseTable<bool> BuildTitles()
    {
        var table = new PhraseTable<bool>();
        foreach (string s in (string[])[
            "đồng chí", "Tổng Bí thư", "Thủ tướng", "Thủ tướng Chính phủ", "Phó Thủ tướng", "Phó Thủ tướng Chính phủ", "Chủ tịch nước",
            "Chủ tịch Quốc hội", "Phó Chủ tịch Quốc hội", "Thường trực Ban Bí thư", "Ủy viên Bộ Chính trị", "Ủy viên Ban Bí thư", "Bí thư Trung ương Đảng",
            "Ủy viên Trung ương Đảng", "Bộ trưởng", "Chủ nhiệm", "Trưởng ban", "Trưởng Ban", "Phó Trưởng ban", "Chủ tịch", "Phó Chủ tịch", "Bí thư", "Phó Bí thư",
            "nguyên", "ông",
            "comrade", "General Secretary", "Party General Secretary", "Party Central Committee General Secretary", "Prime Minister",
            "Deputy Prime Minister", "President", "State President", "National Assembly Chairman", "National Assembly Chairwoman",
            "Chairman of the National Assembly", "Chairwoman of the National Assembly", "Politburo member", "member of the Politburo",
            "permanent member of the Secretariat", "Permanent member of the Secretariat", "Standing member of the Secretariat", "Secretariat member",
            "Minister", "Lieutenant General", "Senior Lieutenant General", "Major General", "Head", "Head of", "Chairman", "Chairwoman", "Chairperson", "Secretary", "Deputy Secretary", "former", "Mr", "Mr.", "Mrs", "Ms",
        ])
        {
            table.Add(s, false);
        }

        foreach (string s in (string[])["các đồng chí", "comrades", "Politburo members", "Ministers"])
        {
            table.Add(s, true);
        }

        return table;
    }
}
