using OrgModel.Organisations;

namespace OrgModel.ReferenceData;

/// <summary>
/// Vietnam's Party–State organisations and administrative units, embedded in the package: the central Party and State
/// bodies, the Fatherland Front and mass organisations, the 63 provinces, 691 districts and 10,051 communes of the list
/// of 4 January 2025 (in force until 30 June 2025), the 34 provinces and 3,321 communes in force from 1 July 2025 with
/// their Party committees, People's Councils and People's Committees, and the official conversion table between them.
/// </summary>
/// <remarks>
/// <para>Sources: the national statistics office lists and conversion table (see docs/sources.md). History before the
/// 4 January 2025 list is not modelled: units of that list have an open validity start. The 2026 changes (Đồng Nai, Quảng
/// Ninh, Bắc Ninh) are not included because their effective dates are not yet sourced.</para>
/// <para>Thread safety: the chart is loaded once, lazily, on first use, under a lock; it is immutable and thread-safe.</para>
/// </remarks>
public static class VietnamReferenceData
{
    private static readonly Lazy<OrgChart> Chart = new(ReferenceChartLoader.Load, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The first day of two-tier local government (34 provinces, 3,321 communes; districts abolished).</summary>
    public static LocalDate TwoTierReformDate => ReferenceChartLoader.ReformDate;

    /// <summary>Gets the undated chart of all the reference data; call <see cref="OrgChart.AsOf(LocalDate)"/> for a day.</summary>
    public static OrgChart OrgChart => Chart.Value;

    /// <summary>Returns the id of an administrative unit of the 1 July 2025 list from its official code.</summary>
    /// <param name="code">The code, for example <c>01</c> or <c>00004</c>.</param>
    /// <returns>The id, for example <c>vn.au.2025-07.00004</c> (whether such a unit exists is not checked).</returns>
    /// <exception cref="FormatException">The code is not digits.</exception>
    public static OrgId UnitId2025(string code) => OrgId.Parse(ReferenceChartLoader.NewPrefix + Digits(code));

    /// <summary>Returns the id of an administrative unit of the 4 January 2025 list from its official code.</summary>
    /// <param name="code">The code, for example <c>01</c>, <c>001</c> or <c>00004</c>.</param>
    /// <returns>The id, for example <c>vn.au.2025-01.00004</c> (whether such a unit exists is not checked).</returns>
    /// <exception cref="FormatException">The code is not digits.</exception>
    public static OrgId UnitIdBefore2025Reform(string code) => OrgId.Parse(ReferenceChartLoader.OldPrefix + Digits(code));

    /// <summary>Returns the provinces and centrally-run cities in force on a day.</summary>
    /// <param name="date">The day.</param>
    /// <returns>The provincial-level administrative units.</returns>
    public static IReadOnlyList<Organisation> Provinces(LocalDate date) => UnitsOfLevel(date, OrgLevel.Province);

    /// <summary>Returns the communes, wards, townships and special zones in force on a day.</summary>
    /// <param name="date">The day.</param>
    /// <returns>The commune-level administrative units.</returns>
    public static IReadOnlyList<Organisation> Communes(LocalDate date) => UnitsOfLevel(date, OrgLevel.Commune);

    /// <summary>Returns the central Party and State bodies, the Fatherland Front and the mass organisations in force on a day.</summary>
    /// <param name="date">The day.</param>
    /// <returns>The central-level organisations.</returns>
    public static IReadOnlyList<Organisation> CentralBodies(LocalDate date)
    {
        var result = new List<Organisation>();
        foreach (Organisation o in OrgChart.AsOf(date).Organisations)
        {
            if (o.Level == OrgLevel.Central)
            {
                result.Add(o);
            }
        }

        return result;
    }

    private static List<Organisation> UnitsOfLevel(LocalDate date, OrgLevel level)
    {
        var result = new List<Organisation>();
        foreach (Organisation o in OrgChart.AsOf(date).Organisations)
        {
            if (o.Level == level && o.Kind == OrganisationKind.AdministrativeUnit)
            {
                result.Add(o);
            }
        }

        return result;
    }

    private static string Digits(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        return code.Trim();
    }
}
