using System.Reflection;
using System.Text.Json;
using OrgModel.Documents.Model;
using OrgModel.Serialization;

namespace OrgModel.Tests.Serialization;

/// <summary>Every public type of the library travels as JSON, or is listed here with the reason it does not.</summary>
public class JsonCompletenessTests
{
    // Types that are not values: behaviour, queries, catalogues of static members, converters, builders.
    private static readonly Dictionary<string, string> NotValues = new()
    {
        ["OrgModel.Serialization.OrgModelJson"] = "static settings",
        ["OrgModel.Serialization.OrgModelJsonContext"] = "the context itself",
        ["OrgModel.Serialization.Popolo.PopoloJson"] = "static export/import functions",
        ["OrgModel.Serialization.Popolo.PopoloPeopleJson"] = "static export/import functions",
        ["OrgModel.Organisations.OrgChartBuilder"] = "a mutable builder; serialize the OrgChart it builds",
        ["OrgModel.Organisations.AncestorCollection"] = "an allocation-free view of a chart query; serialize the organisations",
        ["OrgModel.Organisations.OrgChartValidationException"] = "an exception; its Problems (OrgChartProblem) serialize",
        ["OrgModel.ReferenceData.VietnamReferenceData"] = "static accessors of the embedded data",
        ["OrgModel.Tenures.RomanNumeral"] = "static functions",
        ["OrgModel.Text.ParseResult`1"] = "the outcome of one parse (its exception is not data); serialize the value",
        ["OrgModel.Tenures.TenureFacts"] = "static accessors of the reference data (its entries serialize)",
        ["OrgModel.Documents.CitationExtractor"] = "static function",
        ["OrgModel.Deadlines.DeadlineExtractor"] = "static function",
        ["OrgModel.Documents.Model.DocumentMarks"] = "static functions",
        ["OrgModel.Documents.Model.KnownConflicts"] = "static accessors of the reference data (its entries serialize)",
        ["OrgModel.Documents.Model.DocumentResolution"] = "a query result over a registry; serialize its Reference and Candidates",
        ["OrgModel.Tenures.TenureReadings"] = "a parse result; serialize its Readings (terms)",
        ["OrgModel.Documents.Citation"] = "an extraction result tied to offsets in one text; serialize its Number, Kind and Date",
        ["OrgModel.Documents.CitationKindWord"] = "part of a Citation (the word as written in one text)",
        ["OrgModel.Deadlines.VietnamTime"] = "static time-zone helpers",
        ["OrgModel.Personnel.IPersonnelRule"] = "behaviour",
        ["OrgModel.Personnel.NonLocalRule"] = "behaviour (a rule object)",
        ["OrgModel.Personnel.PersonnelRules"] = "static rule catalogue",
        ["OrgModel.Personnel.VietnameseNameComparer"] = "a comparer",
        ["OrgModel.Personnel.VietnamLeaders"] = "static accessors of the reference data (its Record serializes)",
        ["OrgModel.Reading.OrganisationExtractor"] = "static functions reading texts",
        ["OrgModel.Reading.PersonExtractor"] = "static functions reading texts",
        ["OrgModel.Reading.TermExtractor"] = "static functions reading texts",
        ["OrgModel.Reading.DecisionExtractor"] = "static functions reading texts",
        ["OrgModel.Reading.DraftReader"] = "static functions reading texts (its DraftRecord serializes)",
        ["OrgModel.Reading.TextFinding"] = "the abstract shape of the reading findings; each finding serializes as its own type",
        ["OrgModel.Diagrams.ChartDiagram"] = "static functions writing pictures as text",
        ["OrgModel.Diagrams.MergerDiagram"] = "static functions writing pictures as text",
        ["OrgModel.Diagrams.RoadmapDiagram"] = "static functions writing pictures as text",
        ["OrgModel.Diagrams.StatusChart"] = "static functions writing pictures as text",
        ["OrgModel.Diagrams.DiagramOptions"] = "how a picture is drawn, not data",
        ["OrgModel.Diagrams.DiagramDirection"] = "a drawing setting of DiagramOptions, not data",
    };

    public static TheoryData<string> PublicTypes()
    {
        var data = new TheoryData<string>();
        // Only the library's own namespaces: a mutation run (eng/mutation.sh) injects Stryker's public MutantControl class.
        foreach (Type t in typeof(OrgModelJson).Assembly.GetExportedTypes().Where(t => t.DeclaringType is null && t.Namespace?.StartsWith("OrgModel", StringComparison.Ordinal) == true).OrderBy(t => t.FullName))
        {
            data.Add(t.FullName!);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(PublicTypes))]
    public void Every_public_type_is_in_the_context_or_listed_as_not_a_value(string name)
    {
        Type type = typeof(OrgModelJson).Assembly.GetType(name)!;
        if (NotValues.ContainsKey(name))
        {
            return;
        }

        Assert.False(type.IsAbstract && type.IsSealed, $"{name} is a static class: list it in NotValues with a reason.");
        JsonSerializerOptions options = OrgModelJson.Options;
        Assert.True(options.TryGetTypeInfo(type, out _), $"{name} is not in OrgModelJsonContext: add [JsonSerializable(typeof({type.Name}))] and a converter, or list it in NotValues with a reason.");
    }

    [Fact]
    public void The_exclusion_list_names_only_existing_types() =>
        Assert.All(NotValues.Keys, n => Assert.NotNull(typeof(OrgModelJson).Assembly.GetType(n)));
}
