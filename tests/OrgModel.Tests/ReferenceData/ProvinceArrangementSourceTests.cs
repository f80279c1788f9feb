using System.Text.RegularExpressions;
using NodaTime;
using OrgModel.Organisations;
using OrgModel.ReferenceData;
using OrgModel.Text;

namespace OrgModel.Tests.ReferenceData;

/// <summary>
/// The 34 provincial-level units of Resolution 202/2025/QH15 as the shared notes list them (sourced-notes.md §3 "34
/// provincial-level units (from 1/7/2025)": the six centrally-run cities, the 28 provinces, the 11 unchanged units and the
/// merger examples of Resolution 60-NQ/TW), read from the notes and held to the chart.
/// </summary>
public class ProvinceArrangementSourceTests
{
    private const string Notes = "domain/sourced-notes.md";
    private static readonly OrgChart Chart = VietnamReferenceData.OrgChart;
    private static readonly LocalDate Reform = new(2025, 7, 1);
    private static readonly LocalDate LastOldDay = new(2025, 6, 30);

    // "- 28 provinces: Lai Châu, Điện Biên, …, Cà Mau. [H] — …" → the names.
    private static string[] Listed(string marker, string after) =>
        [.. SharedSources.Between(SharedSources.Line(Notes, marker), after, ". [H]").Split(", ").Select(s => s.Trim())];

    // The notes write "TP. Hồ Chí Minh" and no "Tỉnh"/"Thành phố"; the chart's names carry the unit's title.
    private static string Short(string chartName) =>
        Regex.Replace(chartName, "^(Thành phố|Tỉnh) ", "");

    private static string Short(Organisation unit) => Short(unit.Name);

    private static string FromNotes(string name) => name.Replace("TP. ", "", StringComparison.Ordinal);

    private static List<Organisation> Provinces(LocalDate day) => [.. VietnamReferenceData.Provinces(day)];

    private static Organisation Named(IEnumerable<Organisation> units, string name) =>
        Assert.Single(units, u => VietnameseText.FoldedEquals(Short(u), FromNotes(name)));

    [Fact]
    public void The_six_centrally_run_cities_and_the_28_provinces_of_the_notes()
    {
        string[] cities = Listed("- 6 centrally-run cities:", "cities: ");
        string[] provinces = Listed("- 28 provinces:", "provinces: ");
        Assert.Equal((6, 28), (cities.Length, provinces.Length));

        List<Organisation> now = Provinces(Reform);
        Assert.Equal(34, now.Count);
        Assert.All(cities, c => Assert.Equal(AdministrativeUnitType.Municipality, Named(now, c).UnitType));
        Assert.All(provinces, p => Assert.Equal(AdministrativeUnitType.Province, Named(now, p).UnitType));
        Assert.All(now, u => Assert.Equal(u.UnitType == AdministrativeUnitType.Municipality ? "Thành phố " : "Tỉnh ", u.Name[..^Short(u).Length]));
    }

    [Fact]
    public void The_11_unchanged_units_continue_and_the_23_others_are_formed_from_52()
    {
        // "- 11 units unchanged: Hà Nội, Huế, …, Cao Bằng; 23 new units formed from 52 old ones. Examples of mergers: …"
        string line = SharedSources.Line(Notes, "- 11 units unchanged:");
        string[] unchanged = [.. SharedSources.Between(line, "unchanged: ", "; 23 new units").Split(", ")];
        Assert.Equal(11, unchanged.Length);

        List<Organisation> before = Provinces(LastOldDay);
        Assert.Equal(63, before.Count);
        foreach (Organisation unit in Provinces(Reform))
        {
            OrgChangeEvent e = Assert.Single(Chart.EventsOf(unit.Id), ev => ev.Successors.Contains(unit.Id) && ev.Kind != OrgChangeKind.Abolished);
            bool kept = unchanged.Any(u => VietnameseText.FoldedEquals(FromNotes(u), Short(unit)));
            Assert.Equal(kept ? OrgChangeKind.Continued : OrgChangeKind.Merged, e.Kind);
            if (kept)
            {
                // Unchanged: the old unit of the same name and code is its one predecessor.
                Organisation old = Named(before, Short(unit));
                Assert.Equal([old.Id], e.Predecessors);
                Assert.Equal((old.Code, old.UnitType), (unit.Code, unit.UnitType));
            }
        }

        Assert.Equal(52, Provinces(Reform).Where(p => !IsContinued(p)).Sum(p => Chart.Predecessors(p.Id).Count(o => o.Level == OrgLevel.Province)));

        static bool IsContinued(Organisation p) => Chart.EventsOf(p.Id).Any(e => e.Kind == OrgChangeKind.Continued && e.Successors.Contains(p.Id));
    }

    [Fact]
    public void The_merger_examples_of_the_notes_are_the_chart_s_province_events()
    {
        // "Examples of mergers: Tuyên Quang+Hà Giang→Tuyên Quang; Lào Cai+Yên Bái→Lào Cai (centre at old Yên Bái); …"
        string line = SharedSources.Line(Notes, "Examples of mergers:");
        string examples = SharedSources.Between(line, "Examples of mergers: ", ". [H]");
        List<Organisation> before = Provinces(LastOldDay);
        List<Organisation> after = Provinces(Reform);
        int checkedMergers = 0;
        foreach (string example in examples.Split("; "))
        {
            Match m = Regex.Match(example, @"^(?<olds>[^→]+)→(?<new>[^(]+?)( \(.*\))?$");
            Assert.True(m.Success, example);
            Organisation target = Named(after, m.Groups["new"].Value);
            OrgId[] olds = [.. m.Groups["olds"].Value.Split('+').Select(o => Named(before, o).Id)];
            OrgChangeEvent e = Assert.Single(Chart.EventsOf(target.Id), ev => ev.Successors.Contains(target.Id) && ev.Kind != OrgChangeKind.Abolished);
            Assert.Equal((OrgChangeKind.Merged, Reform, "202/2025/QH15"), (e.Kind, e.EffectiveDate, e.LegalBasis?.ToString()));
            Assert.Equal(olds.Order(), e.Predecessors.Order());
            foreach (OrgId old in olds)
            {
                Assert.Equal([target.Id], Chart.Successors(old, Reform).Select(o => o.Id));
            }

            checkedMergers++;
        }

        Assert.Equal(9, checkedMergers);
    }

    [Fact]
    public void The_codes_the_notes_quote_are_the_chart_s()
    {
        // sourced-notes.md §3: "Hà Nội = 01, Đà Nẵng = 48, TP.HCM = 79" (draft decision, confirmed by research-notes.md §3.4).
        string line = SharedSources.Line(Notes, "Hà Nội = 01");
        MatchCollection pairs = Regex.Matches(line, @"(?<name>Hà Nội|Đà Nẵng|TP\.HCM) = (?<code>\d\d)");
        Assert.Equal(3, pairs.Count);
        OrgChart now = Chart.AsOf(Reform);
        foreach (Match p in pairs)
        {
            string name = p.Groups["name"].Value == "TP.HCM" ? "Hồ Chí Minh" : p.Groups["name"].Value;
            Assert.Equal("Thành phố " + name, now.FindByCode(p.Groups["code"].Value)?.Name);
        }
    }
}
