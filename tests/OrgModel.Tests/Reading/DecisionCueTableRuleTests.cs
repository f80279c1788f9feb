using NodaTime;
using OrgModel.Reading;
using OrgModel.ReferenceData;

namespace OrgModel.Tests.Reading;

/// <summary>Each word of the decision extractor's table of forms, one by one, in a sentence that gives it to a person: the
/// Vietnamese forms after "quyết định … đối với đồng chí", the English ones with what each needs ("from the post", "from the
/// Party", a giving verb or the person after it). The decision is the form's, of the person, and its reason names the table's
/// phrase. Written from the survivors of Reading's mutation sample (docs/quality.md, "Reading"); writing it found that "issued
/// warnings to Mr. …" and "censures Mr. …" gave no decision (the plural form was read only with "and" before a bare name).</summary>
public class DecisionCueTableRuleTests
{
    private static readonly LocalDate Day = new(2025, 3, 5);

    private static IReadOnlyList<DecisionMention> Decisions(string text) => DraftReader.Read(text, Day, VietnamReferenceData.OrgChart).Decisions;

    [Theory]
    [InlineData("khai trừ ra khỏi Đảng", "Ban Thường vụ Tỉnh ủy quyết định khai trừ ra khỏi Đảng đối với đồng chí Nguyễn Văn Bôn.", "Expulsion of Nguyễn Văn Bôn: \"khai trừ ra khỏi Đảng\" at 33+21")]
    [InlineData("khai trừ khỏi Đảng", "Ban Thường vụ Tỉnh ủy quyết định khai trừ khỏi Đảng đối với đồng chí Nguyễn Văn Bôn.", "Expulsion of Nguyễn Văn Bôn: \"khai trừ khỏi Đảng\" at 33+18")]
    [InlineData("khai trừ Đảng", "Ban Thường vụ Tỉnh ủy quyết định khai trừ Đảng đối với đồng chí Nguyễn Văn Bôn.", "Expulsion of Nguyễn Văn Bôn: \"khai trừ Đảng\" at 33+13")]
    [InlineData("khai trừ", "Ban Thường vụ Tỉnh ủy quyết định khai trừ đối với đồng chí Nguyễn Văn Bôn.", "Expulsion of Nguyễn Văn Bôn: \"khai trừ\" at 33+8")]
    [InlineData("cách tất cả các chức vụ trong Đảng", "Ban Thường vụ Tỉnh ủy quyết định cách tất cả các chức vụ trong Đảng đối với đồng chí Nguyễn Văn Bôn.", "RemovalFromAllPartyPosts of Nguyễn Văn Bôn: \"cách tất cả các chức vụ trong Đảng\" at 33+34")]
    [InlineData("cách tất cả chức vụ trong Đảng", "Ban Thường vụ Tỉnh ủy quyết định cách tất cả chức vụ trong Đảng đối với đồng chí Nguyễn Văn Bôn.", "RemovalFromAllPartyPosts of Nguyễn Văn Bôn: \"cách tất cả chức vụ trong Đảng\" at 33+30")]
    [InlineData("cách tất cả các chức vụ", "Ban Thường vụ Tỉnh ủy quyết định cách tất cả các chức vụ đối với đồng chí Nguyễn Văn Bôn.", "RemovalFromAllPartyPosts of Nguyễn Văn Bôn: \"cách tất cả các chức vụ\" at 33+23")]
    [InlineData("cách chức tất cả các chức vụ trong Đảng", "Ban Thường vụ Tỉnh ủy quyết định cách chức tất cả các chức vụ trong Đảng đối với đồng chí Nguyễn Văn Bôn.", "RemovalFromAllPartyPosts of Nguyễn Văn Bôn: \"cách chức tất cả các chức vụ trong Đảng\" at 33+39")]
    [InlineData("cách chức tất cả các chức vụ", "Ban Thường vụ Tỉnh ủy quyết định cách chức tất cả các chức vụ đối với đồng chí Nguyễn Văn Bôn.", "RemovalFromAllPartyPosts of Nguyễn Văn Bôn: \"cách chức tất cả các chức vụ\" at 33+28")]
    [InlineData("cách chức tất cả chức vụ trong Đảng", "Ban Thường vụ Tỉnh ủy quyết định cách chức tất cả chức vụ trong Đảng đối với đồng chí Nguyễn Văn Bôn.", "RemovalFromAllPartyPosts of Nguyễn Văn Bôn: \"cách chức tất cả chức vụ trong Đảng\" at 33+35")]
    [InlineData("cách chức tất cả chức vụ", "Ban Thường vụ Tỉnh ủy quyết định cách chức tất cả chức vụ đối với đồng chí Nguyễn Văn Bôn.", "RemovalFromAllPartyPosts of Nguyễn Văn Bôn: \"cách chức tất cả chức vụ\" at 33+24")]
    [InlineData("cách chức", "Ban Thường vụ Tỉnh ủy quyết định cách chức đối với đồng chí Nguyễn Văn Bôn.", "RemovalFromPost of Nguyễn Văn Bôn: \"cách chức\" at 33+9")]
    [InlineData("cách các chức vụ", "Ban Thường vụ Tỉnh ủy quyết định cách các chức vụ đối với đồng chí Nguyễn Văn Bôn.", "RemovalFromPost of Nguyễn Văn Bôn: \"cách các chức vụ\" at 33+16")]
    [InlineData("cách chức vụ", "Ban Thường vụ Tỉnh ủy quyết định cách chức vụ đối với đồng chí Nguyễn Văn Bôn.", "RemovalFromPost of Nguyễn Văn Bôn: \"cách chức vụ\" at 33+12")]
    [InlineData("miễn nhiệm", "Ban Thường vụ Tỉnh ủy quyết định miễn nhiệm đối với đồng chí Nguyễn Văn Bôn.", "RemovalFromPost of Nguyễn Văn Bôn: \"miễn nhiệm\" at 33+10")]
    [InlineData("bãi nhiệm", "Ban Thường vụ Tỉnh ủy quyết định bãi nhiệm đối với đồng chí Nguyễn Văn Bôn.", "RemovalFromPost of Nguyễn Văn Bôn: \"bãi nhiệm\" at 33+9")]
    [InlineData("cảnh cáo", "Ban Thường vụ Tỉnh ủy quyết định cảnh cáo đối với đồng chí Nguyễn Văn Bôn.", "Warning of Nguyễn Văn Bôn: \"cảnh cáo\" at 33+8")]
    [InlineData("khiển trách", "Ban Thường vụ Tỉnh ủy quyết định khiển trách đối với đồng chí Nguyễn Văn Bôn.", "Reprimand of Nguyễn Văn Bôn: \"khiển trách\" at 33+11")]
    [InlineData("giải tán", "Ban Thường vụ Tỉnh ủy quyết định giải tán đối với đồng chí Nguyễn Văn Bôn.", "Dissolution of Nguyễn Văn Bôn: \"giải tán\" at 33+8")]
    [InlineData("cho thôi nhiệm vụ", "Ban Thường vụ Tỉnh ủy quyết định cho thôi nhiệm vụ đối với đồng chí Nguyễn Văn Bôn.", "CeaseHoldingPost of Nguyễn Văn Bôn: \"cho thôi nhiệm vụ\" at 33+17")]
    [InlineData("cho thôi giữ chức", "Ban Thường vụ Tỉnh ủy quyết định cho thôi giữ chức đối với đồng chí Nguyễn Văn Bôn.", "CeaseHoldingPost of Nguyễn Văn Bôn: \"cho thôi giữ chức\" at 33+17")]
    [InlineData("thôi giữ chức", "Ban Thường vụ Tỉnh ủy quyết định thôi giữ chức đối với đồng chí Nguyễn Văn Bôn.", "CeaseHoldingPost of Nguyễn Văn Bôn: \"thôi giữ chức\" at 33+13")]
    [InlineData("thôi giữ chức vụ", "Ban Thường vụ Tỉnh ủy quyết định thôi giữ chức vụ đối với đồng chí Nguyễn Văn Bôn.", "CeaseHoldingPost of Nguyễn Văn Bôn: \"thôi giữ chức vụ\" at 33+16")]
    [InlineData("thôi giữ các chức vụ", "Ban Thường vụ Tỉnh ủy quyết định thôi giữ các chức vụ đối với đồng chí Nguyễn Văn Bôn.", "CeaseHoldingPost of Nguyễn Văn Bôn: \"thôi giữ các chức vụ\" at 33+20")]
    [InlineData("cho thôi chức", "Ban Thường vụ Tỉnh ủy quyết định cho thôi chức đối với đồng chí Nguyễn Văn Bôn.", "CeaseHoldingPost of Nguyễn Văn Bôn: \"cho thôi chức\" at 33+13")]
    [InlineData("thôi các chức vụ", "Ban Thường vụ Tỉnh ủy quyết định thôi các chức vụ đối với đồng chí Nguyễn Văn Bôn.", "CeaseHoldingPost of Nguyễn Văn Bôn: \"thôi các chức vụ\" at 33+16")]
    [InlineData("cho thôi tham gia", "Ban Thường vụ Tỉnh ủy quyết định cho thôi tham gia đối với đồng chí Nguyễn Văn Bôn.", "CeaseHoldingPost of Nguyễn Văn Bôn: \"cho thôi tham gia\" at 33+17")]
    [InlineData("cho thôi làm", "Ban Thường vụ Tỉnh ủy quyết định cho thôi làm đối với đồng chí Nguyễn Văn Bôn.", "CeaseHoldingPost of Nguyễn Văn Bôn: \"cho thôi làm\" at 33+12")]
    [InlineData("thôi tham gia Ban Chấp hành Trung ương", "Ban Thường vụ Tỉnh ủy quyết định thôi tham gia Ban Chấp hành Trung ương đối với đồng chí Nguyễn Văn Bôn.", "CeaseHoldingPost of Nguyễn Văn Bôn: \"thôi tham gia Ban Chấp hành Trung ương\" at 33+38")]
    [InlineData("thôi tham gia Ban Chấp hành", "Ban Thường vụ Tỉnh ủy quyết định thôi tham gia Ban Chấp hành đối với đồng chí Nguyễn Văn Bôn.", "CeaseHoldingPost of Nguyễn Văn Bôn: \"thôi tham gia Ban Chấp hành\" at 33+27")]
    [InlineData("thôi tham gia Bộ Chính trị", "Ban Thường vụ Tỉnh ủy quyết định thôi tham gia Bộ Chính trị đối với đồng chí Nguyễn Văn Bôn.", "CeaseHoldingPost of Nguyễn Văn Bôn: \"thôi tham gia Bộ Chính trị\" at 33+26")]
    [InlineData("thôi tham gia Ban Bí thư", "Ban Thường vụ Tỉnh ủy quyết định thôi tham gia Ban Bí thư đối với đồng chí Nguyễn Văn Bôn.", "CeaseHoldingPost of Nguyễn Văn Bôn: \"thôi tham gia Ban Bí thư\" at 33+24")]
    [InlineData("thôi tham gia Ban Thường vụ", "Ban Thường vụ Tỉnh ủy quyết định thôi tham gia Ban Thường vụ đối với đồng chí Nguyễn Văn Bôn.", "CeaseHoldingPost of Nguyễn Văn Bôn: \"thôi tham gia Ban Thường vụ\" at 33+27")]
    [InlineData("cease holding", "The Politburo agreed that Mr. Nguyễn Văn Bôn cease holding the post of Secretary.", "CeaseHoldingPost of Nguyễn Văn Bôn: \"cease holding\" at 45+13")]
    [InlineData("ceases holding", "Mr. Nguyễn Văn Bôn ceases holding the post of Secretary.", "CeaseHoldingPost of Nguyễn Văn Bôn: \"ceases holding\" at 19+14")]
    [InlineData("ceased holding", "Mr. Nguyễn Văn Bôn ceased holding the post of Secretary.", "CeaseHoldingPost of Nguyễn Văn Bôn: \"ceased holding\" at 19+14")]
    [InlineData("to cease holding", "The Politburo allowed Mr. Nguyễn Văn Bôn to cease holding the post of Secretary.", "CeaseHoldingPost of Nguyễn Văn Bôn: \"to cease holding\" at 41+16")]
    [InlineData("cease to hold", "The Politburo allowed Mr. Nguyễn Văn Bôn to cease to hold the post of Secretary.", "CeaseHoldingPost of Nguyễn Văn Bôn: \"cease to hold\" at 44+13")]
    [InlineData("stop holding", "The Politburo allowed Mr. Nguyễn Văn Bôn to stop holding the post of Secretary.", "CeaseHoldingPost of Nguyễn Văn Bôn: \"stop holding\" at 44+12")]
    [InlineData("relieved of", "Mr. Nguyễn Văn Bôn was relieved of the post of Secretary.", "CeaseHoldingPost of Nguyễn Văn Bôn: \"relieved of\" at 23+11")]
    [InlineData("relieve", "The Politburo agreed to relieve Mr. Nguyễn Văn Bôn from the post of Secretary.", "CeaseHoldingPost of Nguyễn Văn Bôn: \"relieve Mr. Nguyễn Văn Bôn from the post\" at 24+40")]
    [InlineData("relieves", "The Politburo relieves Mr. Nguyễn Văn Bôn from the post of Secretary.", "CeaseHoldingPost of Nguyễn Văn Bôn: \"relieves Mr. Nguyễn Văn Bôn from the post\" at 14+41")]
    [InlineData("relieved", "The Politburo relieved Mr. Nguyễn Văn Bôn from the post of Secretary.", "CeaseHoldingPost of Nguyễn Văn Bôn: \"relieved Mr. Nguyễn Văn Bôn from the post\" at 14+41")]
    [InlineData("relieving", "The Politburo agreed on relieving Mr. Nguyễn Văn Bôn from the post of Secretary.", "CeaseHoldingPost of Nguyễn Văn Bôn: \"relieving Mr. Nguyễn Văn Bôn from the post\" at 24+42")]
    [InlineData("expel", "The Politburo decided to expel Mr. Nguyễn Văn Bôn from the Party.", "Expulsion of Nguyễn Văn Bôn: \"expel Mr. Nguyễn Văn Bôn from the Party\" at 25+39")]
    [InlineData("expels", "The Politburo expels Mr. Nguyễn Văn Bôn from the Party.", "Expulsion of Nguyễn Văn Bôn: \"expels Mr. Nguyễn Văn Bôn from the Party\" at 14+40")]
    [InlineData("expelled", "The Politburo expelled Mr. Nguyễn Văn Bôn from the Party.", "Expulsion of Nguyễn Văn Bôn: \"expelled Mr. Nguyễn Văn Bôn from the Party\" at 14+42")]
    [InlineData("expelling", "The Politburo agreed on expelling Mr. Nguyễn Văn Bôn from the Party.", "Expulsion of Nguyễn Văn Bôn: \"expelling Mr. Nguyễn Văn Bôn from the Party\" at 24+43")]
    [InlineData("expulsion", "The Politburo decided on the expulsion of Mr. Nguyễn Văn Bôn from the Party.", "Expulsion of Nguyễn Văn Bôn: \"expulsion of Mr. Nguyễn Văn Bôn from the Party\" at 29+46")]
    [InlineData("remove", "The Politburo decided to remove Mr. Nguyễn Văn Bôn from the post of Secretary.", "RemovalFromPost of Nguyễn Văn Bôn: \"remove Mr. Nguyễn Văn Bôn from the post\" at 25+39")]
    [InlineData("removes", "The Politburo removes Mr. Nguyễn Văn Bôn from the post of Secretary.", "RemovalFromPost of Nguyễn Văn Bôn: \"removes Mr. Nguyễn Văn Bôn from the post\" at 14+40")]
    [InlineData("removed", "The Politburo removed Mr. Nguyễn Văn Bôn from the post of Secretary.", "RemovalFromPost of Nguyễn Văn Bôn: \"removed Mr. Nguyễn Văn Bôn from the post\" at 14+40")]
    [InlineData("removing", "The Politburo agreed on removing Mr. Nguyễn Văn Bôn from the post of Secretary.", "RemovalFromPost of Nguyễn Văn Bôn: \"removing Mr. Nguyễn Văn Bôn from the post\" at 24+41")]
    [InlineData("removal", "The Politburo decided on the removal of Mr. Nguyễn Văn Bôn from the post of Secretary.", "RemovalFromPost of Nguyễn Văn Bôn: \"removal of Mr. Nguyễn Văn Bôn from the post\" at 29+43")]
    [InlineData("dismiss", "The Politburo decided to dismiss Mr. Nguyễn Văn Bôn from the post of Secretary.", "RemovalFromPost of Nguyễn Văn Bôn: \"dismiss Mr. Nguyễn Văn Bôn from the post\" at 25+40")]
    [InlineData("dismissed", "The Politburo dismissed Mr. Nguyễn Văn Bôn from the post of Secretary.", "RemovalFromPost of Nguyễn Văn Bôn: \"dismissed Mr. Nguyễn Văn Bôn from the post\" at 14+42")]
    [InlineData("dismissing", "The Politburo agreed on dismissing Mr. Nguyễn Văn Bôn from the post of Secretary.", "RemovalFromPost of Nguyễn Văn Bôn: \"dismissing Mr. Nguyễn Văn Bôn from the post\" at 24+43")]
    [InlineData("dismissal", "The Politburo decided on the dismissal of Mr. Nguyễn Văn Bôn from the post of Secretary.", "RemovalFromPost of Nguyễn Văn Bôn: \"dismissal of Mr. Nguyễn Văn Bôn from the post\" at 29+45")]
    [InlineData("warning", "The committee issued a warning to Mr. Nguyễn Văn Bôn.", "Warning of Nguyễn Văn Bôn: \"issued a warning\" at 14+16")]
    [InlineData("warnings", "The committee issued warnings to Mr. Nguyễn Văn Bôn.", "Warning of Nguyễn Văn Bôn: \"issued warnings\" at 14+15")]
    [InlineData("warned", "The committee warned Mr. Nguyễn Văn Bôn.", "Warning of Nguyễn Văn Bôn: \"warned\" at 14+6")]
    [InlineData("reprimand", "The committee issued a reprimand to Mr. Nguyễn Văn Bôn.", "Reprimand of Nguyễn Văn Bôn: \"issued a reprimand\" at 14+18")]
    [InlineData("reprimands", "The committee issued reprimands to Mr. Nguyễn Văn Bôn.", "Reprimand of Nguyễn Văn Bôn: \"issued reprimands\" at 14+17")]
    [InlineData("reprimanded", "The committee reprimanded Mr. Nguyễn Văn Bôn.", "Reprimand of Nguyễn Văn Bôn: \"reprimanded\" at 14+11")]
    [InlineData("censure", "The committee decided to censure Mr. Nguyễn Văn Bôn.", "Reprimand of Nguyễn Văn Bôn: \"decided to censure\" at 14+18")]
    [InlineData("censures", "The committee censures Mr. Nguyễn Văn Bôn.", "Reprimand of Nguyễn Văn Bôn: \"censures\" at 14+8")]
    public void Each_form_is_a_decision_of_the_person(string form, string text, string expected)
    {
        DecisionMention decision = Assert.Single(Decisions(text));
        Assert.Equal(expected, decision.ToString());
        Assert.StartsWith($"\"{form}\" states a decision", decision.Reason, StringComparison.Ordinal);
    }

    // The plural forms given with no article, to each person named after them.
    [Theory]
    [InlineData("The committee issued warnings to Mr. Nguyễn Văn Bôn and Mr. Trần Văn Tùng.", "Warning of Nguyễn Văn Bôn, Trần Văn Tùng: \"issued warnings\" at 14+15")]
    [InlineData("The committee issued reprimands to Mr. Nguyễn Văn Bôn and Mr. Trần Văn Tùng.", "Reprimand of Nguyễn Văn Bôn, Trần Văn Tùng: \"issued reprimands\" at 14+17")]
    [InlineData("The PM also issued official warnings to Mr. Nguyễn Văn Bôn and Mr. Trần Văn Tùng.", "Warning of Nguyễn Văn Bôn, Trần Văn Tùng: \"issued official warnings\" at 12+24")]
    [InlineData("The committee censures Mr. Nguyễn Văn Bôn and Mr. Trần Văn Tùng.", "Reprimand of Nguyễn Văn Bôn, Trần Văn Tùng: \"censures\" at 14+8")]
    public void A_plural_form_is_given_to_each_person_named_after_it(string text, string expected) =>
        Assert.Equal(expected, Assert.Single(Decisions(text)).ToString());

    // Warnings given to no one named are no decision.
    [Fact]
    public void Warnings_to_no_one_named_are_no_decision() =>
        Assert.Empty(Decisions("The center issued warnings to residents about floods."));
}
