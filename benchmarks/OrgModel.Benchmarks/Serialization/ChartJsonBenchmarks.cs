using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using BenchmarkDotNet.Attributes;
using OrgModel.Organisations;
using OrgModel.ReferenceData;
using OrgModel.Serialization;

namespace OrgModel.Benchmarks.Serialization;

/// <summary>
/// The whole embedded reference chart (history of 2025: about 25,000 organisations, 48,000 relations, 4,000 change
/// events) written and read with OrgModel's source-generated converters, against reflection-based System.Text.Json over
/// plain DTOs of the same data (which validates nothing and builds no chart on reading).
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkDotNet.Configs.BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class ChartJsonBenchmarks
{
    private static readonly JsonSerializerOptions Reflection = new() { TypeInfoResolver = new DefaultJsonTypeInfoResolver() };
    private OrgChart chart = null!;
    private ChartDto dto = null!;
    private byte[] orgModelJson = [];
    private byte[] reflectionJson = [];

    [GlobalSetup]
    public void Setup()
    {
        chart = VietnamReferenceData.OrgChart;
        dto = ChartDto.From(chart);
        orgModelJson = JsonSerializer.SerializeToUtf8Bytes(chart, OrgModelJson.Context.OrgChart);
        reflectionJson = ReflectionWrite(dto);
        Console.WriteLine($"// sizes: OrgModel {orgModelJson.Length:N0} bytes; reflection DTOs {reflectionJson.Length:N0} bytes");
    }

    [Benchmark]
    [BenchmarkCategory("Write")]
    public int OrgModelWrite() => JsonSerializer.SerializeToUtf8Bytes(chart, OrgModelJson.Context.OrgChart).Length;

    [Benchmark(Baseline = true)]
    [BenchmarkCategory("Write")]
    public int ReflectionDtoWrite() => ReflectionWrite(dto).Length;

    // The least a writer through Utf8JsonWriter must do (ChartJsonFloor): no events, no checks, not OrgModel's form.
    [Benchmark]
    [BenchmarkCategory("Write")]
    public int FloorWrite() => ChartJsonFloor.Write(chart, orgModelJson.Length);

    [Benchmark]
    [BenchmarkCategory("Read")]
    public int OrgModelRead() => JsonSerializer.Deserialize(orgModelJson, OrgModelJson.Context.OrgChart)!.Organisations.Count;

    [Benchmark(Baseline = true)]
    [BenchmarkCategory("Read")]
    public int ReflectionDtoRead() => ReflectionRead(reflectionJson).Organisations.Count;

    // The least a reader through Utf8JsonReader must do (ChartJsonFloor): strings and objects only, no checks, no chart.
    [Benchmark]
    [BenchmarkCategory("Read")]
    public int FloorRead() => ChartJsonFloor.Read(orgModelJson);

    [System.Diagnostics.CodeAnalysis.UnconditionalSuppressMessage("Trimming", "IL2026", Justification = "The baseline is reflection-based on purpose; benchmarks are not trimmed.")]
    [System.Diagnostics.CodeAnalysis.UnconditionalSuppressMessage("AOT", "IL3050", Justification = "The baseline is reflection-based on purpose; benchmarks are not AOT-compiled.")]
    private static byte[] ReflectionWrite(ChartDto value) => JsonSerializer.SerializeToUtf8Bytes(value, Reflection);

    [System.Diagnostics.CodeAnalysis.UnconditionalSuppressMessage("Trimming", "IL2026", Justification = "As above.")]
    [System.Diagnostics.CodeAnalysis.UnconditionalSuppressMessage("AOT", "IL3050", Justification = "As above.")]
    private static ChartDto ReflectionRead(byte[] json) => JsonSerializer.Deserialize<ChartDto>(json, Reflection)!;

    /// <summary>The chart as plain data.</summary>
    public sealed class ChartDto
    {
        public List<OrgDto> Organisations { get; set; } = [];

        public List<RelationDto> Relations { get; set; } = [];

        public List<EventDto> Events { get; set; } = [];

        public static ChartDto From(OrgChart chart) => new()
        {
            Organisations = [.. chart.Organisations.Select(o => new OrgDto
            {
                Id = o.Id.ToString(), Kind = o.Kind.ToString(), Level = o.Level.ToString(), Name = o.Name, Code = o.Code,
                ValidFrom = o.ValidFrom?.ToString("uuuu-MM-dd", null), ValidTo = o.ValidTo?.ToString("uuuu-MM-dd", null),
            })],
            Relations = [.. chart.Relations.Select(r => new RelationDto
            {
                Kind = r.Kind.ToString(), Source = r.Source.ToString(), Target = r.Target.ToString(),
                ValidFrom = r.ValidFrom?.ToString("uuuu-MM-dd", null), ValidTo = r.ValidTo?.ToString("uuuu-MM-dd", null),
            })],
            Events = [.. chart.Events.Select(e => new EventDto
            {
                Kind = e.Kind.ToString(), EffectiveDate = e.EffectiveDate.ToString("uuuu-MM-dd", null),
                Predecessors = [.. e.Predecessors.Select(p => p.ToString())], Successors = [.. e.Successors.Select(p => p.ToString())],
                LegalBasis = e.LegalBasis?.ToString(),
            })],
        };
    }

    /// <summary>An organisation as plain data.</summary>
    public sealed class OrgDto
    {
        public string Id { get; set; } = string.Empty;

        public string Kind { get; set; } = string.Empty;

        public string Level { get; set; } = string.Empty;

        public string Name { get; set; } = string.Empty;

        public string? Code { get; set; }

        public string? ValidFrom { get; set; }

        public string? ValidTo { get; set; }
    }

    /// <summary>A relation as plain data.</summary>
    public sealed class RelationDto
    {
        public string Kind { get; set; } = string.Empty;

        public string Source { get; set; } = string.Empty;

        public string Target { get; set; } = string.Empty;

        public string? ValidFrom { get; set; }

        public string? ValidTo { get; set; }
    }

    /// <summary>A change event as plain data.</summary>
    public sealed class EventDto
    {
        public string Kind { get; set; } = string.Empty;

        public string EffectiveDate { get; set; } = string.Empty;

        public List<string> Predecessors { get; set; } = [];

        public List<string> Successors { get; set; } = [];

        public string? LegalBasis { get; set; }
    }
}
