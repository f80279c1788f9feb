#:project ../../src/OrgModel/OrgModel.csproj
// JSON for services: the source-generated context (AOT- and trim-safe, the only route in file-based apps),
// strict reading, the whole reference chart, and Popolo export.
using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using NodaTime;
using OrgModel.Organisations;
using OrgModel.ReferenceData;
using OrgModel.Serialization;
using OrgModel.Serialization.Popolo;

OrgChart day = VietnamReferenceData.OrgChart.AsOf(new LocalDate(2025, 7, 1));
Organisation hanoi = day.FindByCode("01")!;

// 1. One value through the generated context, and through OrgModelJson.Options (readable Vietnamese).
Console.WriteLine(JsonSerializer.Serialize(hanoi, OrgModelJsonContext.Default.Organisation));
var info = (JsonTypeInfo<Organisation>)OrgModelJson.Options.GetTypeInfo(typeof(Organisation));
string json = JsonSerializer.Serialize(hanoi, info);
Console.WriteLine(json);
Console.WriteLine($"Read back: {JsonSerializer.Deserialize(json, info)}");

// 2. Reading is strict: every failure is a JsonException that says where and which rule.
string[] bad =
[
    """{"id":"x","kind":"ministry","level":"central","name":"A","validFrom":"2025-07-01","validTo":"2025-01-01"}""",
    """{"id":"x","kind":"ministry","level":"centre","name":"A"}""",
    """{"id":"x","kind":"ministry","level":"central","name":"A","nmae":"B"}""",
    """{"id":"x","kind":"ministry","level":"central"}""",
];
foreach (string text in bad)
{
    try
    {
        JsonSerializer.Deserialize(text, OrgModelJsonContext.Default.Organisation);
    }
    catch (JsonException e)
    {
        Console.WriteLine($"JsonException: {e.Message}");
    }
}

// 3. The whole embedded chart (all history) round-trips.
var watch = Stopwatch.StartNew();
string chartJson = JsonSerializer.Serialize(VietnamReferenceData.OrgChart, OrgModelJsonContext.Default.OrgChart);
long written = watch.ElapsedMilliseconds;
OrgChart back = JsonSerializer.Deserialize(chartJson, OrgModelJsonContext.Default.OrgChart)!;
Console.WriteLine($"Whole chart: {chartJson.Length / 1024:N0} KiB written in {written} ms, read and validated in {watch.ElapsedMilliseconds - written} ms; "
    + $"{back.Organisations.Count:N0} organisations, {back.Events.Count:N0} events.");
Console.WriteLine($"Code 00004 in the chart read back, on 2025-06-30: {back.AsOf(new LocalDate(2025, 6, 30)).FindByCode("00004")!.Name}");

// 4. Popolo (open data standard for legislatures and parties): the 34 provinces and cities.
var builder = new OrgChartBuilder();
foreach (Organisation p in VietnamReferenceData.Provinces(new LocalDate(2025, 7, 1)))
{
    builder.Add(p);
}

OrgChart provinces = builder.Build();
string popolo = PopoloJson.Export(provinces);
Console.WriteLine($"Popolo: {popolo[..Math.Min(popolo.Length, 260)]}…");
Console.WriteLine($"Imported back: {PopoloJson.Import(popolo).Organisations.Count} organizations");
