using OrgModel.Organisations;

namespace OrgModel.Cli;

/// <summary>Finds the organisation a person names: by id, by official code, or by name (the best search match).</summary>
internal static class OrgLookup
{
    public static Organisation Find(OrgChart chart, string text)
    {
        string trimmed = text.Trim();
        if (OrgId.TryParse(trimmed, out OrgId id) && chart.Find(id) is { } byId)
        {
            return byId;
        }

        if (chart.FindByCode(trimmed) is { } byCode)
        {
            return byCode;
        }

        IReadOnlyList<Organisation> found = trimmed.Length == 0 ? [] : chart.Search(trimmed);
        if (found.Count > 0)
        {
            return found[0];
        }

        string day = chart.Date is { } d ? $" on {Dates.Iso(d)}" : "";
        throw new InputException(
            $"no organisation \"{text}\" in the chart{day}: give an id (vn.au.2025-07.01), an official code (01) or a name (Hà Nội).");
    }
}
