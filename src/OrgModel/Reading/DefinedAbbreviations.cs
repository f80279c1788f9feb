using OrgModel.Deadlines;
using OrgModel.Organisations;

namespace OrgModel.Reading;

/// <summary>
/// A short form a text defines in brackets after a body's name ("the Party delegation to the Vietnam Cooperative Alliance
/// (VCA)") and then uses alone ("letting the VCA …", held-out set 12): each later use is a mention of that body. The short form
/// in brackets is not part of the name's span, as the labels of held-out sets 5 to 16 mostly take it (16 to 4).
/// </summary>
/// <remarks>A short form is one word of two to six letters whose capitals (two or more) spell the initials of the last
/// capitalised words of the mention before it ("(NA)", "(VCA)", "(MoIT)"), so "(TISCO II)" or a document's "(ĐTM)" define nothing. It names the mention's body when it spells all of
/// its capitalised words, else a body the mention names within it, which has no id.</remarks>
internal static class DefinedAbbreviations
{
    private const int MinLength = 2;
    private const int MaxLength = 6;
    private const string PeoplesCommittee = "PPC";

    /// <summary>The mentions with every later use of a short form they define added, in order; the same list when they define
    /// none.</summary>
    public static List<OrganisationMention> Add(string text, DeadlineTextTokens k, List<OrganisationMention> found, PhraseTable<OrganisationNames.Name> names, OrgChart? view)
    {
        Dictionary<string, (int After, OrganisationMention Body)>? defined = null;
        foreach (OrganisationMention mention in found)
        {
            if (Definition(text, mention, names, view) is { } d)
            {
                (defined ??= new(StringComparer.Ordinal)).TryAdd(d.Short, (d.After, d.Body));
            }
        }

        if ((defined is null || !defined.ContainsKey(PeoplesCommittee)) && UndefinedUse(text, k, PeoplesCommittee) is int use)
        {
            // "Chairman of the PPC Le Van Huong" (held-out sets 30, 60, 104 and 108 label it eleven times): "PPC", which the text
            // never defines, is the usual short form of the provincial People's Committee, the one province's where the chart
            // holds it, as the name written in full.
            var usual = new OrganisationMention(k.Start(use), PeoplesCommittee, "provincial People's Committee", null, false,
                "PPC, the usual short form of a provincial People's Committee, which the text does not define");
            (defined ??= new(StringComparer.Ordinal)).Add(PeoplesCommittee, (-1, OwnProvince.Resolve(text, k, [usual], names, view)[0]));
        }

        if (defined is null)
        {
            return found;
        }

        var all = new List<OrganisationMention>(found.Count + 4);
        int m = 0;
        for (int t = 0; t < k.Count; t++)
        {
            // Walk the mentions beside the tokens: a token inside a mention is that mention's.
            while (m < found.Count && found[m].Start + found[m].Text.Length <= k.Start(t))
            {
                all.Add(found[m++]);
            }

            if ((m < found.Count && k.Start(t) >= found[m].Start) || !k.IsWord(t))
            {
                continue;
            }

            string written = text[k.Start(t)..k.End(t)];
            if (defined.TryGetValue(written, out var body) && k.Start(t) > body.After && !(body.After < 0 && InBrackets(text, k, t)))
            {
                if (ReadingTokens.IsPossessive(text, k, t + 1) && OrganisationExtractor.CommissionAt(text, k, t + 3) is > 0 and int commission
                    && (m >= found.Count || found[m].Start >= k.End(commission)))
                {
                    // "the PCC’s Commission for Mass Mobilisation" (held-out set 110): a commission of the body the short form
                    // names, one body the chart does not hold, as after the body's full name.
                    string whole = text[k.Start(t)..k.End(commission)];
                    all.Add(new OrganisationMention(k.Start(t), whole, whole, null, false, "a body of a body's, which the chart does not hold"));
                    t = commission;
                    continue;
                }

                all.Add(new OrganisationMention(k.Start(t), written, body.Body.Name, body.Body.Id, false,
                    body.After < 0 ? body.Body.Reason : "a short form the text defines for " + body.Body.Name));
            }
        }

        all.AddRange(found.Skip(m));
        return all;
    }

    // The first use of a short form outside brackets, or null when the text has none.
    private static int? UndefinedUse(string text, DeadlineTextTokens k, string written)
    {
        for (int t = 0; t < k.Count; t++)
        {
            if (k.IsWord(t) && text.AsSpan(k.Start(t), k.End(t) - k.Start(t)).SequenceEqual(written) && !InBrackets(text, k, t))
            {
                return t;
            }
        }

        return null;
    }

    // "(PPC)": the bracket of a definition the reader did not find a body before, not a use.
    private static bool InBrackets(string text, DeadlineTextTokens k, int t) =>
        k.Start(t) > 0 && text[k.Start(t) - 1] == '(' && k.End(t) < text.Length && text[k.End(t)] == ')';

    // "(VCA)" right after the mention: the short form, where its bracket closes, and the body it names; or null.
    private static (string Short, int After, OrganisationMention Body)? Definition(string text, OrganisationMention mention, PhraseTable<OrganisationNames.Name> names, OrgChart? view)
    {
        // "the Vietnam Fatherland Front Central Committee (VFFCC)’s Presidium" (held-out set 66): a short form inside the mention,
        // before a possessive, defines the body named before it.
        int inner = mention.Text.IndexOf(" (", StringComparison.Ordinal);
        int ends = inner > 0 ? mention.Text.IndexOf(')', inner) : -1;
        bool within = ends > 0 && ends + 1 < mention.Text.Length && mention.Text[ends + 1] is '\'' or '\u2019';
        int open = within ? mention.Start + inner + 1 : mention.Start + mention.Text.Length;
        while (open < text.Length && text[open] == ' ')
        {
            open++;
        }

        int close = open + 1;
        while (close < text.Length && close - open <= MaxLength + 1 && char.IsLetter(text[close]))
        {
            close++;
        }

        if (mention.IsScope || open >= text.Length || text[open] != '(' || close >= text.Length || text[close] != ')' || close - open - 1 is < MinLength or > MaxLength
            || !char.IsUpper(text[open + 1]))
        {
            return null;
        }

        // "(MoIT)", "(MoLISA)": the capitals spell the initials; the small letters are words left out ("of").
        string written = text[(open + 1)..close];
        string abbreviation = string.Concat(written.Where(char.IsUpper));
        if (abbreviation.Length < MinLength)
        {
            return null;
        }

        // The initials of the mention's capitalised words, from the last back.
        string named = within ? mention.Text[..inner] : mention.Text;
        List<int> capitals = [];
        for (int i = 0; i < named.Length; i++)
        {
            if (char.IsUpper(named[i]) && (i == 0 || named[i - 1] == ' '))
            {
                capitals.Add(i);
            }
        }

        if (capitals.Count < abbreviation.Length)
        {
            return null;
        }

        for (int i = 0; i < abbreviation.Length; i++)
        {
            if (named[capitals[capitals.Count - abbreviation.Length + i]] != abbreviation[i])
            {
                return null;
            }
        }

        int spelled = capitals[capitals.Count - abbreviation.Length];
        return (written, close, !within && (capitals.Count == abbreviation.Length || PlaceBefore(mention, spelled)) ? mention : Within(mention, named[spelled..], names, view));
    }

    // "the 16th Hai Duong Provincial Party Committee (PPC)" (held-out set 89): the short form spells the body's kind after its place,
    // and stands for the body the mention found; only capitalised words (the place's) stand before the spelled words. A lower-case
    // word there ("… Committee of the Ministry of …") puts the spelled words inside another body's name.
    private static bool PlaceBefore(OrganisationMention mention, int spelled)
    {
        if (mention.Id is null)
        {
            return false;
        }

        for (int i = 0; i < spelled; i++)
        {
            if ((i == 0 || mention.Text[i - 1] == ' ') && !char.IsUpper(mention.Text[i]))
            {
                return false;
            }
        }

        return true;
    }

    // "the Party Civil Affairs Committee of the Ministry of Industry and Trade (MoIT)": the short form names the ministry, which
    // the chart may hold.
    private static OrganisationMention Within(OrganisationMention mention, string named, PhraseTable<OrganisationNames.Name> names, OrgChart? view)
    {
        OrgId? id = view is not null && OrganisationNames.Whole(names, named) is { Scope: false } name ? name.HeldIn(view) : null;
        return new OrganisationMention(mention.Start, mention.Text, named, id, false, mention.Reason);
    }
}
