using System.Text;
using System.Text.RegularExpressions;
using OrgModel.ReferenceData;

namespace OrgModel.Tests.ReferenceData;

/// <summary>The corrections to the official conversion table, as ../shared/data/README.md states them ("Corrections to the
/// official conversion table"), read from the README: each applies to its row only (the wrong code with that commune's name,
/// in either tone-mark spelling), and leaves a corrected file as it is.</summary>
public class SuccessionCorrectionsTests
{
    // "old Xã Mỹ Hưng is 01651 (the table says 01615), old Xã Phú Thịnh is 02482 (not 02485), old Xã Đặng Xá is 00556
    // (the table files it under Xã Cổ Bi's 00553), and part of old Xã Hòa Thắng (23053) went to Xã Hồng Thái (23041)".
    private static readonly Regex CodeFix = new(@"old (?<name>Xã [^,(]+?) is (?<right>\d{5}) \((?:the table says|not|the table files it under [^']+'s) (?<wrong>\d{5})\)");
    private static readonly Regex MissingRow = new(@"part of old (?<name>Xã [^(]+?) \((?<old>\d{5})\) went to (?<newName>Xã [^(]+?) \((?<new>\d{5})\), a row");

    private static string Readme() => SharedSources.Read("data/README.md").ReplaceLineEndings(" ");

    public static TheoryData<string, string, string> Fixes()
    {
        var data = new TheoryData<string, string, string>();
        foreach (Match m in CodeFix.Matches(Readme()))
        {
            data.Add(m.Groups["wrong"].Value, m.Groups["name"].Value, m.Groups["right"].Value);
        }

        return data;
    }

    [Fact]
    public void The_code_corrections_are_exactly_those_of_the_README()
    {
        (string, string, string)[] readme = [.. CodeFix.Matches(Readme()).Select(m => (m.Groups["wrong"].Value, m.Groups["name"].Value, m.Groups["right"].Value))];
        Assert.Equal(3, readme.Length);
        Assert.Equal(readme, SuccessionCorrections.All);

        Match row = Assert.Single(MissingRow.Matches(Readme()));
        Assert.Equal((row.Groups["old"].Value, row.Groups["new"].Value), (SuccessionCorrections.HoaThangCode, SuccessionCorrections.HongThaiCode));
    }

    [Theory]
    [MemberData(nameof(Fixes))]
    public void A_row_with_the_wrong_code_and_the_commune_s_name_gets_the_right_code(string wrong, string name, string right)
    {
        Assert.Equal(right, SuccessionCorrections.CorrectOldCode(wrong, name));
        Assert.True(SuccessionCorrections.NeedsName(Encoding.ASCII.GetBytes(wrong)));

        // Names are compared after folding (README: "compare names after normalising" tone-mark placement), NFC or not.
        Assert.Equal(right, SuccessionCorrections.CorrectOldCode(wrong, name.ToUpperInvariant()));
        Assert.Equal(right, SuccessionCorrections.CorrectOldCode(wrong, name.Normalize(NormalizationForm.FormD)));
    }

    [Theory]
    [MemberData(nameof(Fixes))]
    public void Only_that_row_is_corrected(string wrong, string name, string right)
    {
        // The wrong code's own commune (Xã Hồng Quang is 01615), another code with the name, and a corrected file's row stay.
        Assert.Equal(wrong, SuccessionCorrections.CorrectOldCode(wrong, "Xã Hồng Quang"));
        Assert.Equal(wrong, SuccessionCorrections.CorrectOldCode(wrong, name + " Bắc"));
        Assert.Equal(right, SuccessionCorrections.CorrectOldCode(right, name));
        Assert.Equal("00004", SuccessionCorrections.CorrectOldCode("00004", name));
        Assert.False(SuccessionCorrections.NeedsName(Encoding.ASCII.GetBytes(right)));
    }

    [Fact]
    public void Only_the_wrong_codes_need_the_name()
    {
        HashSet<string> wrong = [.. SuccessionCorrections.All.Select(c => c.WrongCode)];
        foreach (ReferenceCsv.Succession row in ReferenceCsv.SuccessionRows)
        {
            Assert.Equal(wrong.Contains(row.OldCode), SuccessionCorrections.NeedsName(Encoding.ASCII.GetBytes(row.OldCode)));
        }

        Assert.False(SuccessionCorrections.NeedsName("0161"u8));
        Assert.False(SuccessionCorrections.NeedsName("016150"u8));
        Assert.False(SuccessionCorrections.NeedsName(""u8));
    }

    [Fact]
    public void The_shipped_table_already_carries_the_corrections_so_they_change_none_of_its_rows()
    {
        // The shared file is the corrected table: the right codes with their communes, the Hòa Thắng row added ("bổ sung
        // theo nghị quyết"); the wrong codes only with their own communes' names.
        foreach ((string wrong, string name, string right) in SuccessionCorrections.All)
        {
            Assert.Contains(ReferenceCsv.SuccessionRows, r => r.OldCode == right && OrgModel.Text.VietnameseText.FoldedEquals(r.OldName, name));
            Assert.DoesNotContain(ReferenceCsv.SuccessionRows, r => r.OldCode == wrong && OrgModel.Text.VietnameseText.FoldedEquals(r.OldName, name));
        }

        Assert.Contains(ReferenceCsv.SuccessionRows, r => r.OldCode == SuccessionCorrections.HoaThangCode && r.NewCode == SuccessionCorrections.HongThaiCode);
        Assert.All(ReferenceCsv.SuccessionRows, r => Assert.Equal(r.OldCode, SuccessionCorrections.CorrectOldCode(r.OldCode, r.OldName)));
    }
}
