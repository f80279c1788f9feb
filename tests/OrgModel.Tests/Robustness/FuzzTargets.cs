using System.Text.Json;
using NodaTime;
using OrgModel.Organisations;
using OrgModel.ReferenceData;
using OrgModel.Serialization;
using OrgModel.Serialization.Popolo;
using OrgModel.Tenures;

namespace OrgModel.Tests.Robustness;

/// <summary>Every parser of the library, with real seeds. Add a target here when a parser is added.</summary>
internal static partial class FuzzTargets
{
    private static readonly Lazy<IReadOnlyDictionary<string, FuzzTarget>> Targets = new(() => Build().ToDictionary(t => t.Name));

    public static IReadOnlyDictionary<string, FuzzTarget> ByName => Targets.Value;

    private static IEnumerable<FuzzTarget> Build()
    {
        yield return new("RomanNumeral.TryParse", ["XIII", "XIV", "MMMCMXCIX", "I", "xii"],
            s => RomanNumeral.TryParse(s, out int v) ? RomanNumeral.Format(v) : null);
        yield return new("RomanNumeral.Parse", ["XIII", "XIV", "MMMCMXCIX"],
            s => RomanNumeral.Format(RomanNumeral.Parse(s)), typeof(FormatException));
        yield return new("OrgId.TryParse", ["vn.au.2025-07.01", "vn.au.2025-01.00004", "vn.tw.btc"],
            s => OrgId.TryParse(s, out OrgId id) ? id.ToString() : null);

        OrgChart day = VietnamReferenceData.OrgChart.AsOf(new LocalDate(2025, 7, 1));
        string[] organisations = [.. new[] { "01", "79", "00004" }.Select(c => JsonSerializer.Serialize(day.FindByCode(c)!, OrgModelJsonContext.Default.Organisation))];
        yield return new("JSON Organisation", organisations,
            s => JsonSerializer.Serialize(JsonSerializer.Deserialize(Utf8(s), OrgModelJsonContext.Default.Organisation)!, OrgModelJsonContext.Default.Organisation),
            typeof(JsonException));

        var builder = new OrgChartBuilder();
        foreach (Organisation p in VietnamReferenceData.Provinces(new LocalDate(2025, 7, 1)).Take(3))
        {
            builder.Add(p);
        }

        OrgChart small = builder.Build();
        yield return new("JSON OrgChart", [JsonSerializer.Serialize(small, OrgModelJsonContext.Default.OrgChart)],
            s => JsonSerializer.Serialize(JsonSerializer.Deserialize(Utf8(s), OrgModelJsonContext.Default.OrgChart)!, OrgModelJsonContext.Default.OrgChart),
            typeof(JsonException));
        yield return new("Popolo import", [PopoloJson.Export(small)], s => PopoloJson.Export(PopoloJson.Import(s)), typeof(JsonException));
        yield return new("OrgChart.Search", ["Hà Nội", "ha noi", "Đà Nẵng", "phuong ba dinh"],
            s => day.Search(s).Count > 0 ? s : null);

        foreach (FuzzTarget t in More().Concat(JsonFuzzTargets.All()).Concat(TextFuzzTargets.All()))
        {
            yield return t;
        }
    }

    // Services read JSON as UTF-8 bytes (where an invalid sequence is a JsonException). A .NET string with a lone
    // surrogate is refused by System.Text.Json itself with an ArgumentException before any converter runs.
    internal static byte[] Utf8(string s) => System.Text.Encoding.UTF8.GetBytes(s);

    /// <summary>Targets of the other capabilities (one partial file each).</summary>
    private static partial IEnumerable<FuzzTarget> More();
}
