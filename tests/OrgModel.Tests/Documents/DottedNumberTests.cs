using OrgModel.Documents;

namespace OrgModel.Tests.Documents;

/// <summary>Issue 18: the Government's dotted resolution numbers (<c>66.7/2025/NQ-CP</c>, docs/sources.md) as values.</summary>
public class DottedNumberTests
{
    [Theory]
    [InlineData("Số: 66.16/2026/NQ-CP", 66, 16)]
    [InlineData("66.7/2025/NQ-CP", 66, 7)]
    public void The_number_and_the_sub_number_are_kept_apart(string text, int number, int subNumber)
    {
        StateDocumentNumber n = StateDocumentNumber.Parse(text);
        Assert.Equal(number, n.Number);
        Assert.Equal(subNumber, n.SubNumber);
        Assert.Equal(n, StateDocumentNumber.Parse(n.ToString()));
        Assert.NotEqual(StateDocumentNumber.Parse("66/2025/NQ-CP"), n);
        Assert.Null(StateDocumentNumber.Parse("66/2025/NQ-CP").SubNumber);
    }

    [Fact]
    public void Dotted_numbers_sort_after_their_base_number()
    {
        string[] sorted = [.. new[] { "66.16/2025/NQ-CP", "66.7/2025/NQ-CP", "67/2025/NQ-CP", "66/2025/NQ-CP" }
            .Select(StateDocumentNumber.Parse).Order().Select(n => n.ToString())];
        Assert.Equal(["66/2025/NQ-CP", "66.7/2025/NQ-CP", "66.16/2025/NQ-CP", "67/2025/NQ-CP"], sorted);
    }

    [Fact]
    public void The_constructor_makes_a_dotted_number_and_checks_it()
    {
        Assert.Equal("66.7/2025/NQ-CP", new StateDocumentNumber(66, 7, 2025, "NQ", "CP").ToString());
        Assert.Equal("subNumber", Assert.Throws<ArgumentOutOfRangeException>(() => new StateDocumentNumber(66, 0, 2025, "NQ", "CP")).ParamName);
        Assert.Equal("subNumber", Assert.Throws<ArgumentOutOfRangeException>(() => new StateDocumentNumber(66, 100, 2025, "NQ", "CP")).ParamName);
        Assert.Equal(StateDocumentNumber.Parse("30/2020/NĐ-CP"), new StateDocumentNumber(30, null, 2020, "NĐ", "CP"));
    }

    [Fact]
    public void Json_writes_the_dot()
    {
        var n = new DocumentNumber(StateDocumentNumber.Parse("66.7/2025/NQ-CP"));
        string json = System.Text.Json.JsonSerializer.Serialize(n, OrgModel.Serialization.OrgModelJson.Context.DocumentNumber);
        Assert.Equal("\"66.7/2025/NQ-CP\"", json);
        Assert.Equal(n, System.Text.Json.JsonSerializer.Deserialize(json, OrgModel.Serialization.OrgModelJson.Context.DocumentNumber));
    }
}
