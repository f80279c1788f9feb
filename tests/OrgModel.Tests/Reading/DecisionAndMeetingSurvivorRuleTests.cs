using System.Text.Json;
using System.Text.Json.Nodes;
using NodaTime;
using OrgModel.Documents.Model;
using OrgModel.Personnel;
using OrgModel.Reading;
using OrgModel.ReferenceData;
using OrgModel.Serialization;

namespace OrgModel.Tests.Reading;

/// <summary>Rules of the decision reader (whom "cả hai" and "the four" count, who chairs the meeting, "from the Communist Party
/// of Vietnam", "from all positions in the Party", a list a count and a colon open, a dismissal's "for" in its own clause, a
/// second form joined by "and" to one a verb gave, a form given to a Party organisation, a proposal, "him" with no one before
/// it, a place before "Province", the forms a later sentence refers to), of the sittings (a special sitting dated by its day
/// has no number), of the task candidates (the group named before a modal, the reason's cue), of the congress resolutions a
/// registry resolves ("the 14th National Party Congress's Resolution"; none before the first congress) and of the record (its
/// date in its equality, a citation's kind in its JSON). Written from the survivors of Reading's fourth mutation sample
/// (docs/quality.md, "Reading").</summary>
public class DecisionAndMeetingSurvivorRuleTests
{
    private static readonly LocalDate Day = new(2025, 3, 5);

    private static DraftRecord Read(string text) => Findings.Record(text, Day);

    private static string Decision(string text) => Assert.Single(Read(text).Decisions).ToString();

    // The people of a decision, as the reader finds them in the text.
    [Theory]
    // "Cả hai" opening the sentence of the form counts the two people named since the last decision.
    [InlineData("Ông Nguyễn Văn Hùng, Giám đốc Sở Tài chính và ông Trần Văn Bình, Phó Giám đốc Sở Tài chính đã để xảy ra vi phạm. Cả hai bị khiển trách.",
        "Reprimand of Nguyễn Văn Hùng, Trần Văn Bình: \"khiển trách\" at 123+11")]
    // Whoever chairs the meeting ("… Nguyễn Văn Hùng sáng 4 tháng 3 chủ trì", the verb a few words after the whole name) is not
    // whom the decision disciplines.
    [InlineData("Ban Thường vụ Tỉnh ủy quyết định khai trừ ra khỏi Đảng đối với ông Trần Văn Bình tại hội nghị do Bí thư Tỉnh ủy Nguyễn Văn Hùng sáng 4 tháng 3 chủ trì.",
        "Expulsion of Trần Văn Bình: \"khai trừ ra khỏi Đảng\" at 33+21")]
    // "from the Communist Party of Vietnam" (held-out set 10): the phrase runs to the country.
    [InlineData("The Politburo decided to expel Mr. Nguyen Van Hien from the Communist Party of Vietnam.",
        "Expulsion of Nguyen Van Hien: \"expel Mr. Nguyen Van Hien from the Communist Party of Vietnam\" at 25+61")]
    // "from all positions in the Party": the phrase runs to "Party", past "positions in".
    [InlineData("The Politburo decided to remove Mr. Nguyen Van Hien from all positions in the Party.",
        "RemovalFromAllPartyPosts of Nguyen Van Hien: \"remove Mr. Nguyen Van Hien from all positions in the Party\" at 25+58")]
    // A count up to twenty, then the colon that opens the list of names (held-out set 62 writes "2 comrades including:").
    [InlineData("The district Party Committee's Standing Board reprimanded 20 comrades including: Xa Van Khuong - secretary of the Party cell of Na Hang village, and Xa Van Thuan - head of the village.",
        "Reprimand of Xa Van Khuong, Xa Van Thuan: \"reprimanded\" at 46+11")]
    // "the Ha Giang Province Party Committee" (held-out set 71's rule): a place before "Province" is the body's, not a person's name.
    [InlineData("Nguyen Van Son, former secretary of the Ha Giang Province Party Committee, was expelled from the Party.",
        "Expulsion of Nguyen Van Son: \"expelled from the Party\" at 79+23")]
    public void A_decision_names_the_people_the_text_gives_it(string text, string expected) =>
        Assert.Equal(expected, Decision(text));

    // "The Central Inspection Commission proposes …": a form asked of another body is not decided.
    [Fact]
    public void A_form_a_commission_proposes_is_no_decision() =>
        Assert.Empty(Read("The Central Inspection Commission proposes that the Secretariat expel Mr. Nguyen Van Hien from the Party.").Decisions);

    // A dismissal's "for Mr. …" (held-out set 38's translation of "đối với") is looked for in its own clause: after a semicolon
    // the person is another act's, and the dismissal says of no one what it removes.
    [Fact]
    public void A_dismissal_takes_no_person_from_after_a_semicolon() =>
        Assert.Empty(Read("The council dismissed the deputy chairman of the district People's Committee; delegates then voted for Mr. Nguyen Van Son as the new deputy chairman.").Decisions);

    // "issued a reprimand against Bon and a warning against Tung" (held-out set 57): the second form is given by the same verb,
    // read back within its clause, which a semicolon before the verb does not close.
    [Fact]
    public void A_second_form_joined_by_and_is_given_by_the_verb_before_it()
    {
        IReadOnlyList<DecisionMention> found = Read("The commission met on March 4; it issued a reprimand against Bon and a warning against Tung.").Decisions;

        Assert.Equal(["Reprimand: issued a reprimand", "Warning: a warning"], found.Select(d => $"{d.Kind}: {d.Text}"));
    }

    // A decision that names no one: "cảnh cáo tổ chức đảng …" gives the form to the Party organisation (the person a proposal names
    // after it is another matter); "him" with no one named before it stands for no one (a person named in the next sentence is not
    // it).
    [Theory]
    [InlineData("Ủy ban Kiểm tra Tỉnh ủy quyết định cảnh cáo tổ chức đảng Sở Y tế; đề nghị xem xét, thi hành kỷ luật ông Nguyễn Văn Hùng.",
        DecisionKind.Warning, "cảnh cáo")]
    [InlineData("The Secretariat decided to expel him from the Party. Mr. Nguyen Van Son, head of the commission, announced the decision.",
        DecisionKind.Expulsion, "expel him from the Party")]
    public void A_decision_given_to_a_body_or_to_no_one_named_names_no_one(string text, DecisionKind kind, string written)
    {
        DecisionMention decision = Assert.Single(Read(text).Decisions);
        Assert.Equal((kind, written), (decision.Kind, decision.Text));
        Assert.Empty(decision.People);
    }

    // A later sentence gives the form of the one before only by naming it: "these disciplinary regulations" are rules for every
    // member, not the measure; nor is a sentence that ends on "hình thức" while the next line opens with "Trên".
    [Theory]
    [InlineData("The Secretariat decided to expel Mr. Nguyen Van Hien from the Party. These disciplinary regulations are applied to every Party member, including Mr. Tran Van Tuan.",
        "Expulsion of Nguyen Van Hien: \"expel Mr. Nguyen Van Hien from the Party\" at 27+40")]
    [InlineData("Ban Thường vụ Huyện ủy quyết định khai trừ ra khỏi Đảng đối với ông Nguyễn Văn An.\nÔng Trần Văn Bình chưa bị xử lý vì đang chờ xem xét hình thức\nTrên cơ sở kết luận, Ủy ban Kiểm tra sẽ báo cáo Ban Thường vụ.",
        "Expulsion of Nguyễn Văn An: \"khai trừ ra khỏi Đảng\" at 34+21")]
    public void A_sentence_that_does_not_name_the_measure_takes_none(string text, string expected) =>
        Assert.Equal(expected, Decision(text));

    // "kỳ họp bất thường", "kỳ họp chuyên đề" count only with their number after "thứ" or "lần thứ"; a day or a month after them
    // is a date, not the sitting's number.
    [Theory]
    [InlineData("Tại kỳ họp bất thường ngày 20/12, HĐND tỉnh đã bầu bổ sung Phó Chủ tịch UBND tỉnh.")]
    [InlineData("Tại kỳ họp chuyên đề tháng 12, HĐND tỉnh đã thông qua 15 nghị quyết.")]
    public void A_special_sitting_dated_by_its_day_or_month_has_no_number(string text) =>
        Assert.Empty(Read(text).Terms);

    // The group named right before a modal is the assignee, every body of it joined by "và".
    [Fact]
    public void The_assignee_before_a_modal_is_the_whole_group()
    {
        TaskCandidate task = Assert.Single(Read("Ủy ban nhân dân tỉnh và Sở Nội vụ phải hoàn thành việc sắp xếp trước ngày 30/6/2025.").Tasks);

        Assert.Equal("Ủy ban nhân dân tỉnh và Sở Nội vụ", task.Assignee);
    }

    // The reason says which words assign the work, then where the assignee is.
    [Theory]
    [InlineData("Ủy ban nhân dân tỉnh và Sở Nội vụ phải hoàn thành việc sắp xếp trước ngày 30/6/2025.", "\"phải\" assigns work; the assignee is named before it")]
    [InlineData("Bộ Chính trị yêu cầu Ban Tổ chức Trung ương báo cáo trước ngày 30/6/2025.", "\"yêu cầu\" assigns work; the assignee is named after it")]
    [InlineData("Các chi bộ phải sớm đưa Nghị quyết Đại hội vào cuộc sống.", "\"phải\" assigns work; the sentence names no assignee")]
    public void A_task_says_its_cue_and_where_its_assignee_is(string text, string reason) =>
        Assert.Equal(reason, Assert.Single(Read(text).Tasks).Reason);

    // "the 14th National Party Congress's Resolution": the congress the text names, then the possessive and "Resolution".
    [Fact]
    public void A_congress_named_before_its_resolution_is_that_congress()
    {
        DocumentMention m = Assert.Single(DraftReader.Read("The Politburo asked Party committees at all levels to carry out the 14th National Party Congress's Resolution.",
            new LocalDate(2026, 2, 3), registry: DocumentRegistry.Vietnam).Documents);

        Assert.Equal("14th National Party Congress's Resolution", m.Text);
        Assert.Equal(ResolutionStatus.Found, m.Status);
        Assert.Equal("vn.party.congress.14", DocumentRegistry.Vietnam.Resolve(m.Key!.Value).Document!.IssuedAt);
    }

    // Before the first congress closed (1935) "Nghị quyết Đại hội" has no last congress to stand for: nothing is resolved.
    [Fact]
    public void The_congress_resolution_before_any_congress_is_none() =>
        Assert.Empty(DraftReader.Read("Các chi bộ phải sớm đưa Nghị quyết Đại hội vào cuộc sống.", new LocalDate(1930, 3, 5), registry: DocumentRegistry.Vietnam).Documents);

    // Equality holds the date apart from the findings: two records of no findings on two days differ.
    [Fact]
    public void Records_of_the_same_findings_on_two_days_are_not_equal() =>
        Assert.NotEqual(new DraftRecord(Day, [], [], [], [], [], [], []), new DraftRecord(Day.PlusDays(1), [], [], [], [], [], [], []));

    // A citation's kind is written as {code, name, written}: the words the text wrote are kept under "written".
    [Fact]
    public void A_citations_kind_is_written_with_the_words_of_the_text()
    {
        DraftRecord r = DraftReader.Read("Bộ Chính trị biểu dương việc tổ chức đại hội theo Chỉ thị số 45-CT/TW, ngày 14/4/2025 của Bộ Chính trị.", Day);
        JsonObject kind = JsonNode.Parse(JsonSerializer.Serialize(r, OrgModelJsonContext.Default.DraftRecord))!["citations"]![0]!["kind"]!.AsObject();

        Assert.Equal("code name written", string.Join(" ", kind.Select(p => p.Key)));
        Assert.Equal("directive", kind["name"]!.GetValue<string>());
        Assert.Equal("Chỉ thị", kind["written"]!.GetValue<string>());
    }
}
