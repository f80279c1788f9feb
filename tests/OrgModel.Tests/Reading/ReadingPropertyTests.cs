using System.Text.Json;
using NodaTime;
using OrgModel.Personnel;
using OrgModel.Reading;
using OrgModel.ReferenceData;
using OrgModel.Serialization;
using OrgModel.Tenures;

namespace OrgModel.Tests.Reading;

/// <summary>Properties of <see cref="DraftReader"/> and the mention extractors over texts built from names, titles, terms,
/// decisions, task words, their look-alikes, punctuation, line breaks, combining and invisible characters and random
/// strings; a failing text shrinks by dropping pieces, then by shrinking a random piece.</summary>
public class ReadingPropertyTests
{
    private static readonly string[] Pieces =
    [
        "Bộ Chính trị", "Ban Bí thư", "Chính phủ", "Ủy ban Kiểm tra Trung ương", "Ban Tổ chức Trung ương", "BTCTW", "the Politburo", "the Organisation Commission",
        "Government Party Committee", "provincial People's Committees", "các bộ, ngành", "520-BC/BTCTW", "Tổng Bí thư ", "đồng chí ", "các đồng chí ", "comrades ",
        "General Secretary ", "Politburo member ", "Tô Lâm", "To Lam", "Trần Cẩm Tú", "Tran Cam Tu", "Nguyễn Văn A", "khóa XIII", "nhiệm kỳ 2025-2030",
        "the 2025–2030 term", "the 14th National Party Congress", "Đại hội XIV", "Hội nghị Trung ương 11 khóa XIII", "the 12th Central Conference",
        "the 16th National Assembly", "khai trừ ra khỏi Đảng", "cách tất cả các chức vụ trong Đảng", "cho thôi giữ chức", "bằng hình thức ",
        "expelling ", "removing ", " from all positions in the Party", "These disciplinary measures were also imposed on ", " from the Party", "to cease holding the position", "disciplinary warning",
        " yêu cầu ", " giao ", " phải ", " requested ", " to ", " must ", " were urged to ", "trước ngày 31/7/2025", "before July 31, 2025",
        "Kết luận số 201-KL/TW", ", ", " và ", " and ", ". ", "; ", ": ", "\n", "(", ")", "\u200B", "\u0301", "\u2019", "Đ", "x", " ",
    ];

    private const string SameMeasuresReason = "the measures the sentence before decided";

    private static readonly LocalDate Date = new(2025, 10, 31);

    private static readonly PersonnelRecord People = PersonnelRecord.Empty
        .WithPerson(new Person(PersonId.Parse("to-lam"), VietnameseName.Parse("Tô Lâm")))
        .WithPerson(new Person(PersonId.Parse("tran-cam-tu"), VietnameseName.Parse("Trần Cẩm Tú")));

    public static Arbitrary<string[]> Texts() => Arb.From(
        Gen.ListOf(Gen.Frequency(
            (8, Gen.Elements(Pieces)),
            (1, ArbMap.Default.GeneratorFor<string>().Select(s => s ?? string.Empty)))).Select(parts => parts.ToArray()),
        Shrink);

    // Drop one piece at a time, then shrink the first piece that is not one of the fixed pieces.
    private static IEnumerable<string[]> Shrink(string[] parts)
    {
        for (int i = 0; i < parts.Length; i++)
        {
            yield return [.. parts[..i], .. parts[(i + 1)..]];
        }

        for (int i = 0; i < parts.Length; i++)
        {
            if (parts[i].Length > 1 && Array.IndexOf(Pieces, parts[i]) < 0)
            {
                yield return [.. parts[..i], parts[i][..(parts[i].Length / 2)], .. parts[(i + 1)..]];
                yield break;
            }
        }
    }

    [Property(Arbitrary = [typeof(ReadingPropertyTests)], MaxTest = 300)]
    public void Never_throws_and_every_span_lies_inside_in_order(string[] parts)
    {
        string text = string.Concat(parts);
        DraftRecord r = DraftReader.Read(text, Date, VietnamReferenceData.OrgChart, People);

        InOrder(text, r.Organisations.Select(o => (o.Start, o.Text)));
        InOrder(text, r.People.Select(p => (p.Start, p.Text)));
        InOrder(text, r.Terms.Select(t => (t.Start, t.Text)));
        InOrder(text, r.Decisions.Select(d => (d.Start, d.Text)));
        InOrder(text, r.Tasks.Select(t => (t.Start, t.Text)));
        foreach (TaskCandidate t in r.Tasks)
        {
            Assert.Equal(t.Cue, text.Substring(t.CueStart, t.Cue.Length));
            Assert.Equal(t.Action, text.Substring(t.ActionStart, t.Action.Length));
            Assert.Equal(t.Assignee, t.AssigneeStart is { } a ? text.Substring(a, t.Assignee.Length) : string.Empty);
        }
    }

    // Found by the fuzzer (FuzzTests, target DraftReader.Read): a line break inside a body's name ends the task sentence
    // there, and the assignee named across it ran past the sentence, so building the task candidate threw.
    [Theory]
    [InlineData("The 12th Central Conference of the 13th tenure asked provincial \nPeople's Committees to complete the work by the end of 2025.")]
    [InlineData("Bộ Chính trị yêu cầu Ban Tổ chức \nTrung ương hoàn thành trước ngày 31/7/2025.")]
    public void A_line_break_inside_a_name_after_a_task_word_does_not_throw(string text)
    {
        DraftRecord r = DraftReader.Read(text, Date, VietnamReferenceData.OrgChart, People);
        foreach (TaskCandidate t in r.Tasks)
        {
            Assert.True(t.AssigneeStart is null || t.AssigneeStart + t.Assignee.Length <= t.Start + t.Text.Length, t.ToString());
        }
    }

    // Found by the property below in CI (shrunk text, first case): a number with an ordinal suffix the term grammar does not
    // take ("4Rd") opened a term, and the window that parsed was the bare number, which alone opens nothing on re-reading.
    [Theory]
    [InlineData("L\\J'P|Y8JD@1KsZ)#zi\u00030ur4Rd}\u001Ew3a\u0005cjSmF")]
    [InlineData("ur4Rd}")]
    [InlineData("the 2025-x term")]
    public void A_term_is_read_only_with_the_words_that_opened_it(string text)
    {
        foreach (TermMention t in TermExtractor.Extract(text, Date))
        {
            Assert.Single(TermExtractor.Extract(t.Text, Date));
        }
    }

    // Found by the property below (20,000 cases; shrunk text, first case): the capitalised words before an English local
    // level ("the Thanh Hoá Provincial Party Committee") were taken as the place of a Party committee even when the word was
    // the end of a document symbol ("520-BC/BTCTW") and the kind was a scope of People's Committees, so the mention read back
    // as two others.
    [Theory]
    [InlineData("520-BC/BTCTW provincial People's Committees", "provincial People's Committees")]
    [InlineData("520-BC/BTCTW provincial Party committees", "provincial Party committees")]
    [InlineData("Hà Nội provincial People's Committees", "provincial People's Committees")]
    public void A_place_is_not_read_from_a_symbol_or_before_a_scope(string text, string scope)
    {
        OrganisationMention o = Assert.Single(DraftReader.Read(text, Date, VietnamReferenceData.OrgChart, People).Organisations);

        Assert.Equal((scope, true), (o.Text, o.IsScope));
    }

    // Found by held-out set 56's first run (en-03 opens with these words): a group of provinces and cities as the text's first
    // words looked one token before the text for a counting word, and the reader threw ArgumentOutOfRangeException.
    [Theory]
    [InlineData("Provinces and cities throughout the country have held their party congresses to elect new leaders for the term 2020-2025.", "Provinces and cities")]
    [InlineData("Cities and provinces must report.", "Cities and provinces")]
    public void A_group_that_opens_the_text_is_read(string text, string group)
    {
        OrganisationMention o = Assert.Single(DraftReader.Read(text, Date, VietnamReferenceData.OrgChart, People).Organisations);

        Assert.Equal((group, true), (o.Text, o.IsScope));
    }

    // Found in review of the seventieth pass (not by the fuzzers nor the properties): an office whose kind ends the text ("Văn phòng
    // Thành ủy", "Văn phòng UBND xã", "Văn phòng UBND TP") looked for its place one token past the text, and the reader threw
    // ArgumentOutOfRangeException.
    [Theory]
    [InlineData("Văn phòng Thành ủy", "Văn phòng Thành ủy")]
    [InlineData("Văn phòng UBND xã", "Văn phòng UBND xã")]
    [InlineData("Văn phòng UBND TP", "Văn phòng UBND")]
    public void An_office_that_ends_the_text_is_read(string text, string office) =>
        Assert.Contains(office, DraftReader.Read(text, Date, VietnamReferenceData.OrgChart, People).Organisations.Select(o => o.Text));

    // Found by reading every development text cut at each space or mark (2026-12-03): a removal whose "from the" or "from his"
    // ends the text looked one token past the text for the post, and the reader threw ArgumentOutOfRangeException (there since
    // the reader's first commit).
    [Theory]
    [InlineData("The Party Central Committee has decided to remove from the")]
    [InlineData("Accordingly, Le Duc Vinh was dismissed from his")]
    [InlineData("Ms. Hoang Thi Thuy Lan was dismissed from the")]
    public void A_removal_cut_before_its_post_is_read(string text) =>
        Assert.Null(Record.Exception(() => DraftReader.Read(text, Date, VietnamReferenceData.OrgChart, People)));

    // Found by the property below in a run of the whole suite (shrunk parts "the 12th Central Conference", "’", "khóa XIII";
    // replay (6286876309210675265,4496314099620324523,85)): the term after the stray mark is the conference's own term, yet the
    // run read whole ("…Conference’khóa XIII") finds no conference, so the conference was dropped as if the term contradicted
    // it, and the sitting left without a term read back alone as the conference. Only a term other than the conference's drops it.
    [Theory]
    [InlineData("the 12th Central Conference’khóa XIII")]
    [InlineData("the 12th Central Conference’ khóa XIII")]
    public void A_conference_is_kept_when_the_term_after_it_is_its_own(string text)
    {
        TermMention first = DraftReader.Read(text, Date, VietnamReferenceData.OrgChart, People).Terms[0];

        Assert.Equal(("12th Central Conference", "vn.party.central-conference.13.12"), (first.Text, first.EventId));
    }

    [Fact]
    public void A_conference_is_dropped_when_the_term_after_it_is_another()
    {
        TermMention first = DraftReader.Read("the 3rd Central Conference’khóa XII", Date, VietnamReferenceData.OrgChart, People).Terms[0];

        Assert.Null(first.EventId);
    }

    // The case the property shrank to on 2026-12-06 (replay 12442537633184865194,17210050835982992433,59): "Đại hội" glued to a
    // digit before it was taken as the congress of the term after it, which the text read alone does not give.
    [Fact]
    public void A_term_after_a_glued_congress_reads_back_the_same()
    {
        TermMention t = Assert.Single(DraftReader.Read("1Đại hội XIV, khóa XIII", Date, VietnamReferenceData.OrgChart).Terms);
        TermMention again = Assert.Single(DraftReader.Read(t.Text, Date, VietnamReferenceData.OrgChart).Terms);
        Assert.Equal((t.Text, t.EventId), (again.Text, again.EventId));
    }

    [Property(Arbitrary = [typeof(ReadingPropertyTests)], MaxTest = 300)]
    public void Every_finding_reads_back_to_the_same_value(string[] parts)
    {
        string text = string.Concat(parts);
        DraftRecord r = DraftReader.Read(text, Date, VietnamReferenceData.OrgChart, People);

        foreach (OrganisationMention o in r.Organisations)
        {
            OrganisationMention again = Assert.Single(OrganisationExtractor.Extract(o.Text, Date, VietnamReferenceData.OrgChart));
            Assert.Equal((o.Name, o.Id, o.IsScope), (again.Name, again.Id, again.IsScope));
        }

        foreach (PersonMention p in r.People)
        {
            Assert.Equal(p.Name, VietnameseName.Parse(p.Text));
        }

        foreach (TermMention t in r.Terms)
        {
            // The reader's term, with the body it takes before "khóa" or "nhiệm kỳ", reads back the same through the reader;
            // a term without a body is a tenure as written.
            TermMention again = Assert.Single(DraftReader.Read(t.Text, Date, VietnamReferenceData.OrgChart).Terms);
            Assert.Equal((t.Text, t.EventId, t.MeetingNumber), (again.Text, again.EventId, again.MeetingNumber));
            Assert.Equal(t.Terms, again.Terms);
            bool withBody = t.Reason.EndsWith(BodyReason, StringComparison.Ordinal) || t.Reason.EndsWith(SessionReason, StringComparison.Ordinal)
                || t.Reason.EndsWith(CongressReason, StringComparison.Ordinal);
            if (t.EventId is null && t.MeetingNumber is null && !withBody)
            {
                Assert.Equal(t.Terms, Tenure.ReadingsOf(t.Text).Readings);
            }
        }

        DecisionsReadBack(text, r.Decisions);
    }

    private const string BodyReason = ", of the body named before it";

    private const string SessionReason = ", of the session named before it";

    // "Đại hội Đảng bộ tỉnh nhiệm kỳ 2025-2030": the congress named by whose it is, as a body is, before the term it reads.
    private const string CongressReason = ", of the congress named before it";

    // The case FsCheck shrank to (replay 14600013746783751945,9398554012143253291,21): a body's name and a term on the next line
    // are two findings, and each reads back.
    [Fact]
    public void A_term_on_the_line_after_a_body_stays_apart_and_reads_back()
    {
        DraftRecord r = DraftReader.Read("the Organisation Commission\nnhiệm kỳ 2025-2030", Date, VietnamReferenceData.OrgChart, People);

        TermMention term = Assert.Single(r.Terms);
        Assert.Equal("nhiệm kỳ 2025-2030", term.Text);
        Assert.Equal(term.Terms, Tenure.ReadingsOf(term.Text).Readings);
    }

    // The case FsCheck shrank to next: "khóa XIII" is 2021–2026, so "khóa XIII, nhiệm kỳ 2025-2030" is two terms, not one.
    [Fact]
    public void Two_terms_that_disagree_stay_two()
    {
        DraftRecord r = DraftReader.Read("khóa XIII, nhiệm kỳ 2025-2030", Date, VietnamReferenceData.OrgChart, People);

        Assert.Equal(["khóa XIII", "nhiệm kỳ 2025-2030"], r.Terms.Select(t => t.Text));
    }

    // The case FsCheck shrank to in a helper's run (replay 5682840908615458695,5482125909002391453,56): "termS" glued to a
    // capital; the tenure grammar reads the plural ("the 2015-2020 and 2020-2025 tenures"), so the finding reads back.
    [Fact]
    public void A_plural_term_reads_back()
    {
        DraftRecord r = DraftReader.Read("the 2025–2030 termS", Date, VietnamReferenceData.OrgChart, People);

        TermMention term = Assert.Single(r.Terms);
        Assert.Equal(term.Terms, Tenure.ReadingsOf(term.Text).Readings);
    }

    // Held-out set 4's text (docs/sources.md): the second decision takes its form from the first.
    [Fact]
    public void A_decision_named_by_the_sentence_before_reads_back_with_that_sentence()
    {
        const string text = "The Politburo on November 15 issued warnings as disciplinary measures against the Standing Board of the Quảng Ninh provincial Party Committee in the 2020–2025 term.\n\n"
            + "These disciplinary measures were also imposed on former Secretary of the Quảng Ninh provincial Party Committee Nguyễn Xuân Ký.";
        DraftRecord r = DraftReader.Read(text, new LocalDate(2024, 11, 15), VietnamReferenceData.OrgChart, People);

        Assert.Contains(r.Decisions, d => d.Reason.StartsWith(SameMeasuresReason, StringComparison.Ordinal));
        DecisionsReadBack(text, r.Decisions);
    }

    // The case found by a random run of the property at 4ff5f43 (the run's output was lost; the same failure was then found by a
    // harness that builds texts from the same pieces, and it fails at a6fa55a too): posts a person leaves, listed one after another,
    // are one decision only with that person named before them; read alone, each post is a decision of the same kind.
    [Fact]
    public void Posts_left_by_one_person_read_back_as_decisions_of_their_kind()
    {
        const string text = "Ban Bí thư cho đồng chí Nguyễn Văn A thôi giữ chức Bí thư Tỉnh ủy; thôi giữ chức Chủ tịch Hội đồng nhân dân tỉnh.";
        DraftRecord r = DraftReader.Read(text, Date, VietnamReferenceData.OrgChart, People);

        Assert.Contains(r.Decisions, d => d.Reason.EndsWith(ListedPostsReason, StringComparison.Ordinal));
        DecisionsReadBack(text, r.Decisions);
    }

    private const string ListedPostsReason = "the posts listed after it are left by the same decision";

    // Each decision's text reads back to its kind alone, except one that names its form by the decision before it ("These
    // disciplinary measures were also imposed on …"): that one reads back together with the decision before, from where it
    // starts to the end of this one, as the last decision found; and one that holds the posts a person leaves, listed after
    // each other: its words read alone are decisions of its kind (one per post, or one if a person is named inside them).
    private static void DecisionsReadBack(string text, IReadOnlyList<DecisionMention> decisions)
    {
        DecisionMention? previous = null;
        foreach (DecisionMention d in decisions)
        {
            if (d.Reason.StartsWith(SameMeasuresReason, StringComparison.Ordinal))
            {
                Assert.NotNull(previous);
                Assert.Equal(d.Kind, DecisionExtractor.Extract(text[previous.Start..(d.Start + d.Text.Length)])[^1].Kind);
            }
            else if (d.Reason.EndsWith(ListedPostsReason, StringComparison.Ordinal))
            {
                IReadOnlyList<DecisionMention> alone = DecisionExtractor.Extract(d.Text);
                Assert.NotEmpty(alone);
                Assert.All(alone, a => Assert.Equal(d.Kind, a.Kind));
            }
            else
            {
                Assert.Equal(d.Kind, Assert.Single(DecisionExtractor.Extract(d.Text)).Kind);
            }

            previous = d;
        }
    }

    [Property(Arbitrary = [typeof(ReadingPropertyTests)], MaxTest = 150)]
    public void The_record_round_trips_through_the_generated_json_context(string[] parts)
    {
        DraftRecord r = DraftReader.Read(string.Concat(parts), Date, VietnamReferenceData.OrgChart, People);

        string json = JsonSerializer.Serialize(r, OrgModelJsonContext.Default.DraftRecord);

        Assert.Equal(r, JsonSerializer.Deserialize(json, OrgModelJsonContext.Default.DraftRecord));
    }

    [Property(MaxTest = 300)]
    public void Never_throws_on_any_string(string? text) =>
        _ = DraftReader.Read(text ?? string.Empty, Date, VietnamReferenceData.OrgChart, People);

    private static void InOrder(string text, IEnumerable<(int Start, string Text)> spans)
    {
        int end = 0;
        foreach ((int start, string written) in spans)
        {
            Assert.True(start >= end, $"\"{written}\" at {start} overlaps or precedes the one before");
            Assert.Equal(written, text.Substring(start, written.Length));
            end = start + written.Length;
        }
    }
}
