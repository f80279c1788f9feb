using System.Collections.Immutable;
using NodaTime;
using OrgModel.Organisations;
using OrgModel.Text;

namespace OrgModel.ReferenceData;

/// <summary>Builds the reference chart from the embedded CSV resources and the central bodies table, in one pass per file,
/// by index (the data is trusted: the test suite validates the same content through <see cref="OrgChartBuilder"/>).</summary>
internal sealed class ReferenceChartLoader
{
    public const string UnitsResource = "OrgModel.ReferenceData.vn-admin-units-2025.csv";
    public const string OldUnitsResource = "OrgModel.ReferenceData.vn-admin-units-2025-01.csv";
    public const string SuccessionResource = "OrgModel.ReferenceData.vn-admin-succession-2025-07.csv";

    /// <summary>Prefix of the ids of units in force from 1 July 2025.</summary>
    public const string NewPrefix = "vn.au.2025-07.";

    /// <summary>Prefix of the ids of units of the list of 4 January 2025 (in force until 30 June 2025).</summary>
    public const string OldPrefix = "vn.au.2025-01.";

    /// <summary>Prefix of the ids of units formed between January and July 2025, known only as predecessors in the conversion table.</summary>
    public const string InterimPrefix = "vn.au.2025-interim.";

    /// <summary>The legal basis of the provincial arrangement (63 → 34).</summary>
    public const string ProvinceResolution = "202/2025/QH15";

    public static readonly LocalDate ReformDate = new(2025, 7, 1);
    public static readonly LocalDate LastOldDay = new(2025, 6, 30);

    private readonly List<Organisation> orgs = new(26_000);
    private readonly List<RelationRecord> relations = new(48_000);
    private readonly List<OrgChangeEvent> events = new(4_200);
    private readonly Dictionary<OrgId, int> index = new(26_000);
    private readonly Dictionary<string, int> newByCode = new(3_400, StringComparer.Ordinal);
    private readonly Dictionary<string, int> oldByCode = new(10_900, StringComparer.Ordinal);
    private readonly Dictionary<string, int> interimByCode = new(16, StringComparer.Ordinal);

    public static OrgChart Load() => new ReferenceChartLoader().Run();

    public static byte[] ReadResource(string name)
    {
        using Stream stream = typeof(ReferenceChartLoader).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The embedded resource {name} is missing from the OrgModel assembly.");
        var bytes = new byte[stream.Length];
        stream.ReadExactly(bytes);
        return bytes;
    }

    /// <summary>Maps a type column to the unit type.</summary>
    internal static AdministrativeUnitType ParseType(ReadOnlySpan<byte> type) => type switch
    {
        _ when type.SequenceEqual("municipality"u8) => AdministrativeUnitType.Municipality,
        _ when type.SequenceEqual("province"u8) => AdministrativeUnitType.Province,
        _ when type.SequenceEqual("urban_district"u8) => AdministrativeUnitType.UrbanDistrict,
        _ when type.SequenceEqual("district"u8) => AdministrativeUnitType.District,
        _ when type.SequenceEqual("town"u8) => AdministrativeUnitType.Town,
        _ when type.SequenceEqual("city"u8) => AdministrativeUnitType.City,
        _ when type.SequenceEqual("commune"u8) => AdministrativeUnitType.Commune,
        _ when type.SequenceEqual("ward"u8) => AdministrativeUnitType.Ward,
        _ when type.SequenceEqual("township"u8) => AdministrativeUnitType.Township,
        _ when type.SequenceEqual("special_zone"u8) => AdministrativeUnitType.SpecialZone,
        _ => throw new InvalidDataException($"Unknown unit type \"{System.Text.Encoding.UTF8.GetString(type)}\" in the reference data."),
    };

    private static OrgLevel LevelOf(AdministrativeUnitType type) => type switch
    {
        AdministrativeUnitType.Municipality or AdministrativeUnitType.Province => OrgLevel.Province,
        AdministrativeUnitType.UrbanDistrict or AdministrativeUnitType.District or AdministrativeUnitType.Town or AdministrativeUnitType.City => OrgLevel.District,
        _ => OrgLevel.Commune,
    };

    private OrgChart Run()
    {
        int central = AddCentralBodies();
        LoadUnits(ReadResource(OldUnitsResource), OldPrefix, oldByCode, null, LastOldDay);
        int firstNew = orgs.Count;
        LoadUnits(ReadResource(UnitsResource), NewPrefix, newByCode, ReformDate, null);
        int lastNew = orgs.Count;
        AddBodies(firstNew, lastNew, central);
        LoadSuccession(ReadResource(SuccessionResource));
        return new OrgChart(new ChartData([.. orgs], [.. relations], [.. events], index), null);
    }

    private int Add(Organisation o)
    {
        int i = orgs.Count;
        orgs.Add(o);
        index.Add(o.Id, i);
        return i;
    }

    private void Relate(int source, int target, OrgRelationKind kind, LocalDate? from, LocalDate? to) =>
        relations.Add(new RelationRecord(source, target, kind, from, to));

    private int AddCentralBodies()
    {
        int first = orgs.Count;
        foreach (CentralBodies.Body b in CentralBodies.All)
        {
            Add(new Organisation(OrgId.FromCanonical(b.Id), b.Kind, OrgLevel.Central, b.Name, validFrom: b.ValidFrom, englishName: b.EnglishName, shortName: b.ShortName));
        }

        foreach (CentralBodies.Body b in CentralBodies.All)
        {
            int i = index[OrgId.FromCanonical(b.Id)];
            if (b.Parent is { } parent)
            {
                int p = index[OrgId.FromCanonical(parent)];
                LocalDate? from = b.ValidFrom;
                if (b.Kind == OrganisationKind.MassOrganisation)
                {
                    from = CentralBodies.MassOrganisationsUnderFront;
                }

                Relate(i, p, OrgRelationKind.IsUnder, from, null);
                if (b.DirectlyUnderCentralCommittee)
                {
                    Relate(i, p, OrgRelationKind.DirectSuperior, b.ValidFrom, null);
                }
            }

            if (b.LedBy is { } leader)
            {
                int l = index[OrgId.FromCanonical(leader)];
                LocalDate? from = Later(b.ValidFrom, orgs[l].ValidFrom);
                Relate(i, l, OrgRelationKind.IsLedBy, from, null);
            }
        }

        return first;
    }

    private static LocalDate? Later(LocalDate? a, LocalDate? b) => a is null ? b : b is null ? a : LocalDate.Max(a.Value, b.Value);

    private void LoadUnits(byte[] file, string prefix, Dictionary<string, int> byCode, LocalDate? from, LocalDate? to)
    {
        var reader = new CsvReader(file);
        Span<Range> f = stackalloc Range[5];
        while (reader.TryReadLine(f, out ReadOnlySpan<byte> line, out int count))
        {
            if (count < 5)
            {
                throw new InvalidDataException($"A line of the reference data has {count} fields, not 5.");
            }

            string code = System.Text.Encoding.ASCII.GetString(line[f[0]]);
            string name = CsvReader.Text(line[f[1]]);
            AdministrativeUnitType type = ParseType(line[f[2]]);
            var id = OrgId.FromCanonical(string.Concat(prefix, code));
            int i = Add(new Organisation(id, OrganisationKind.AdministrativeUnit, LevelOf(type), name, code, from, to, type, trusted: true));
            byCode.Add(code, i);
            ReadOnlySpan<byte> parent = line[f[4]];
            if (!parent.IsEmpty)
            {
                // Parents precede their children in the files.
                int p = byCode[System.Text.Encoding.ASCII.GetString(parent)];
                Relate(i, p, OrgRelationKind.IsUnder, from, to);
            }
        }
    }

    private void AddBodies(int firstUnit, int endUnit, int central)
    {
        int centralCommittee = index[OrgId.FromCanonical(CentralBodies.CentralCommittee)];
        int government = index[OrgId.FromCanonical(CentralBodies.Government)];
        _ = central;
        var partyOf = new int[endUnit - firstUnit];
        var councilOf = new int[endUnit - firstUnit];
        var committeeOf = new int[endUnit - firstUnit];
        var parentOf = new int[endUnit - firstUnit];
        Array.Fill(parentOf, -1);
        foreach (RelationRecord r in relations)
        {
            if (r.Kind == OrgRelationKind.IsUnder && r.Source >= firstUnit && r.Source < endUnit)
            {
                parentOf[r.Source - firstUnit] = r.Target - firstUnit;
            }
        }

        for (int u = firstUnit; u < endUnit; u++)
        {
            Organisation unit = orgs[u];
            string id = unit.Id.ToString();
            bool province = unit.Level == OrgLevel.Province;
            string partyName = province
                ? (unit.UnitType == AdministrativeUnitType.Municipality ? "Thành ủy " + StripPrefix(unit.Name, "Thành phố ") : "Tỉnh ủy " + StripPrefix(unit.Name, "Tỉnh "))
                : "Đảng ủy " + LowerFirst(unit.Name);
            string area = LowerFirst(unit.Name);
            int k = u - firstUnit;
            partyOf[k] = Add(new Organisation(OrgId.FromCanonical(id + ".party-committee"), OrganisationKind.PartyCommittee, unit.Level, partyName, null, ReformDate, null, null, trusted: true));
            councilOf[k] = Add(new Organisation(OrgId.FromCanonical(id + ".peoples-council"), OrganisationKind.PeoplesCouncil, unit.Level, "Hội đồng nhân dân " + area, null, ReformDate, null, null, trusted: true));
            committeeOf[k] = Add(new Organisation(OrgId.FromCanonical(id + ".peoples-committee"), OrganisationKind.PeoplesCommittee, unit.Level, "Ủy ban nhân dân " + area, null, ReformDate, null, null, trusted: true));
        }

        for (int k = 0; k < partyOf.Length; k++)
        {
            int u = firstUnit + k;
            int p = parentOf[k];
            int partyParent = p >= 0 ? partyOf[p] : centralCommittee;
            Relate(partyOf[k], partyParent, OrgRelationKind.IsUnder, ReformDate, null);
            Relate(partyOf[k], partyParent, OrgRelationKind.DirectSuperior, ReformDate, null);
            Relate(partyOf[k], u, OrgRelationKind.BodyOfArea, ReformDate, null);
            if (p >= 0)
            {
                Relate(councilOf[k], councilOf[p], OrgRelationKind.IsUnder, ReformDate, null);
            }

            Relate(councilOf[k], partyOf[k], OrgRelationKind.IsLedBy, ReformDate, null);
            Relate(councilOf[k], u, OrgRelationKind.BodyOfArea, ReformDate, null);
            Relate(committeeOf[k], p >= 0 ? committeeOf[p] : government, OrgRelationKind.IsUnder, ReformDate, null);
            Relate(committeeOf[k], partyOf[k], OrgRelationKind.IsLedBy, ReformDate, null);
            Relate(committeeOf[k], u, OrgRelationKind.GovernsArea, ReformDate, null);
        }
    }

    private static string StripPrefix(string name, string prefix) =>
        name.StartsWith(prefix, StringComparison.Ordinal) ? name[prefix.Length..] : name;

    private static string LowerFirst(string name) =>
        name.Length > 0 && char.IsUpper(name[0]) ? string.Concat(char.ToLowerInvariant(name[0]).ToString(), name.AsSpan(1)) : name;

    private void LoadSuccession(byte[] file)
    {
        var rows = new List<SuccessionRow>(10_600);
        var reader = new CsvReader(file);
        Span<Range> f = stackalloc Range[6];
        bool hasHoaThangRow = false;
        while (reader.TryReadLine(f, out ReadOnlySpan<byte> line, out int count))
        {
            if (count < 5)
            {
                throw new InvalidDataException($"A line of the succession table has {count} fields, not 6.");
            }

            string oldCode = System.Text.Encoding.ASCII.GetString(line[f[0]]);
            string newCode = System.Text.Encoding.ASCII.GetString(line[f[2]]);
            ReadOnlySpan<byte> kind = line[f[4]];
            bool partial = kind.SequenceEqual("merged_part"u8);
            if (SuccessionCorrections.NeedsName(oldCode) || !oldByCode.ContainsKey(oldCode))
            {
                string oldName = CsvReader.Text(line[f[1]]);
                oldCode = SuccessionCorrections.CorrectOldCode(oldCode, oldName);
                if (!oldByCode.ContainsKey(oldCode) && !interimByCode.ContainsKey(oldCode))
                {
                    AddInterim(oldCode, oldName);
                }
            }

            hasHoaThangRow |= oldCode == SuccessionCorrections.HoaThangCode && newCode == SuccessionCorrections.HongThaiCode;
            rows.Add(new SuccessionRow(UnitOf(oldCode), newByCode[newCode], partial, kind.SequenceEqual("renamed"u8) || kind.SequenceEqual("retyped"u8)));
        }

        if (!hasHoaThangRow)
        {
            rows.Add(new SuccessionRow(UnitOf(SuccessionCorrections.HoaThangCode), newByCode[SuccessionCorrections.HongThaiCode], true, false));
        }

        rows = Deduplicate(rows);
        AddCommuneEvents(rows);
        AddProvinceAndDistrictEvents(rows);
    }

    private int UnitOf(string oldCode) => oldByCode.TryGetValue(oldCode, out int i) ? i : interimByCode[oldCode];

    private void AddInterim(string code, string name)
    {
        string trimmed = string.Join(' ', name.Split(' ', StringSplitOptions.RemoveEmptyEntries));
        AdministrativeUnitType type = trimmed.StartsWith("Phường", StringComparison.Ordinal) ? AdministrativeUnitType.Ward
            : trimmed.StartsWith("Thị trấn", StringComparison.Ordinal) ? AdministrativeUnitType.Township
            : AdministrativeUnitType.Commune;
        var id = OrgId.FromCanonical(InterimPrefix + code);
        interimByCode.Add(code, Add(new Organisation(id, OrganisationKind.AdministrativeUnit, OrgLevel.Commune, VietnameseText.ToNfc(trimmed), code, null, LastOldDay, type, trusted: true)));
    }

    private static List<SuccessionRow> Deduplicate(List<SuccessionRow> rows)
    {
        var seen = new HashSet<(int, int)>();
        var result = new List<SuccessionRow>(rows.Count);
        foreach (SuccessionRow r in rows)
        {
            if (seen.Add((r.Old, r.New)))
            {
                result.Add(r);
            }
        }

        return result;
    }

    private void AddCommuneEvents(List<SuccessionRow> rows)
    {
        var byNew = new Dictionary<int, List<SuccessionRow>>(3_400);
        foreach (SuccessionRow r in rows)
        {
            if (!byNew.TryGetValue(r.New, out List<SuccessionRow>? list))
            {
                byNew[r.New] = list = new List<SuccessionRow>(4);
            }

            list.Add(r);
        }

        foreach ((int n, List<SuccessionRow> list) in byNew)
        {
            var preds = ImmutableArray.CreateBuilder<OrgId>(list.Count);
            var partial = ImmutableArray.CreateBuilder<OrgId>();
            foreach (SuccessionRow r in list)
            {
                preds.Add(orgs[r.Old].Id);
                if (r.Partial)
                {
                    partial.Add(orgs[r.Old].Id);
                }
            }

            OrgChangeKind kind;
            if (list.Count > 1 || partial.Count > 0)
            {
                kind = OrgChangeKind.Merged;
            }
            else
            {
                kind = list[0].Renamed || !VietnameseText.FoldedEquals(orgs[list[0].Old].Name, orgs[n].Name) ? OrgChangeKind.Renamed : OrgChangeKind.Continued;
            }

            events.Add(new OrgChangeEvent(kind, ReformDate, preds.ToImmutable(), [orgs[n].Id], partial.ToImmutable(), null));
        }
    }

    private void AddProvinceAndDistrictEvents(List<SuccessionRow> rows)
    {
        // Parent index of the old list: commune -> district -> province.
        var parent = new Dictionary<int, int>(10_900);
        foreach (RelationRecord r in relations)
        {
            if (r.Kind == OrgRelationKind.IsUnder && orgs[r.Source].Kind == OrganisationKind.AdministrativeUnit)
            {
                parent[r.Source] = r.Target;
            }
        }

        var provinceTo = new Dictionary<int, SortedSet<int>>();
        var districtTo = new Dictionary<int, SortedSet<int>>();
        foreach (SuccessionRow r in rows)
        {
            if (!parent.TryGetValue(r.Old, out int district) || !parent.TryGetValue(district, out int oldProvince))
            {
                continue;
            }

            int newProvince = parent[r.New];
            Add(provinceTo, oldProvince, newProvince);
            Add(districtTo, district, newProvince);
        }

        var newFromOld = new SortedDictionary<int, List<int>>();
        foreach ((int oldProvince, SortedSet<int> targets) in provinceTo)
        {
            foreach (int t in targets)
            {
                if (!newFromOld.TryGetValue(t, out List<int>? list))
                {
                    newFromOld[t] = list = [];
                }

                list.Add(oldProvince);
            }
        }

        foreach ((int newProvince, List<int> olds) in newFromOld)
        {
            olds.Sort();
            ImmutableArray<OrgId> preds = [.. olds.Select(i => orgs[i].Id)];
            OrgChangeKind kind = olds.Count > 1 ? OrgChangeKind.Merged : OrgChangeKind.Continued;
            events.Add(new OrgChangeEvent(kind, ReformDate, preds, [orgs[newProvince].Id], [], ProvinceResolution));
        }

        foreach ((int district, SortedSet<int> targets) in districtTo.OrderBy(p => p.Key))
        {
            events.Add(new OrgChangeEvent(OrgChangeKind.Abolished, ReformDate, [orgs[district].Id], [.. targets.Select(i => orgs[i].Id)], [], null));
        }
    }

    private static void Add(Dictionary<int, SortedSet<int>> map, int key, int value)
    {
        if (!map.TryGetValue(key, out SortedSet<int>? set))
        {
            map[key] = set = [];
        }

        set.Add(value);
    }

    private readonly record struct SuccessionRow(int Old, int New, bool Partial, bool Renamed);
}
