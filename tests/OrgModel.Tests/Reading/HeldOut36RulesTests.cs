namespace OrgModel.Tests.Reading;

/// <summary>The rules added after held-out set 36 was measured (docs/reading.md, "Forty-first pass"), with sentences of that
/// set's sources (docs/sources.md, "Held-out reading set 36") and cases the rules must leave alone. Each held-out case failed on
/// main at db14f75.</summary>
public class HeldOut36RulesTests
{
    [Theory]
    [InlineData("Accordingly, Tran Hong Minh as Minister of Construction; Nguyen Manh Hung as Minister of Science and Technology.",
        "Tran Hong Minh|Nguyen Manh Hung")]
    [InlineData("Nguyen Chi Dung have been appointed as Deputy Prime Minister.", "Nguyen Chi Dung")]
    public void Appointees_with_the_post_after_as(string text, string expected) => Assert.Equal(expected, Findings.People(text));

    [Theory]
    // "as" after a place or a word that is no name, or with no post after it, names no one.
    [InlineData("Hai Phong as a city has grown fast.")]
    [InlineData("Nguyen Van Anh as we know it was a poem.")]
    public void As_without_a_post_names_no_one(string text) => Assert.Equal("", Findings.People(text));
}
