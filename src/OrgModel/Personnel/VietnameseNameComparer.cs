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
        int c = ComparePrimary(x, y);
        return c != 0 ? c : CompareFull(x, y);
    }

    private static int ComparePrimary(VietnameseName x, VietnameseName y)
    {
        int c = VietnameseCollation.ComparePrimaryNfc(x.Given, y.Given);
        if (c != 0)
        {
            return c;
        }

        c = VietnameseCollation.ComparePrimaryNfc(x.Family, y.Family);
        return c != 0 ? c : VietnameseCollation.ComparePrimaryNfc(x.Middle, y.Middle);
    }

    private static int CompareFull(VietnameseName x, VietnameseName y)
    {
        int c = VietnameseCollation.CompareNfc(x.Given, y.Given);
        if (c != 0)
        {
            return c;
        }

        c = VietnameseCollation.CompareNfc(x.Family, y.Family);
        return c != 0 ? c : VietnameseCollation.CompareNfc(x.Middle, y.Middle);
    }
}
