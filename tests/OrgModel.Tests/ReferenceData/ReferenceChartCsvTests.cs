using NodaTime;
using OrgModel.Organisations;
using OrgModel.ReferenceData;
using OrgModel.Text;

namespace OrgModel.Tests.ReferenceData;

/// <summary>
/// The administrative units and the conversion table of the chart, held row by row to the CSV files they come from
/// (../shared/data/README.md: columns, types, levels, codes, the corrections), read here by <see cref="ReferenceCsv"/>;
/// the rules of the succession events are those of docs/organisations.md ("What the reference data records").
/// </summary>
public class ReferenceChartCsvTests
{
    private static readonly OrgChart Chart = VietnamReferenceData.OrgChart;
    private static readonly LocalDate Reform = new(2025, 7, 1);
    private static readonly LocalDate LastOldDay = new(2025, 6, 30);
    private static readonly LocalDate DayAfterJanuaryList = new(2025, 1, 5);

    // README: the type column's values and what they name.
    private static readonly Dictionary<string, AdministrativeUnitType> Types = new(StringComparer.Ordinal)
    {
        ["municipality"] = AdministrativeUnitType.Municipality,
        ["province"] = AdministrativeUnitType.Province,
        ["urban_district"] = AdministrativeUnitType.UrbanDistrict,
        ["district"] = AdministrativeUnitType.District,
        ["town"] = AdministrativeUnitType.Town,
        ["city"] = AdministrativeUnitType.City,
        ["commune"] = AdministrativeUnitType.Commune,
        ["ward"] = AdministrativeUnitType.Ward,
        ["township"] = AdministrativeUnitType.Township,
        ["special_zone"] = AdministrativeUnitType.SpecialZone,
    };

    private static readonly Dictionary<string, OrgLevel> Levels = new(StringComparer.Ordinal)
    {
        ["province"] = OrgLevel.Province,
        ["district"] = OrgLevel.District,
        ["commune"] = OrgLevel.Commune,
    };

    public static TheoryData<string, string> Lists => new()
    {
        { ReferenceChartLoader.UnitsResource, "vn.au.2025-07." },
        { ReferenceChartLoader.OldUnitsResource, "vn.au.2025-01." },
    };

    private static IReadOnlyList<ReferenceCsv.Unit> RowsOf(string resource) =>
        resource == ReferenceChartLoader.UnitsResource ? ReferenceCsv.Units2025 : ReferenceCsv.Units2025January;

    [Theory]
    [MemberData(nameof(Lists))]
    public void Every_row_of_a_list_is_a_unit_with_its_code_name_type_level_parent_and_days(string resource, string prefix)
    {
        bool isNew = resource == ReferenceChartLoader.UnitsResource;
        LocalDate? from = isNew ? Reform : null;
        LocalDate? to = isNew ? null : LastOldDay;
        OrgChart day = Chart.AsOf(isNew ? Reform : LastOldDay);
        foreach (ReferenceCsv.Unit row in RowsOf(resource))
        {
            Organisation? unit = Chart.Find(OrgId.Parse(prefix + row.Code));
            Assert.True(unit is not null, $"{prefix}{row.Code} missing");
            Assert.Equal(
                (OrganisationKind.AdministrativeUnit, Levels[row.Level], row.Name, row.Code, Types[row.Type], from, to),
                (unit.Kind, unit.Level, unit.Name, unit.Code, unit.UnitType!.Value, unit.ValidFrom, unit.ValidTo));
            Assert.Null(unit.EnglishName);
            Assert.Equal(row.ParentCode.Length == 0 ? null : prefix + row.ParentCode, day.Parent(unit.Id)?.Id.ToString());
            Assert.Same(unit, day.FindByCode(row.Code));
        }

        // No other unit of that list; the relations of its units to their parents last as long as the list.
        Assert.Equal(RowsOf(resource).Count, Chart.Organisations.Count(o => o.Kind == OrganisationKind.AdministrativeUnit && o.Id.ToString().StartsWith(prefix, StringComparison.Ordinal)));
        Assert.All(
            Chart.Relations.Where(r => r.Kind == OrgRelationKind.IsUnder && r.Source.ToString().StartsWith(prefix, StringComparison.Ordinal) && Chart.Find(r.Source)!.Kind == OrganisationKind.AdministrativeUnit),
            r => Assert.Equal((from, to), (r.ValidFrom, r.ValidTo)));
    }

    [Fact]
    public void The_counts_of_the_data_README()
    {
        // README "Counts verified" (from the files themselves here, the chart above): 34 + 3,321 and 63 + 691 + 10,051 rows.
        Assert.Equal((34, 0, 3321), Count(ReferenceCsv.Units2025));
        Assert.Equal((63, 691, 10051), Count(ReferenceCsv.Units2025January));
        Assert.Equal(10566, ReferenceCsv.SuccessionRows.Count);

        // "3,316 of the 3,321 new communes have at least one predecessor row". The README's "10,023 of the 10,051 communes
        // of the 2025-01-04 list appear as predecessors" and "11 predecessor codes are not in the 2025-01-04 list" do not
        // hold for the shipped file, which already carries the README's corrections: 10,025 and 10 (docs/organisations.md
        // gives 10).
        Assert.Equal(3316, ReferenceCsv.SuccessionRows.Select(r => r.NewCode).Distinct().Count());
        HashSet<string> january = [.. ReferenceCsv.Units2025January.Where(u => u.Level == "commune").Select(u => u.Code)];
        Assert.Equal(10025, ReferenceCsv.SuccessionRows.Select(r => r.OldCode).Where(january.Contains).Distinct().Count());

        static (int, int, int) Count(IReadOnlyList<ReferenceCsv.Unit> rows) =>
            (rows.Count(r => r.Level == "province"), rows.Count(r => r.Level == "district"), rows.Count(r => r.Level == "commune"));
    }

    /// <summary>The old code a conversion row means once the README's corrections are applied (the loader's own table is
    /// tested against the README in <see cref="SuccessionCorrectionsTests"/>).</summary>
    private static string Corrected(ReferenceCsv.Succession row) => SuccessionCorrections.CorrectOldCode(row.OldCode, row.OldName);

    /// <summary>The old unit of a row: the January list's unit of that code, or, for a code that list lacks, the interim unit.</summary>
    private static OrgId OldId(ReferenceCsv.Succession row)
    {
        string code = Corrected(row);
        return JanuaryCodes.Value.Contains(code) ? VietnamReferenceData.UnitIdBefore2025Reform(code) : OrgId.Parse("vn.au.2025-interim." + code);
    }

    private static readonly Lazy<HashSet<string>> JanuaryCodes = new(() => [.. ReferenceCsv.Units2025January.Select(u => u.Code)]);

    private static Dictionary<string, List<ReferenceCsv.Succession>> RowsByNewCode() =>
        ReferenceCsv.SuccessionRows.GroupBy(r => r.NewCode).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);

    [Fact]
    public void Every_new_commune_with_rows_has_one_event_of_1_July_2025_from_the_old_units_of_its_rows()
    {
        Dictionary<string, List<ReferenceCsv.Succession>> byNew = RowsByNewCode();
        OrgId hoaThang = VietnamReferenceData.UnitIdBefore2025Reform(SuccessionCorrections.HoaThangCode);
        foreach (ReferenceCsv.Unit commune in ReferenceCsv.Units2025.Where(u => u.Level == "commune"))
        {
            OrgId id = VietnamReferenceData.UnitId2025(commune.Code);
            List<OrgChangeEvent> events = [.. Chart.EventsOf(id).Where(e => e.Successors.Contains(id))];
            if (!byNew.TryGetValue(commune.Code, out List<ReferenceCsv.Succession>? rows))
            {
                Assert.Empty(events);
                continue;
            }

            OrgChangeEvent e = Assert.Single(events);
            Assert.Equal(Reform, e.EffectiveDate);
            Assert.Equal([id], e.Successors);
            Assert.Null(e.LegalBasis);

            // Predecessors: the rows' old units once each, in file order; partial ones those of merged_part rows.
            List<OrgId> predecessors = [.. rows.Select(OldId).Distinct()];
            List<OrgId> partial = [.. rows.Where(r => r.Kind == "merged_part").Select(OldId).Distinct()];
            if (commune.Code == SuccessionCorrections.HongThaiCode && !predecessors.Contains(hoaThang))
            {
                // README: part of Xã Hòa Thắng (23053) went to Xã Hồng Thái (23041), a row the table lacks.
                predecessors.Add(hoaThang);
                partial.Add(hoaThang);
            }

            Assert.Equal(predecessors, e.Predecessors);
            Assert.Equal(partial, e.PartialPredecessors);

            // docs/organisations.md: Merged with several predecessors or a partial one; Renamed for a renamed or retyped unit; Continued otherwise.
            OrgChangeKind kind = predecessors.Count > 1 || partial.Count > 0 ? OrgChangeKind.Merged
                : rows.Any(r => r.Kind is "renamed" or "retyped") || !VietnameseText.FoldedEquals(Chart.Find(predecessors[0])!.Name, commune.Name) ? OrgChangeKind.Renamed
                : OrgChangeKind.Continued;
            Assert.True(kind == e.Kind, $"{commune.Code} {commune.Name}: {e.Kind}, expected {kind}");
        }
    }

    [Fact]
    public void The_old_communes_lead_to_the_new_communes_of_their_rows()
    {
        foreach (IGrouping<OrgId, ReferenceCsv.Succession> old in ReferenceCsv.SuccessionRows.GroupBy(OldId))
        {
            Assert.Equal(
                old.Select(r => VietnamReferenceData.UnitId2025(r.NewCode)).Distinct().Order(),
                Chart.Successors(old.Key, Reform).Select(o => o.Id).Order());
            Assert.Equal([old.Key], Chart.Successors(old.Key, LastOldDay).Select(o => o.Id));
        }

        // The communes of the January list that no row names (after the corrections) have no successor.
        HashSet<string> named = [.. ReferenceCsv.SuccessionRows.Select(Corrected)];
        List<ReferenceCsv.Unit> unnamed = [.. ReferenceCsv.Units2025January.Where(u => u.Level == "commune" && !named.Contains(u.Code))];
        Assert.Equal(26, unnamed.Count);
        Assert.All(unnamed, u => Assert.Empty(Chart.Successors(VietnamReferenceData.UnitIdBefore2025Reform(u.Code), Reform)));
    }

    [Fact]
    public void The_old_codes_missing_from_the_January_list_are_interim_communes_of_the_first_half_of_2025()
    {
        // README: predecessor codes "not in the 2025-01-04 list: they come from changes made between January and July 2025"
        // (10 in the shipped file, see The_counts_of_the_data_README).
        HashSet<string> january = [.. ReferenceCsv.Units2025January.Select(u => u.Code)];
        List<ReferenceCsv.Succession> interim = [.. ReferenceCsv.SuccessionRows.Where(r => !january.Contains(Corrected(r))).DistinctBy(Corrected)];
        Assert.Equal(10, interim.Count);
        foreach (ReferenceCsv.Succession row in interim)
        {
            Organisation unit = Chart.Find(OldId(row))!;
            string name = string.Join(' ', row.OldName.Split(' ', StringSplitOptions.RemoveEmptyEntries));
            AdministrativeUnitType type = name.StartsWith("Phường ", StringComparison.Ordinal) ? AdministrativeUnitType.Ward
                : name.StartsWith("Thị trấn ", StringComparison.Ordinal) ? AdministrativeUnitType.Township : AdministrativeUnitType.Commune;
            Assert.Equal(
                (OrganisationKind.AdministrativeUnit, OrgLevel.Commune, VietnameseText.ToNfc(name), Corrected(row), type, DayAfterJanuaryList, LastOldDay),
                (unit.Kind, unit.Level, unit.Name, unit.Code, unit.UnitType!.Value, unit.ValidFrom!.Value, unit.ValidTo!.Value));
            Assert.Null(Chart.AsOf(LastOldDay).Parent(unit.Id));
        }

        Assert.Contains(interim, r => r.OldName.StartsWith("Phường", StringComparison.Ordinal));
        Assert.Equal(10, Chart.Organisations.Count(o => o.Id.ToString().StartsWith("vn.au.2025-interim.", StringComparison.Ordinal)));
    }

    [Fact]
    public void Each_new_province_has_as_predecessors_the_old_provinces_whose_communes_went_to_it()
    {
        Dictionary<string, string> parentOld = ReferenceCsv.Units2025January.Where(u => u.ParentCode.Length > 0).ToDictionary(u => u.Code, u => u.ParentCode, StringComparer.Ordinal);
        Dictionary<string, string> parentNew = ReferenceCsv.Units2025.Where(u => u.ParentCode.Length > 0).ToDictionary(u => u.Code, u => u.ParentCode, StringComparer.Ordinal);
        var provinceFrom = new Dictionary<string, SortedSet<string>>(StringComparer.Ordinal);
        var districtTo = new Dictionary<string, SortedSet<string>>(StringComparer.Ordinal);
        foreach (ReferenceCsv.Succession row in ReferenceCsv.SuccessionRows)
        {
            if (!parentOld.TryGetValue(Corrected(row), out string? district))
            {
                continue; // an interim commune: its district is not in the data
            }

            string newProvince = parentNew[row.NewCode];
            Add(provinceFrom, newProvince, parentOld[district]);
            Add(districtTo, district, newProvince);
        }

        Assert.Equal(34, provinceFrom.Count);
        foreach ((string province, SortedSet<string> olds) in provinceFrom)
        {
            OrgId id = VietnamReferenceData.UnitId2025(province);
            OrgChangeEvent e = Assert.Single(Chart.EventsOf(id), ev => ev.Successors.Contains(id) && ev.Kind != OrgChangeKind.Abolished);
            Assert.Equal(olds.Count > 1 ? OrgChangeKind.Merged : OrgChangeKind.Continued, e.Kind);
            Assert.Equal(olds.Select(VietnamReferenceData.UnitIdBefore2025Reform), e.Predecessors);
            Assert.Empty(e.PartialPredecessors);
            Assert.Equal([id], e.Successors);
            Assert.Equal((Reform, "202/2025/QH15"), (e.EffectiveDate, e.LegalBasis?.ToString()));
        }

        // docs/organisations.md: 23 new provinces from 52 old, 11 continued; every district abolished towards its communes' provinces.
        Assert.Equal(23, provinceFrom.Count(p => p.Value.Count > 1));
        Assert.Equal(52, provinceFrom.Where(p => p.Value.Count > 1).Sum(p => p.Value.Count));
        Assert.Equal(691, districtTo.Count);
        foreach ((string district, SortedSet<string> provinces) in districtTo)
        {
            OrgId id = VietnamReferenceData.UnitIdBefore2025Reform(district);
            OrgChangeEvent e = Assert.Single(Chart.EventsOf(id));
            Assert.Equal((OrgChangeKind.Abolished, Reform, (string?)null), (e.Kind, e.EffectiveDate, e.LegalBasis?.ToString()));
            Assert.Equal([id], e.Predecessors);
            Assert.Equal(provinces.Select(VietnamReferenceData.UnitId2025), e.Successors);
        }

        Assert.Equal(3316 + 34 + 691, Chart.Events.Count);

        static void Add(Dictionary<string, SortedSet<string>> map, string key, string value)
        {
            if (!map.TryGetValue(key, out SortedSet<string>? set))
            {
                map[key] = set = new SortedSet<string>(StringComparer.Ordinal);
            }

            set.Add(value);
        }
    }
}
