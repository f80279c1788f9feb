using NodaTime;
using OrgModel.Tenures;

namespace OrgModel.Tests.Tenures;

public class TenureParseTests
{
    [Theory]
    [InlineData("2025–2030")]
    [InlineData("2025-2030")]
    [InlineData("2025 - 2030")]
    [InlineData("2025—2030")]
    [InlineData("nhiệm kỳ 2025–2030")]
    [InlineData("Nhiệm kỳ 2025 – 2030")]
    [InlineData("NHIỆM KỲ 2025-2030")]
    [InlineData("nhie\u0302\u0323m ky\u0300 2025–2030")]
    [InlineData("nhiem ky 2025-2030")]
    [InlineData("  nhiệm  kỳ\u00A02025–2030 ")]
    [InlineData("local Party term 2025–2030")]
    public void Year_ranges_parse_as_the_local_Party_term(string text)
    {
        Tenure t = Tenure.Parse(text);
        Assert.Equal(TenureKind.LocalParty, t.Kind);
        Assert.Equal(2025, t.StartYear);
        Assert.Equal(2030, t.EndYear);
        Assert.Null(t.Ordinal);
        Assert.Equal("2025–2030", t.ToString());
    }

    [Theory]
    [InlineData("khóa XIII", 13, 2021, 2026)]
    [InlineData("Khoá XIII", 13, 2021, 2026)]
    [InlineData("KHÓA xiii", 13, 2021, 2026)]
    [InlineData("XIV", 14, 2026, 2031)]
    [InlineData("13th tenure", 13, 2021, 2026)]
    [InlineData("13th-tenure", 13, 2021, 2026)]
    [InlineData("the 14th National Party Congress term", 14, 2026, 2031)]
    [InlineData("Đại hội đại biểu toàn quốc lần thứ XIV của Đảng", 14, 2026, 2031)]
    [InlineData("Ðại hội XIII", 13, 2021, 2026)]
    [InlineData("khóa XII", 12, 2016, 2021)]
    [InlineData("khóa XI", 11, 2011, 2016)]
    [InlineData("khóa XIII (2021–2026)", 13, 2021, 2026)]
    [InlineData("13th national Party term", 13, 2021, 2026)]
    [InlineData("khóa 13", 13, 2021, 2026)]
    public void Bare_national_ordinals_give_the_national_Party_term_with_its_years(string text, int ordinal, int start, int end)
    {
        Tenure t = Tenure.Parse(text);
        Assert.Equal(TenureKind.NationalParty, t.Kind);
        Assert.Equal(ordinal, t.Ordinal);
        Assert.Equal(start, t.StartYear);
        Assert.Equal(end, t.EndYear);
    }

    [Theory]
    [InlineData("Quốc hội khóa XV", 15, 2021, 2026)]
    [InlineData("Quoc hoi khoa XVI", 16, 2026, 2031)]
    [InlineData("QH15", 15, 2021, 2026)]
    [InlineData("15th National Assembly term", 15, 2021, 2026)]
    [InlineData("the 16th National Assembly", 16, 2026, 2031)]
    [InlineData("the 15th NA", 15, 2021, 2026)]
    [InlineData("the 15th legislature", 15, 2021, 2026)]
    [InlineData("the 15th-tenure National Assembly", 15, 2021, 2026)]
    [InlineData("Quốc hội nhiệm kỳ 2026–2031", 16, 2026, 2031)]
    public void National_Assembly_terms(string text, int ordinal, int start, int end)
    {
        Tenure t = Tenure.Parse(text);
        Assert.Equal(TenureKind.NationalAssembly, t.Kind);
        Assert.Equal(ordinal, t.Ordinal);
        Assert.Equal((start, end), (t.StartYear, t.EndYear));
    }

    [Theory]
    [InlineData("HĐND nhiệm kỳ 2026–2031")]
    [InlineData("Hội đồng nhân dân các cấp nhiệm kỳ 2026-2031")]
    [InlineData("People's Council term 2026–2031")]
    [InlineData("People’s Councils 2026–2031")]
    public void Peoples_Council_terms(string text)
    {
        Tenure t = Tenure.Parse(text);
        Assert.Equal(Tenure.PeoplesCouncil(2026), t);
    }

    [Theory]
    [InlineData("", 1)]
    [InlineData("   ", 1)]
    [InlineData("2025", 1)]
    [InlineData("2025–", 1)]
    [InlineData("2025–2031", 1)]
    [InlineData("2031–2025", 1)]
    [InlineData("1925–1930", 1)]
    [InlineData("khóa IIII", 6)]
    [InlineData("khóa IC", 6)]
    [InlineData("khóa XIII (2020–2025)", 12)]
    [InlineData("XIII XIV", 6)]
    [InlineData("HĐND khóa XV", 11)]
    [InlineData("13rd tenure", 3)]
    [InlineData("nhiệm kỳ 2025–2030 abc", 20)]
    [InlineData("2025–2030 / 2030–2035", 11)]
    [InlineData("Quốc hội HĐND 2026–2031", 10)]
    [InlineData("-2025", 1)]
    [InlineData("12345", 1)]
    [InlineData("'", 1)]
    [InlineData("’", 1)]
    [InlineData("khóa '", 6)]
    [InlineData("2025–2030 ’", 11)]
    [InlineData("\u0301", 1)]
    [InlineData("１３th", 1)]
    [InlineData("khóa 0", 6)]
    [InlineData("2025–2030 XIII", 1)]
    [InlineData("13th-", 5)]
    public void Rejects_what_is_not_a_term_and_says_where(string text, int character)
    {
        Assert.False(Tenure.TryParse(text, out Tenure t));
        Assert.Equal(default, t);
        var e = Assert.Throws<FormatException>(() => Tenure.Parse(text));
        Assert.Contains($"at character {character},", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Null_is_rejected()
    {
        Assert.False(Tenure.TryParse((string?)null, out _));
        Assert.Throws<ArgumentNullException>(() => Tenure.Parse(null!));
    }

    [Fact]
    public void Formats_every_form()
    {
        Tenure xiii = Tenure.NationalParty(13);
        Assert.Equal("2021–2026", xiii.ToString());
        Assert.Equal("XIII", xiii.ToString("R", null));
        Assert.Equal("khóa XIII", xiii.ToString("V", null));
        Assert.Equal("13th national Party term", xiii.ToString("E", null));
        Assert.Equal("khóa XIII (2021–2026)", xiii.ToString("F", null));
        Tenure qh15 = Tenure.NationalAssembly(15);
        Assert.Equal("Quốc hội khóa XV", qh15.ToString("V", null));
        Assert.Equal("15th National Assembly term", qh15.ToString("E", null));
        Tenure local = Tenure.LocalParty(2025);
        Assert.Equal("nhiệm kỳ 2025–2030", local.ToString("V", null));
        Assert.Equal("2025–2030", local.ToString("R", null));
        Assert.Equal("HĐND nhiệm kỳ 2026–2031", Tenure.PeoplesCouncil(2026).ToString("F", null));
        Assert.Equal("People's Council term 2026–2031", Tenure.PeoplesCouncil(2026).ToString("E", null));
        Assert.Throws<FormatException>(() => xiii.ToString("X", null));
        Assert.Equal("khóa XIII", $"{xiii:V}");
    }

    [Fact]
    public void The_13th_term_ends_and_the_14th_starts_on_the_14th_Congress_opening_day()
    {
        var opening = new LocalDate(2026, 1, 20);
        Assert.Equal(Tenure.NationalParty(13), Tenure.NationalPartyTermOn(opening.PlusDays(-1)));
        Assert.Equal(Tenure.NationalParty(14), Tenure.NationalPartyTermOn(opening));
        Assert.Equal(opening, Tenure.NationalParty(13).ActualEnd);
        Assert.Equal(opening, Tenure.NationalParty(14).ActualStart);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(13)]
    public void The_full_form_of_every_national_Party_term_parses_back_even_when_it_is_not_five_years(int ordinal)
    {
        Tenure t = Tenure.NationalParty(ordinal);
        Assert.Equal(t, Tenure.Parse(t.ToString("F", null)));
    }

    [Fact]
    public void A_bare_range_of_another_length_is_still_refused()
    {
        Assert.False(Tenure.TryParse("1960–1976", out _));
        Assert.False(Tenure.TryParse("khóa XIII (1960–1976)", out _));
    }
}
