using System.Diagnostics;
using System.Text.Json;
using OrgModel.Personnel;
using OrgModel.Serialization;

namespace OrgModel.Tests.Personnel;

/// <summary>Issue 15: names accept Latin-script Vietnamese letters only, and no name costs more than linear work.</summary>
public class VietnameseNameHostileTests
{
    [Theory]
    [InlineData("\u0422ô Lâm")] // Cyrillic Т
    [InlineData("Tô \u039Bâm")] // Greek Λ
    [InlineData("Tô \u0644")] // Arabic
    [InlineData("Tô \u6797")] // CJK
    [InlineData("Tô La\u0301\u0301m")] // stacked marks
    [InlineData("Tô Lá\u0301m")] // a tone on a toned letter
    [InlineData("Tô La\u0302\u0301\u0323m")] // three marks on one letter
    [InlineData("Tô -Lâm")]
    [InlineData("Tô Lâm'")]
    [InlineData("Tô Lâm-")]
    [InlineData("Tô L--âm")]
    [InlineData("Tô\0 Lâm")]
    [InlineData("Tô\nLâm")]
    [InlineData("Tô\u2028Lâm")]
    [InlineData("Tô\tLâm")]
    [InlineData("Tô\u200BLâm")]
    public void Names_of_other_scripts_marks_and_separators_are_refused(string text)
    {
        Assert.False(VietnameseName.TryParse(text, out _), text);
        Assert.Throws<FormatException>(() => VietnameseName.Parse(text));
        string[] words = text.Split(' ', 2);
        if (words.Length == 2)
        {
            Assert.ThrowsAny<ArgumentException>(() => VietnameseName.Create(words[0], "", words[1]));
        }
    }

    [Theory]
    [InlineData("Nguyễn Thị Minh-Khai")]
    [InlineData("O'Neil Lâm")]
    [InlineData("Tô\u00A0Lâm")]
    [InlineData("Ðỗ Ðức Duy")]
    [InlineData("To\u0302 La\u0302m")]
    [InlineData("Nguye\u0302\u0303n Lâm")]
    [InlineData("Zơ Rạ Jơ Wi Fê")]
    public void Vietnamese_names_remain_valid(string text) => Assert.True(VietnameseName.TryParse(text, out _), text);

    [Fact]
    public void A_long_mark_run_is_refused_at_once()
    {
        string hostile = "a" + new string('\u0301', 100_000) + " Lâm";
        var watch = Stopwatch.StartNew();
        long before = GC.GetAllocatedBytesForCurrentThread();
        Assert.False(VietnameseName.TryParse(hostile, out _));
        FormatException e = Assert.Throws<FormatException>(() => VietnameseName.Parse(hostile));
        Assert.Throws<ArgumentException>(() => VietnameseName.Create(hostile[..^4], "", "Lâm"));
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(1), $"Took {watch.Elapsed}.");
        Assert.True(allocated < 10_000_000, $"Allocated {allocated:N0} bytes.");
        Assert.True(e.Message.Length < 400, $"The message has {e.Message.Length} characters.");
    }

    [Fact]
    public void A_long_name_through_json_is_refused_at_once()
    {
        string hostile = "a" + new string('\u0301', 100_000) + " Lâm";
        string json = JsonSerializer.Serialize(new { id = "a", name = hostile });
        var watch = Stopwatch.StartNew();
        JsonException e = Assert.ThrowsAny<JsonException>(() => JsonSerializer.Deserialize(json, OrgModelJsonContext.Default.Person));
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(1), $"Took {watch.Elapsed}.");
        Assert.True(e.Message.Length < 400, $"The message has {e.Message.Length} characters.");
    }

    [Fact]
    public void Defaults_refuse_to_be_written()
    {
        JsonException id = Assert.ThrowsAny<JsonException>(() => JsonSerializer.Serialize(default(PersonId), OrgModelJsonContext.Default.PersonId));
        Assert.Contains("PersonId", id.Message, StringComparison.Ordinal);
        JsonException name = Assert.ThrowsAny<JsonException>(() => JsonSerializer.Serialize(default(VietnameseName), OrgModelJsonContext.Default.VietnameseName));
        Assert.Contains("VietnameseName", name.Message, StringComparison.Ordinal);
        Assert.ThrowsAny<JsonException>(() => JsonSerializer.Serialize(default(PartialDate), OrgModelJsonContext.Default.PartialDate));
    }
}
