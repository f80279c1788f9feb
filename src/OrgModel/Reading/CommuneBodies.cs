using OrgModel.Deadlines;
using OrgModel.Organisations;
using OrgModel.ReferenceData;
using OrgModel.Text;

namespace OrgModel.Reading;

/// <summary>
/// The bodies of a commune, ward or special zone, which the reference chart holds from 1 July 2025 (development sets 33, 37, 39
/// and 42): a commune's body keeps its id only where the text names the commune's province ("Đảng bộ xã Xuân Lộc, tỉnh Hà
/// Tĩnh", "Đảng ủy xã Biển Bạch … UBKT Tỉnh ủy Cà Mau"), and a name several communes bear takes the id of the one in the
/// province the text names.
/// </summary>
/// <remarks>243 of the 3,321 communes' names belong to two or more communes, and a text may name a former commune whose name
/// a current one elsewhere bears ("UBND xã Tam Quang, huyện Núi Thành, tỉnh Quảng Nam (cũ)", while the chart's Xã Tam Quang is
/// in Nghệ An): the name alone does not say which body the text means, so no id is guessed. A province is named when its name
/// stands in the text as whole words, with or without diacritics ("Cà Mau", "Ca Mau"), Hồ Chí Minh City also as "HCM".</remarks>
internal static class CommuneBodies
{
    /// <summary>The mentions, each commune's body with the id of the one commune of its name in a province the text names, or
    /// with none.</summary>
    public static List<OrganisationMention> Place(DeadlineTextTokens k, List<OrganisationMention> found, PhraseTable<OrganisationNames.Name> names, OrgChart? view)
    {
        if (view is null)
        {
            return found;
        }

        Dictionary<string, bool>? named = null;
        List<OrganisationMention>? placed = null;
        for (int i = 0; i < found.Count; i++)
        {
            OrganisationMention m = found[i];
            if (m.IsScope || Candidates(m, names, view) is not { } candidates)
            {
                continue;
            }

            OrgId? one = null;
            int inNamed = 0;
            foreach (OrgId candidate in candidates)
            {
                if (ProvinceOf(candidate, view) is { } province && Named(k, province, ref named))
                {
                    (one, inNamed) = (candidate, inNamed + 1);
                }
            }

            OrganisationMention result = inNamed == 1
                ? new OrganisationMention(m.Start, m.Text, m.Name, one, false, $"a name of {m.Name}, the commune's body in the chart, in the province the text names")
                : new OrganisationMention(m.Start, m.Text, m.Name, null, false, inNamed == 0
                    ? $"a name of {m.Name}, a commune's body; the text names no province where the chart holds a commune of this name"
                    : $"a name of {m.Name}, a commune's body; several communes of this name lie in the provinces the text names");
            if (result.Id != m.Id || result.Reason != m.Reason)
            {
                (placed ??= new List<OrganisationMention>(found))[i] = result;
            }
        }

        return placed ?? found;
    }

    // The commune bodies the mention may be: its own id at the commune level, or every body the chart holds of a name several
    // communes bear; null for any other mention.
    private static List<OrgId>? Candidates(OrganisationMention m, PhraseTable<OrganisationNames.Name> names, OrgChart view)
    {
        if (m.Id is { } id)
        {
            return view.Find(id) is { Level: OrgLevel.Commune } ? [id] : null;
        }

        if (OrganisationNames.Whole(names, m.Name) is not { Scope: false, SameName: not null } name)
        {
            return null;
        }

        List<OrgId> held = [.. name.AllHeldIn(view)];
        return held.Count > 1 && view.Find(held[0]) is { Level: OrgLevel.Commune } ? held : null;
    }

    // The name of the province of a commune's body ("Cà Mau"), folded, or null when the chart does not place it.
    private static string? ProvinceOf(OrgId body, OrgChart view)
    {
        foreach (OrgRelationKind kind in (ReadOnlySpan<OrgRelationKind>)[OrgRelationKind.BodyOfArea, OrgRelationKind.GovernsArea])
        {
            foreach (Organisation unit in view.Related(body, kind))
            {
                if (unit.Level == OrgLevel.Commune && view.Parent(unit.Id) is { Level: OrgLevel.Province } province)
                {
                    string name = ProvincialBodies.StripPrefix(ProvincialBodies.StripPrefix(province.Name, "Tỉnh "), "Thành phố ");
                    return VietnameseText.Fold(name);
                }
            }
        }

        return null;
    }

    // Whether the text's tokens, folded as the tokenizer folds them, hold the province's name; each province's answer is kept, so
    // that a text naming many communes is read once per province, not once per commune.
    private static bool Named(DeadlineTextTokens k, string province, ref Dictionary<string, bool>? named)
    {
        named ??= new Dictionary<string, bool>(StringComparer.Ordinal);
        if (!named.TryGetValue(province, out bool isNamed))
        {
            isNamed = HasWords(k, province.Split(' ')) || (province == "ho chi minh" && (HasWords(k, ["hcm"]) || HasWords(k, ["tphcm"])));
            named[province] = isNamed;
        }

        return isNamed;
    }

    private static bool HasWords(DeadlineTextTokens k, string[] words)
    {
        for (int t = 0; t + words.Length <= k.Count; t++)
        {
            int i = 0;
            while (i < words.Length && k.Is(t + i, words[i]))
            {
                i++;
            }

            if (i == words.Length)
            {
                return true;
            }
        }

        return false;
    }
}
