namespace OrgModel.Personnel;

/// <summary>Orders names the Vietnamese way: given name, then family name, then middle name, each in Vietnamese letter order
/// (a &lt; ă &lt; â &lt; b … d &lt; đ …) with tones only breaking ties.</summary>
/// <remarks>Thread safety: stateless and thread-safe.</remarks>
internal sealed class VietnameseNameComparer : IComparer<VietnameseName>
{
    /// <summary>The single instance.</summary>
    public static readonly VietnameseNameComparer Instance = new();

    private VietnameseNameComparer()
    {
    }

    /// <inheritdoc />
    public int Compare(VietnameseName x, VietnameseName y)
    {
        // Letters of all three parts decide before any tone does: "Lâm" and "Lam" tie on letters, then family names decide.
        int c = CompareParts(x, y, primary: true);
        return c != 0 ? c : CompareParts(x, y, primary: false);
    }

    // The order of the parts is stated once, for both the letters-only pass and the full one.
    private static int CompareParts(VietnameseName x, VietnameseName y, bool primary)
    {
        int c = ComparePart(x.Given, y.Given, primary);
        if (c == 0)
        {
            c = ComparePart(x.Family, y.Family, primary);
        }

        return c != 0 ? c : ComparePart(x.Middle, y.Middle, primary);
    }

    private static int ComparePart(string x, string y, bool primary) =>
        primary ? VietnameseCollation.ComparePrimaryNfc(x, y) : VietnameseCollation.CompareNfc(x, y);
}
