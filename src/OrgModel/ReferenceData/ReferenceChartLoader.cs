using OrgModel.Documents;
using OrgModel.Organisations;
using OrgModel.Text;

namespace OrgModel.ReferenceData;

/// <summary>Builds the reference chart from the embedded CSV resources and the central bodies table, in one pass per file,
/// by index (the data is trusted: the test suite validates the same content through <see cref="OrgChartBuilder"/>).</summary>
/// <remarks>The load usually runs at application start-up, before the tiered JIT has optimised anything, so the hot loops are
/// compiled fully optimised at once and use arrays and string-keyed dictionaries (precompiled in the framework) rather than
/// generic collections over the library's own structs.</remarks>
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
    public static readonly DocumentNumber ProvinceResolution = DocumentNumber.Parse("202/2025/QH15");

    public static readonly LocalDate ReformDate = new(2025, 7, 1);
    public static readonly LocalDate LastOldDay = new(2025, 6, 30);

    // The reference data's exact counts (24,634 organisations, 44,965 relations, 4,041 events): the assembler hands
    // arrays of the exact size to the chart without copying them (other counts still work, with one copy).
    private readonly ChartAssembler chart = new(24_634, 44_965, 4_041);
    private readonly CodeTable newByCode = new();
    private readonly CodeTable oldByCode = new();
    private readonly Dictionary<string, int> interimByCode = new(16, StringComparer.Ordinal);

    public static OrgChart Load() => new ReferenceChartLoader().Run();

    /// <summary>The bytes of an embedded resource.</summary>
    /// <remarks>Read in place where the runtime maps the assembly's image (an <see cref="UnmanagedMemoryStream"/>, which is
    /// what it gives for a loaded assembly): a copy of the three files put 1.4 MB on the large object heap at every load,
    /// and the large object heap's budget then called a full collection nearly every load. The image stays mapped while the
    /// assembly is loaded, which it is while its code runs; any other stream is copied.</remarks>
    public static unsafe ReadOnlySpan<byte> ReadResource(string name)
    {
        using Stream stream = typeof(ReferenceChartLoader).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The embedded resource {name} is missing from the OrgModel assembly.");
        if (stream is UnmanagedMemoryStream mapped)
        {
            return new ReadOnlySpan<byte>(mapped.PositionPointer, checked((int)mapped.Length));
        }

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
        int firstOld = chart.Count;
        LoadUnits(ReadResource(OldUnitsResource), OldPrefix, oldByCode, null, LastOldDay);
        int firstNew = chart.Count;
        LoadUnits(ReadResource(UnitsResource), NewPrefix, newByCode, ReformDate, null);
        int lastNew = chart.Count;
        AddBodies(firstNew, lastNew, central);
        AddOldProvinceBodies(firstOld, firstNew);
        LoadSuccession(ReadResource(SuccessionResource));
        return chart.Build();
    }

    private int AddCentralBodies()
    {
        int first = chart.Count;
        foreach (CentralBodies.Body b in CentralBodies.All)
        {
            chart.Add(b.Id, b.Kind, OrgLevel.Central, b.Name, null, b.ValidFrom, null, null, b.EnglishName, b.ShortName, AliasesOf(b.Id));
        }

        foreach (CentralBodies.Body b in CentralBodies.All)
        {
            int i = chart.IndexOf(b.Id);
            if (b.Parent is { } parent)
            {
                int p = chart.IndexOf(parent);
                LocalDate? from = b.ValidFrom;
                if (b.Kind == OrganisationKind.MassOrganisation)
                {
                    from = CentralBodies.MassOrganisationsUnderFront;
                }

                chart.Relate(i, p, OrgRelationKind.IsUnder, from, null);
                if (b.DirectlyUnderCentralCommittee)
                {
                    chart.Relate(i, p, OrgRelationKind.DirectSuperior, b.ValidFrom, null);
                }
            }

            if (b.LedBy is { } leader)
            {
                int l = chart.IndexOf(leader);
                LocalDate? from = Later(b.ValidFrom, chart[l].ValidFrom);
                chart.Relate(i, l, OrgRelationKind.IsLedBy, from, null);
            }
        }

        return first;
    }

    private static ImmutableArray<string> AliasesOf(string id)
    {
        foreach ((string other, string[] aliases) in CentralBodies.OtherNames)
        {
            if (other == id)
            {
                return [.. aliases];
            }
        }

        return [];
    }

    private static LocalDate? Later(LocalDate? a, LocalDate? b) => a is null ? b : b is null ? a : LocalDate.Max(a.Value, b.Value);

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void LoadUnits(ReadOnlySpan<byte> file, string prefix, CodeTable byCode, LocalDate? from, LocalDate? to)
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
            int i = chart.Add(string.Concat(prefix, code), OrganisationKind.AdministrativeUnit, LevelOf(type), name, code, from, to, type);
            byCode.Add(line[f[0]], i);
            ReadOnlySpan<byte> parent = line[f[4]];
            if (!parent.IsEmpty)
            {
                // Parents precede their children in the files.
                chart.Relate(i, byCode.Get(parent), OrgRelationKind.IsUnder, from, to);
            }
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void AddBodies(int firstUnit, int endUnit, int central)
    {
        int centralCommittee = chart.IndexOf(CentralBodies.CentralCommittee);
        int government = chart.IndexOf(CentralBodies.Government);
        _ = central;
        var partyOf = new int[endUnit - firstUnit];
        var councilOf = new int[endUnit - firstUnit];
        var committeeOf = new int[endUnit - firstUnit];
        var parentOf = new int[endUnit - firstUnit];
        Array.Fill(parentOf, -1);
        foreach (RelationRecord r in chart.Relations)
        {
            if (r.Kind == OrgRelationKind.IsUnder && r.Source >= firstUnit && r.Source < endUnit)
            {
                parentOf[r.Source - firstUnit] = r.Target - firstUnit;
            }
        }

        for (int u = firstUnit; u < endUnit; u++)
        {
            Organisation unit = chart[u];
            string id = unit.Id.ToString();
            bool province = unit.Level == OrgLevel.Province;
            string partyName = province ? ProvincialBodies.PartyCommitteeName(unit) : ProvincialBodies.OfArea("Đảng ủy ", unit.Name);
            int k = u - firstUnit;
            partyOf[k] = chart.Add(id + ProvincialBodies.PartyCommitteeSuffix, OrganisationKind.PartyCommittee, unit.Level, partyName, null, ReformDate, null, null);
            councilOf[k] = chart.Add(id + ".peoples-council", OrganisationKind.PeoplesCouncil, unit.Level, ProvincialBodies.OfArea("Hội đồng nhân dân ", unit.Name), null, ReformDate, null, null);
            committeeOf[k] = chart.Add(id + ".peoples-committee", OrganisationKind.PeoplesCommittee, unit.Level, ProvincialBodies.OfArea("Ủy ban nhân dân ", unit.Name), null, ReformDate, null, null);
        }

        for (int k = 0; k < partyOf.Length; k++)
        {
            int u = firstUnit + k;
            int p = parentOf[k];
            int partyParent = p >= 0 ? partyOf[p] : centralCommittee;
            chart.Relate(partyOf[k], partyParent, OrgRelationKind.IsUnder, ReformDate, null);
            chart.Relate(partyOf[k], partyParent, OrgRelationKind.DirectSuperior, ReformDate, null);
            chart.Relate(partyOf[k], u, OrgRelationKind.BodyOfArea, ReformDate, null);
            if (p >= 0)
            {
                chart.Relate(councilOf[k], councilOf[p], OrgRelationKind.IsUnder, ReformDate, null);
            }

            chart.Relate(councilOf[k], partyOf[k], OrgRelationKind.IsLedBy, ReformDate, null);
            chart.Relate(councilOf[k], u, OrgRelationKind.BodyOfArea, ReformDate, null);
            chart.Relate(committeeOf[k], p >= 0 ? committeeOf[p] : government, OrgRelationKind.IsUnder, ReformDate, null);
            chart.Relate(committeeOf[k], partyOf[k], OrgRelationKind.IsLedBy, ReformDate, null);
            chart.Relate(committeeOf[k], u, OrgRelationKind.GovernsArea, ReformDate, null);
        }

        // Added after the bodies above so that they keep their places in the chart's order.
        int supremeCourt = chart.IndexOf(CentralBodies.SupremeCourt);
        int supremeProcuracy = chart.IndexOf(CentralBodies.SupremeProcuracy);
        for (int k = 0; k < partyOf.Length; k++)
        {
            if (parentOf[k] < 0)
            {
                ProvincialBodies.Add(chart, firstUnit + k, partyOf[k], supremeCourt, supremeProcuracy, ReformDate, null);
            }
        }
    }

    /// <summary>The provinces of the list of 4 January 2025 had their Party committees (directly under the Central Committee),
    /// inspection commissions, courts and procuracies until the reform; their People's Councils and Committees are not modelled.</summary>
    private void AddOldProvinceBodies(int firstUnit, int endUnit)
    {
        int centralCommittee = chart.IndexOf(CentralBodies.CentralCommittee);
        int supremeCourt = chart.IndexOf(CentralBodies.SupremeCourt);
        int supremeProcuracy = chart.IndexOf(CentralBodies.SupremeProcuracy);
        for (int u = firstUnit; u < endUnit; u++)
        {
            Organisation unit = chart[u];
            if (unit.Level != OrgLevel.Province)
            {
                continue;
            }

            int party = chart.Add(unit.Id.ToString() + ProvincialBodies.PartyCommitteeSuffix, OrganisationKind.PartyCommittee, OrgLevel.Province, ProvincialBodies.PartyCommitteeName(unit), null, null, LastOldDay, null);
            chart.Relate(party, centralCommittee, OrgRelationKind.IsUnder, null, LastOldDay);
            chart.Relate(party, centralCommittee, OrgRelationKind.DirectSuperior, null, LastOldDay);
            chart.Relate(party, u, OrgRelationKind.BodyOfArea, null, LastOldDay);
            ProvincialBodies.Add(chart, u, party, supremeCourt, supremeProcuracy, null, LastOldDay);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void LoadSuccession(ReadOnlySpan<byte> file)
    {
        var rowOld = new int[10_700];
        var rowNew = new int[10_700];
        var rowFlags = new byte[10_700];
        int rows = 0;
        var reader = new CsvReader(file);
        Span<Range> f = stackalloc Range[6];
        bool hasHoaThangRow = false;
        while (reader.TryReadLine(f, out ReadOnlySpan<byte> line, out int count))
        {
            if (count < 5)
            {
                throw new InvalidDataException($"A line of the succession table has {count} fields, not 6.");
            }

            ReadOnlySpan<byte> oldCodeBytes = line[f[0]];
            ReadOnlySpan<byte> newCodeBytes = line[f[2]];
            ReadOnlySpan<byte> kind = line[f[4]];
            int oldUnit = oldByCode.TryGet(oldCodeBytes);
            if (oldUnit < 0 || SuccessionCorrections.NeedsName(oldCodeBytes))
            {
                // Rare rows: a correction to apply, or a unit formed after the January list.
                string oldName = CsvReader.Text(line[f[1]]);
                string oldCode = SuccessionCorrections.CorrectOldCode(System.Text.Encoding.ASCII.GetString(oldCodeBytes), oldName);
                oldUnit = oldByCode.TryGet(System.Text.Encoding.ASCII.GetBytes(oldCode));
                if (oldUnit < 0 && !interimByCode.TryGetValue(oldCode, out oldUnit))
                {
                    oldUnit = AddInterim(oldCode, oldName);
                }
            }

            int newUnit = newByCode.Get(newCodeBytes);
            hasHoaThangRow |= chart[oldUnit].Code == SuccessionCorrections.HoaThangCode && chart[newUnit].Code == SuccessionCorrections.HongThaiCode;
            byte flags = (byte)((kind.SequenceEqual("merged_part"u8) ? PartialFlag : 0) | (kind.SequenceEqual("renamed"u8) || kind.SequenceEqual("retyped"u8) ? RenamedFlag : 0));
            AddRow(ref rowOld, ref rowNew, ref rowFlags, ref rows, oldUnit, newUnit, flags);
        }

        if (!hasHoaThangRow)
        {
            AddRow(ref rowOld, ref rowNew, ref rowFlags, ref rows, oldByCode.Get("23053"u8), newByCode.Get("23041"u8), PartialFlag);
        }

        AddCommuneEvents(rowOld, rowNew, rowFlags, rows);
        AddProvinceAndDistrictEvents(rowOld, rowNew, rows);
    }

    /// <summary>Unit indexes by official code, in arrays by code length (2, 3 or 5 digits): no strings, no hashing.</summary>
    private sealed class CodeTable
    {
        private readonly int[] provinces = Filled(100);
        private readonly int[] districts = Filled(1_000);
        // Commune codes run to about 32,300 today: the table grows to the largest code met rather than to 100,000.
        private int[] communes = Filled(1 << 15);

        // What a lookup beyond the commune table finds: never written (only Add grows the table and writes).
        private int missing = -1;

        public void Add(ReadOnlySpan<byte> code, int index)
        {
            ref int slot = ref Slot(code, grow: true);
            if (slot >= 0)
            {
                throw new InvalidDataException($"The code {System.Text.Encoding.ASCII.GetString(code)} appears twice in one list.");
            }

            slot = index;
        }

        public int Get(ReadOnlySpan<byte> code)
        {
            int i = TryGet(code);
            return i >= 0 ? i : throw new InvalidDataException($"The code {System.Text.Encoding.ASCII.GetString(code)} is not in the list.");
        }

        public int TryGet(ReadOnlySpan<byte> code) => Valid(code) ? Slot(code, grow: false) : -1;

        private static bool Valid(ReadOnlySpan<byte> code) =>
            code.Length is 2 or 3 or 5 && !code.ContainsAnyExceptInRange((byte)'0', (byte)'9');

        private static int[] Filled(int n)
        {
            var a = new int[n];
            Array.Fill(a, -1);
            return a;
        }

        // A code beyond the commune table is not in it: a lookup gets the empty slot `missing`; only Add grows the table.
        private ref int Slot(ReadOnlySpan<byte> code, bool grow)
        {
            if (!Valid(code))
            {
                throw new InvalidDataException($"\"{System.Text.Encoding.UTF8.GetString(code)}\" is not an official code.");
            }

            int value = 0;
            foreach (byte b in code)
            {
                value = (value * 10) + (b - '0');
            }

            if (code.Length == 5 && value >= communes.Length)
            {
                if (!grow)
                {
                    return ref missing;
                }

                int old = communes.Length;
                Array.Resize(ref communes, Math.Min(100_000, Math.Max(value + 1, old * 2)));
                communes.AsSpan(old).Fill(-1);
            }

            return ref (code.Length == 2 ? ref provinces[value] : ref code.Length == 3 ? ref districts[value] : ref communes[value]);
        }
    }

    private const byte PartialFlag = 1;
    private const byte RenamedFlag = 2;

    private static void AddRow(ref int[] rowOld, ref int[] rowNew, ref byte[] rowFlags, ref int rows, int oldUnit, int newUnit, byte flags)
    {
        if (rows == rowOld.Length)
        {
            Array.Resize(ref rowOld, rows * 2);
            Array.Resize(ref rowNew, rows * 2);
            Array.Resize(ref rowFlags, rows * 2);
        }

        rowOld[rows] = oldUnit;
        rowNew[rows] = newUnit;
        rowFlags[rows] = flags;
        rows++;
    }

    // The units formed between the list of 4 January 2025 and the reform are not in that list, so they did not exist on
    // its day; their exact formation dates are not in the data, so they start on the earliest day they can have.
    private static readonly LocalDate FirstDayAfterJanuaryList = new(2025, 1, 5);

    private int AddInterim(string code, string name)
    {
        string trimmed = string.Join(' ', name.Split(' ', StringSplitOptions.RemoveEmptyEntries));
        AdministrativeUnitType type = trimmed.StartsWith("Phường", StringComparison.Ordinal) ? AdministrativeUnitType.Ward
            : trimmed.StartsWith("Thị trấn", StringComparison.Ordinal) ? AdministrativeUnitType.Township
            : AdministrativeUnitType.Commune;
        int i = chart.Add(InterimPrefix + code, OrganisationKind.AdministrativeUnit, OrgLevel.Commune, VietnameseText.ToNfc(trimmed), code, FirstDayAfterJanuaryList, LastOldDay, type);
        interimByCode.Add(code, i);
        return i;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void AddCommuneEvents(int[] rowOld, int[] rowNew, byte[] rowFlags, int rows)
    {
        // Group the rows by new commune (counting sort by organisation index), keeping file order within a group.
        int n = chart.Count;
        var start = new int[n + 1];
        for (int r = 0; r < rows; r++)
        {
            start[rowNew[r] + 1]++;
        }

        for (int i = 0; i < n; i++)
        {
            start[i + 1] += start[i];
        }

        var grouped = new int[rows];
        var fill = new int[n];
        for (int r = 0; r < rows; r++)
        {
            grouped[start[rowNew[r]] + fill[rowNew[r]]++] = r;
        }

        for (int target = 0; target < n; target++)
        {
            int from = start[target];
            int to = start[target + 1];
            if (from == to)
            {
                continue;
            }

            var preds = new OrgId[to - from];
            int predCount = 0;
            int partialCount = 0;
            bool renamed = false;
            for (int k = from; k < to; k++)
            {
                int r = grouped[k];
                OrgId id = chart[rowOld[r]].Id;
                if (Array.IndexOf(preds, id, 0, predCount) >= 0)
                {
                    continue;
                }

                preds[predCount++] = id;
                partialCount += rowFlags[r] & PartialFlag;
                renamed |= (rowFlags[r] & RenamedFlag) != 0;
            }

            // Most events have no partial predecessor: they share the empty array.
            OrgId[] partial = partialCount == 0 ? [] : new OrgId[partialCount];
            int p = 0;
            for (int k = from; k < to && p < partialCount; k++)
            {
                int r = grouped[k];
                OrgId id = chart[rowOld[r]].Id;
                if ((rowFlags[r] & PartialFlag) != 0 && Array.IndexOf(partial, id, 0, p) < 0)
                {
                    partial[p++] = id;
                }
            }

            OrgChangeKind kind;
            if (predCount > 1 || p > 0)
            {
                kind = OrgChangeKind.Merged;
            }
            else
            {
                kind = renamed || !VietnameseText.FoldedEquals(chart[rowOld[grouped[from]]].Name, chart[target].Name) ? OrgChangeKind.Renamed : OrgChangeKind.Continued;
            }

            Array.Resize(ref preds, predCount);
            Array.Resize(ref partial, p);
            chart.AddEvent(kind, ReformDate, ImmutableCollectionsMarshal.AsImmutableArray(preds), [chart[target].Id], ImmutableCollectionsMarshal.AsImmutableArray(partial), null);
        }
    }

    private void AddProvinceAndDistrictEvents(int[] rowOld, int[] rowNew, int rows)
    {
        // Parent index of the units: old commune -> district -> province, new commune -> province.
        var parent = new int[chart.Count];
        Array.Fill(parent, -1);
        foreach (RelationRecord r in chart.Relations)
        {
            if (r.Kind == OrgRelationKind.IsUnder && chart[r.Source].Kind == OrganisationKind.AdministrativeUnit)
            {
                parent[r.Source] = r.Target;
            }
        }

        // Keyed by index in dictionaries (a few hundred provinces and districts) rather than arrays over the whole chart,
        // then walked in index order.
        var provinceTo = new Dictionary<int, List<int>>();
        var districtTo = new Dictionary<int, List<int>>();
        for (int r = 0; r < rows; r++)
        {
            int district = parent[rowOld[r]];
            int oldProvince = district < 0 ? -1 : parent[district];
            if (oldProvince < 0)
            {
                continue;
            }

            int newProvince = parent[rowNew[r]];
            AddDistinct(provinceTo, oldProvince, newProvince);
            AddDistinct(districtTo, district, newProvince);
        }

        var newFromOld = new Dictionary<int, List<int>>();
        foreach (int oldProvince in SortedKeys(provinceTo))
        {
            foreach (int t in provinceTo[oldProvince])
            {
                AddDistinct(newFromOld, t, oldProvince);
            }
        }

        foreach (int newProvince in SortedKeys(newFromOld))
        {
            ImmutableArray<OrgId> preds = IdsInOrder(newFromOld[newProvince]);
            OrgChangeKind kind = preds.Length > 1 ? OrgChangeKind.Merged : OrgChangeKind.Continued;
            chart.AddEvent(kind, ReformDate, preds, [chart[newProvince].Id], [], ProvinceResolution);
        }

        foreach (int district in SortedKeys(districtTo))
        {
            chart.AddEvent(OrgChangeKind.Abolished, ReformDate, [chart[district].Id], IdsInOrder(districtTo[district]), [], null);
        }
    }

    // The ids of the units at these indices, in index order (the order the rows of the chart were read in).
    private ImmutableArray<OrgId> IdsInOrder(List<int> indices)
    {
        indices.Sort();
        var ids = new OrgId[indices.Count];
        for (int k = 0; k < ids.Length; k++)
        {
            ids[k] = chart[indices[k]].Id;
        }

        return ImmutableCollectionsMarshal.AsImmutableArray(ids);
    }

    private static int[] SortedKeys(Dictionary<int, List<int>> map)
    {
        int[] keys = [.. map.Keys];
        Array.Sort(keys);
        return keys;
    }

    private static void AddDistinct(Dictionary<int, List<int>> map, int key, int value)
    {
        ref List<int>? slot = ref CollectionsMarshal.GetValueRefOrAddDefault(map, key, out _);
        List<int> list = slot ??= new List<int>(2);
        if (!list.Contains(value))
        {
            list.Add(value);
        }
    }

}
