using System.Collections.Immutable;
using System.Globalization;
using Ardalis.GuardClauses;
using NodaTime;
using OrgModel.Deadlines;
using OrgModel.Organisations;
using OrgModel.Utility;

namespace OrgModel.Reading;

/// <summary>
/// Finds the organisations a Vietnamese or English text names ("Bộ Chính trị", "Ban Bí thư", "the Organisation Commission",
/// "BTCTW", "Government Party Committee") and the scopes it gives ("provincial People's Committees", "các bộ, ngành"),
/// each resolved, when a chart is given, to the body the chart holds on the text's date.
/// </summary>
/// <remarks>
/// <para>Names come from the central bodies of the reference data (Vietnamese, English and short names), the English
/// renderings of the news ("Central Organizing Committee", "Organisation Commission"), common abbreviations ("BTCTW",
/// "UBKTTW") and, when a chart is given, every body of the chart that is not an administrative unit. A name is taken
/// only where it starts with a capital letter as written ("chủ nhiệm ủy ban kiểm tra" names no body); an abbreviation only
/// where it is written in capitals and stands outside a document symbol ("BTCTW", not "520-BC/BTCTW"). A scope is taken
/// in either case. The longest name wins and mentions never overlap. Case, diacritics and the apostrophe's form are
/// otherwise ignored.</para>
/// <para>Nothing is guessed: without a chart, or when the chart does not hold the body on the text's date, <see cref="OrganisationMention.Id"/>
/// stays null and the mention keeps the body's name. Linear in the text; never throws on any text. Thread-safe.</para>
/// </remarks>
public static class OrganisationExtractor
{
    /// <summary>Returns every organisation and scope the text names, in order.</summary>
    /// <param name="text">The text.</param>
    /// <param name="date">The text's date: the chart is read as of this day.</param>
    /// <param name="chart">The chart to resolve names against, or null.</param>
    /// <returns>The mentions, in order, never overlapping.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="date"/> is not in the ISO calendar.</exception>
    public static IReadOnlyList<OrganisationMention> Extract(string text, LocalDate date, OrgChart? chart = null)
    {
        Guard.Against.Null(text);
        Preconditions.CheckIso(date);
        return Extract(text, DeadlineTextTokens.Read(text), date, chart);
    }

    internal static IReadOnlyList<OrganisationMention> Extract(string text, DeadlineTextTokens k, LocalDate date, OrgChart? chart)
    {
        PhraseTable<OrganisationNames.Name> names = OrganisationNames.For(chart);
        OrgChart? view = chart?.AsOf(date);
        List<OrganisationMention>? found = null;
        for (int t = 0; t < k.Count; t++)
        {
            if (!k.IsWord(t) || !names.TryMatch(k, t, out int last, out OrganisationNames.Name name) || !Stands(text, k, t, last, name))
            {
                continue;
            }

            (found ??= []).Add(Mention(text, k, t, last, name, view, date));
            t = last;
        }

        return found is null ? ImmutableArray<OrganisationMention>.Empty : found.AsReadOnly();
    }

    private static bool Stands(string text, DeadlineTextTokens k, int t, int last, OrganisationNames.Name name)
    {
        if (name.Scope)
        {
            return true;
        }

        if (!ReadingTokens.IsCapitalised(text, k, t))
        {
            return false;
        }

        if (!name.Abbreviation)
        {
            return true;
        }

        int start = k.Start(t);
        int end = k.End(last);
        bool glued = (start > 0 && text[start - 1] is '-' or '/' or '.') || (end < text.Length && text[end] is '-' or '/');
        for (int i = t; i <= last && !glued; i++)
        {
            glued = !ReadingTokens.IsAllCapitals(text, k, i);
        }

        return !glued;
    }

    private static OrganisationMention Mention(string text, DeadlineTextTokens k, int t, int last, OrganisationNames.Name name, OrgChart? view, LocalDate date)
    {
        string written = text[k.Start(t)..k.End(last)];
        if (name.Scope)
        {
            return new OrganisationMention(k.Start(t), written, name.VietnameseName, null, true, "a kind of body at a level, not one body");
        }

        string how = name.Abbreviation ? "an abbreviation of " + name.VietnameseName : "a name of " + name.VietnameseName;
        if (view is null)
        {
            return new OrganisationMention(k.Start(t), written, name.VietnameseName, null, false, how + "; no chart given");
        }

        string day = date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);
        if (name.Id is { } id && OrgId.TryParse(id, out OrgId orgId) && view.Contains(orgId))
        {
            return new OrganisationMention(k.Start(t), written, name.VietnameseName, orgId, false, $"{how}, in the chart on {day}");
        }

        return new OrganisationMention(k.Start(t), written, name.VietnameseName, null, false, $"{how}; the chart does not hold it on {day}");
    }
}
