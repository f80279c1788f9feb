using System.Text;
using System.Text.Json;
using NodaTime;
using OrgModel.Calendar;
using OrgModel.Organisations;
using OrgModel.Serialization;
using OrgModel.Serialization.Json;
using OrgModel.Serialization.Popolo;
using OrgModel.Tenures;

namespace OrgModel.Tests.Robustness;

/// <summary>The integrity rules under careless or hostile callers: non-ISO dates, defaults, unbounded error
/// messages, fatal exceptions, duplicate members (see docs/quality.md, "Hostile input").</summary>
public class HostileInputTests
{
    private static readonly LocalDate Julian = new(2025, 7, 1, CalendarSystem.Julian);
    private static readonly OrgId A = OrgId.Parse("vn.test.a");
    private static readonly OrgId B = OrgId.Parse("vn.test.b");

    public static TheoryData<string> NonIsoConstructors() => [.. NonIso.Keys.Order(StringComparer.Ordinal)];

    private static readonly Dictionary<string, (string Argument, Action Create)> NonIso = new()
    {
        ["Organisation"] = ("validFrom", () => _ = new Organisation(A, OrganisationKind.PartyCommittee, OrgLevel.Province, "Đảng bộ", validFrom: Julian)),
        ["Organisation.validTo"] = ("validTo", () => _ = new Organisation(A, OrganisationKind.PartyCommittee, OrgLevel.Province, "Đảng bộ", validTo: Julian)),
        ["OrgRelation"] = ("validFrom", () => _ = new OrgRelation(OrgRelationKind.IsUnder, A, B, Julian)),
        ["OrgChangeEvent"] = ("effectiveDate", () => _ = new OrgChangeEvent(OrgChangeKind.Renamed, Julian, [A], [B])),
        ["HolidayOverride"] = ("date", () => _ = new HolidayOverride(Julian, HolidayOverrideKind.DayOff, "nghỉ bù")),
        ["HolidayOverride.DaysOff"] = ("first", () => _ = HolidayOverride.DaysOff(Julian, Julian, "nghỉ bù")),
        ["PublicHoliday"] = ("date", () => _ = new PublicHoliday(Julian, "Quốc khánh", "National Day", HolidayOrigin.Statutory)),
        ["HolidayRule.Solar"] = ("effectiveFrom", () => _ = HolidayRule.Solar("Quốc khánh", "National Day", 9, 2, Julian)),
    };

    [Theory]
    [MemberData(nameof(NonIsoConstructors))]
    public void Constructors_refuse_dates_in_other_calendars_naming_the_argument(string name)
    {
        (string argument, Action create) = NonIso[name];
        ArgumentException e = Assert.ThrowsAny<ArgumentException>(create);
        Assert.Equal(argument, e.ParamName);
        Assert.Contains("ISO", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_one_json_date_writer_refuses_a_julian_date_instead_of_writing_another_day()
    {
        using var stream = new MemoryStream();
        using var writer = new Utf8JsonWriter(stream);
        writer.WriteStartObject();
        Assert.Throws<JsonException>(() => JsonWrite.Date(writer, "date", Julian));
    }

    [Fact]
    public void A_default_tenure_is_refused_by_its_writer_because_no_reader_accepts_it()
    {
        Assert.Throws<JsonException>(() => JsonSerializer.Serialize(default(Tenure), OrgModelJsonContext.Default.Tenure));
        Assert.Throws<JsonException>(() => JsonSerializer.Serialize(default(OrgId), OrgModelJsonContext.Default.OrgId));
        Assert.Throws<JsonException>(() => JsonSerializer.Serialize(default(OrgRelation), OrgModelJsonContext.Default.OrgRelation));
    }

    public static TheoryData<string> LongInputs() => [.. Long.Keys.Order(StringComparer.Ordinal)];

    private static readonly string Huge = new('x', 1_000_000);

    private static readonly Dictionary<string, Action> Long = new()
    {
        ["Organisation id"] = () => JsonSerializer.Deserialize($$"""{"id":"{{Huge}}","kind":"partyCommittee","level":"province","name":"Đảng bộ"}""", OrgModelJsonContext.Default.Organisation),
        ["unknown member"] = () => JsonSerializer.Deserialize($$"""{"{{Huge}}":1}""", OrgModelJsonContext.Default.Organisation),
        ["enum value"] = () => JsonSerializer.Deserialize($$"""{"id":"vn.test.a","kind":"{{Huge}}","level":"province","name":"Đảng bộ"}""", OrgModelJsonContext.Default.Organisation),
        ["Tenure.Parse"] = () => Tenure.Parse("khóa " + Huge),
        ["VietnameseLunarDate.Parse"] = () => VietnameseLunarDate.Parse("ngày 1 tháng " + Huge),
        ["OrgId.Parse"] = () => OrgId.Parse("vn." + Huge),
        ["Popolo id"] = () => PopoloJson.Import($$"""{"organizations":[{"id":"{{Huge}}","name":"x","classification":"partyCommittee/province"}]}"""),
        ["Popolo parent id"] = () => PopoloJson.Import($$"""{"organizations":[{"id":"vn.test.a","name":"x","classification":"partyCommittee/province","parent_id":"{{Huge}}"}]}"""),
    };

    [Theory]
    [MemberData(nameof(LongInputs))]
    public void Error_messages_quote_a_bounded_part_of_the_input(string name)
    {
        Exception e = Assert.ThrowsAny<Exception>(Long[name]);
        Assert.True(e is JsonException or FormatException or ArgumentException, e.GetType().Name);
        Assert.True(e.Message.Length < 1_200, $"{name}: a message of {e.Message.Length} characters");
        Assert.DoesNotContain(new string('x', 101), e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Fatal_exceptions_are_not_reported_as_bad_input()
    {
        var options = new JsonSerializerOptions { Converters = { new ExhaustedConverter() } };
        Assert.Throws<OutOfMemoryException>(() => JsonSerializer.Deserialize<Exhausted>("\"x\"", options));
    }

    [Fact]
    public void Popolo_import_refuses_a_member_given_twice_instead_of_keeping_the_last()
    {
        JsonException e = Assert.ThrowsAny<JsonException>(() => PopoloJson.Import("""{"organizations":[{"id":"vn.test.a","id":"vn.test.b","name":"x","classification":"partyCommittee/province"}]}"""));
        Assert.Contains("id", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Popolo_import_refuses_an_identifier_whose_scheme_is_not_a_string()
    {
        Assert.ThrowsAny<JsonException>(() => PopoloJson.Import("""{"organizations":[{"id":"vn.test.a","name":"x","classification":"administrativeUnit/province/province","identifiers":[{"scheme":7,"identifier":"01"}]}]}"""));
    }

    [Fact]
    public void A_json_cycle_longer_than_the_depth_limit_is_a_problem_not_a_hang()
    {
        var b = new OrgChartBuilder();
        int n = OrgChartBuilder.MaxDepth + 10;
        for (int i = 0; i < n; i++)
        {
            b.Add(new Organisation(OrgId.Parse($"vn.test.c{i}"), OrganisationKind.PartyCommittee, OrgLevel.Commune, $"Đảng ủy {i}"));
        }

        for (int i = 0; i < n; i++)
        {
            b.Relate(OrgRelationKind.IsUnder, OrgId.Parse($"vn.test.c{i}"), OrgId.Parse($"vn.test.c{(i + 1) % n}"));
        }

        Assert.Contains(b.Validate(), p => p.Kind is OrgChartProblemKind.TooDeep or OrgChartProblemKind.Cycle);
    }

    [Theory]
    [InlineData("khóa\nXIII")]
    [InlineData("nhiệm kỳ\u00002025–2030")]
    [InlineData("2025\u2028–\u20282030")]
    public void Terms_take_only_spaces_between_their_words(string text)
    {
        Assert.False(Tenure.TryParse(text, out _));
        FormatException e = Assert.Throws<FormatException>(() => Tenure.Parse(text));
        Assert.Contains("line break or control character", e.Message, StringComparison.Ordinal);
        Assert.True(Tenure.TryParse(text.Replace('\n', ' ').Replace('\0', ' ').Replace('\u2028', ' '), out _));
    }

    [Theory]
    [InlineData("15/6\nnhuận/2025")]
    [InlineData("1/1/\u00002025")]
    public void Lunar_dates_take_only_spaces_between_their_parts(string text) =>
        Assert.False(VietnameseLunarDate.TryParse(text, out _));

    [Theory]
    [InlineData("trước ngày\n31/7/2025")]
    [InlineData("before\u0000July 31, 2025")]
    public void Deadline_phrases_take_only_spaces_between_their_words(string text)
    {
        Assert.False(OrgModel.Deadlines.Deadline.TryParsePhrase(text, new LocalDate(2025, 7, 1), out _));
        Assert.True(OrgModel.Deadlines.Deadline.TryParsePhrase(text.Replace('\n', ' ').Replace('\0', ' '), new LocalDate(2025, 7, 1), out _));
    }

    [Fact]
    public void White_space_of_any_kind_may_surround_a_whole_term() => Assert.True(Tenure.TryParse("\n khóa XIII \r\n", out _));

    private sealed class Exhausted;

    private sealed class ExhaustedConverter : OrgModelConverter<Exhausted>
    {
        public override void Write(Utf8JsonWriter writer, Exhausted value, JsonSerializerOptions options) => writer.WriteNullValue();

        #pragma warning disable CA2201 // The runtime's exception is the point: it must pass through unwrapped.
        protected override Exhausted ReadCore(ref Utf8JsonReader reader, JsonSerializerOptions options) => throw new OutOfMemoryException();
#pragma warning restore CA2201
    }
}
