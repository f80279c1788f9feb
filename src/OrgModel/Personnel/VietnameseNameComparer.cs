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
        int c = VietnameseCollation.ComparePrimary(x.Given, y.Given);
        if (c != 0)
        {
            return c;
        }

        c = VietnameseCollation.ComparePrimary(x.Family, y.Family);
        return c != 0 ? c : VietnameseCollation.ComparePrimary(x.Middle, y.Middle);
    }

    private static int CompareFull(VietnameseName x, VietnameseName y)
    {
        int c = VietnameseCollation.Compare(x.Given, y.Given);
        if (c != 0)
        {
            return c;
        }

        c = VietnameseCollation.Compare(x.Family, y.Family);
        return c != 0 ? c : VietnameseCollation.Compare(x.Middle, y.Middle);
    }
}
