using OrgModel.Organisations;

namespace OrgModel.ReferenceData;

/// <summary>
/// The bodies every province has by the law that creates them, derived one per province rather than listed: its Party
/// committee's inspection commission, its People's Court and its People's Procuracy (see docs/sources.md).
/// </summary>
/// <remarks>
/// <para>Inspection commissions: the Party Charter (2011) arts. 20 and 32: the provincial Party committee elects its inspection
/// commission, named "Ủy ban Kiểm tra Tỉnh ủy X" / "Ủy ban Kiểm tra Thành ủy X" (Regulation 22-QĐ/TW of 2021).</para>
/// <para>Courts: Resolution 81/2025/UBTVQH15 of the National Assembly Standing Committee formed the 34 provincial People's
/// Courts of 1 July 2025 (23 by merging the courts of the merged provinces, 11 unchanged) under Resolution 225/2025/QH15
/// (three tiers: supreme, provincial, regional). Procuracies: Resolution 84/2025/UBTVQH15 (27 June 2025) did the same for the
/// 34 provincial People's Procuracies. Both name them "… nhân dân tỉnh X" / "… nhân dân thành phố X", after the province.
/// The 355 regional courts and procuracies are not shipped: no sourced list of their names and areas is at hand.</para>
/// <para>The bodies of the old and the new provinces are not linked by change events: the merger diagrams draw every event of
/// a tier, so body events would appear among the provinces; the province's own events link the bodies' areas.</para>
/// </remarks>
internal static class ProvincialBodies
{
    public const string PartyCommitteeSuffix = ".party-committee";
    public const string InspectionCommissionSuffix = ".inspection-commission";
    public const string CourtSuffix = ".peoples-court";
    public const string ProcuracySuffix = ".peoples-procuracy";

    /// <summary>The Party committee's name: tỉnh ủy for a province, thành ủy for a centrally-run city.</summary>
    public static string PartyCommitteeName(Organisation province) =>
        province.UnitType == AdministrativeUnitType.Municipality
            ? "Thành ủy " + StripPrefix(province.Name, "Thành phố ")
            : "Tỉnh ủy " + StripPrefix(province.Name, "Tỉnh ");

    /// <summary>Adds a province's inspection commission, court and procuracy, in force from <paramref name="from"/> to
    /// <paramref name="to"/>, with their relations: the commission under the Party committee, the court and procuracy under
    /// the supreme ones and bodies of the province's area.</summary>
    public static void Add(ChartAssembler chart, int province, int partyCommittee, int supremeCourt, int supremeProcuracy, LocalDate? from, LocalDate? to)
    {
        Organisation unit = chart[province];
        string id = unit.Id.ToString();
        int commission = chart.Add(id + InspectionCommissionSuffix, OrganisationKind.PartyCommission, OrgLevel.Province, "Ủy ban Kiểm tra " + chart[partyCommittee].Name, null, from, to, null);
        int court = chart.Add(id + CourtSuffix, OrganisationKind.Court, OrgLevel.Province, OfArea("Tòa án nhân dân ", unit.Name), null, from, to, null);
        int procuracy = chart.Add(id + ProcuracySuffix, OrganisationKind.Procuracy, OrgLevel.Province, OfArea("Viện kiểm sát nhân dân ", unit.Name), null, from, to, null);
        chart.Relate(commission, partyCommittee, OrgRelationKind.IsUnder, from, to);
        chart.Relate(court, supremeCourt, OrgRelationKind.IsUnder, from, to);
        chart.Relate(court, province, OrgRelationKind.BodyOfArea, from, to);
        chart.Relate(procuracy, supremeProcuracy, OrgRelationKind.IsUnder, from, to);
        chart.Relate(procuracy, province, OrgRelationKind.BodyOfArea, from, to);
    }

    public static string StripPrefix(string name, string prefix) =>
        name.StartsWith(prefix, StringComparison.Ordinal) ? name[prefix.Length..] : name;

    /// <summary>A body's name from its area's: <paramref name="title"/> then the area's name with its first letter in lower
    /// case ("Tỉnh Lai Châu" → "Tòa án nhân dân tỉnh Lai Châu"), built in one string (a load names about 30,000 bodies).</summary>
    public static string OfArea(string title, string area) =>
        string.Create(title.Length + area.Length, (title, area), static (span, s) =>
        {
            s.title.CopyTo(span);
            Span<char> rest = span[s.title.Length..];
            s.area.CopyTo(rest);
            if (rest.Length > 0 && char.IsUpper(rest[0]))
            {
                rest[0] = char.ToLowerInvariant(rest[0]);
            }
        });
}
