using NodaTime;
using OrgModel.Documents;
using OrgModel.Documents.Model;
using OrgModel.Organisations;
using OrgModel.Tenures;

namespace OrgModel.Tests.Documents.Model;

/// <summary>The invariants of <see cref="Document"/> and of the registry's construction.</summary>
public class DocumentTests
{
    private static readonly OrgId Politburo = OrgId.Parse("vn.party.politburo");
    private static readonly OrgId Secretariat = OrgId.Parse("vn.party.secretariat");
    private static readonly OrgId CentralCommittee = OrgId.Parse("vn.party.central-committee");
    private static readonly OrgId CentralOffice = OrgId.Parse("vn.party.central-office");
    private static readonly OrgId NationalAssembly = OrgId.Parse("vn.state.national-assembly");

    private static Document Make(
        string number,
        DocumentKind kind,
        OrgId[] bodies,
        LocalDate date,
        Tenure? term = null,
        CentralConferenceNumber? conference = null,
        DocumentRelation[]? relations = null) =>
        new(DocumentNumber.Parse(number), kind, bodies, date, "A subject", term, conference, relations: relations);

    [Fact]
    public void A_joint_conclusion_of_the_Politburo_and_the_Secretariat()
    {
        Document d = Make("201-KL/TW", DocumentKind.Conclusion, [Politburo, Secretariat], new LocalDate(2025, 10, 31));
        Assert.True(d.IsJoint);
        Assert.Equal(DocumentSystem.Party, d.System);
        Assert.Equal(Tenure.NationalParty(13), d.Term);
        Assert.Equal(new DocumentReference(d.Number, d.IssueDate), d.Reference);
        Assert.Equal("conclusion 201-KL/TW of 2025-10-31: A subject", d.ToString());
    }

    [Fact]
    public void The_kind_must_fit_the_code()
    {
        var e = Assert.Throws<ArgumentException>(() => Make("201-KL/TW", DocumentKind.Resolution, [Politburo], new LocalDate(2025, 10, 31)));
        Assert.Equal("kind", e.ParamName);
        Make("232-QĐ/TW", DocumentKind.Regulation, [Politburo], new LocalDate(2025, 1, 1));
        Make("232-QĐ/TW", DocumentKind.Decision, [Politburo], new LocalDate(2025, 1, 1));
        Assert.Throws<ArgumentException>(() => Make("202/2025/QH15", DocumentKind.Decree, [NationalAssembly], new LocalDate(2025, 6, 12)));
    }

    [Fact]
    public void Issuing_bodies_must_be_ones_the_issuer_code_stands_for()
    {
        var e = Assert.Throws<ArgumentException>(() => Make("36-HD/VPTW", DocumentKind.Guideline, [Politburo], new LocalDate(2018, 4, 3)));
        Assert.Equal("issuingBodies", e.ParamName);
        Assert.Throws<ArgumentException>(() => Make("60-NQ/TW", DocumentKind.Resolution, [], new LocalDate(2025, 4, 12)));
        Assert.Throws<ArgumentException>(() => Make("60-NQ/TW", DocumentKind.Resolution, [CentralCommittee, CentralCommittee], new LocalDate(2025, 4, 12)));
        Assert.Throws<ArgumentException>(() => Make("60-NQ/TW", DocumentKind.Resolution, [default], new LocalDate(2025, 4, 12)));

        // A generic code (TU) accepts any body: the catalogue maps it to no single organisation.
        Make("13-TT/TU", DocumentKind.CircularNote, [OrgId.Parse("vn.party.some-provincial-committee")], new LocalDate(2025, 4, 26));
    }

    [Fact]
    public void The_term_must_contain_the_issue_year_and_the_conference_must_be_of_the_term()
    {
        var e = Assert.Throws<ArgumentException>(() =>
            Make("18-NQ/TW", DocumentKind.Resolution, [CentralCommittee], new LocalDate(2017, 10, 25), term: Tenure.NationalParty(13)));
        Assert.Equal("term", e.ParamName);
        var c = Assert.Throws<ArgumentException>(() =>
            Make("18-NQ/TW", DocumentKind.Resolution, [CentralCommittee], new LocalDate(2017, 10, 25), conference: new CentralConferenceNumber(6, 13)));
        Assert.Equal("conference", c.ParamName);
        Assert.Throws<ArgumentException>(() =>
            Make("202/2025/QH15", DocumentKind.Resolution, [NationalAssembly], new LocalDate(2025, 6, 12), conference: new CentralConferenceNumber(11, 13)));
        Assert.Throws<ArgumentException>(() =>
            Make("18-NQ/TW", DocumentKind.Resolution, [CentralCommittee], new LocalDate(2017, 10, 25), conference: default(CentralConferenceNumber)));
    }

    [Fact]
    public void A_document_cannot_relate_to_itself_but_can_to_its_namesake_of_another_term()
    {
        var number = DocumentNumber.Parse("18-NQ/TW");
        Assert.Throws<ArgumentException>(() => Make("18-NQ/TW", DocumentKind.Resolution, [CentralCommittee], new LocalDate(2022, 6, 16),
            relations: [new DocumentRelation(DocumentRelationKind.Cites, new DocumentReference(number, new LocalDate(2022, 6, 16)))]));
        Make("18-NQ/TW", DocumentKind.Resolution, [CentralCommittee], new LocalDate(2022, 6, 16),
            relations: [new DocumentRelation(DocumentRelationKind.Cites, new DocumentReference(number, new LocalDate(2017, 10, 25)))]);
    }

    [Fact]
    public void The_registry_rejects_duplicates_ambiguous_targets_and_replacement_cycles()
    {
        LocalDate day = new(2025, 4, 12);
        Document a = Make("60-NQ/TW", DocumentKind.Resolution, [CentralCommittee], day);
        Document aAgain = Make("60-NQ/TW", DocumentKind.Resolution, [CentralCommittee], day);
        Assert.Throws<ArgumentException>(() => new DocumentRegistry([a, aAgain]));

        Document old18 = Make("18-NQ/TW", DocumentKind.Resolution, [CentralCommittee], new LocalDate(2017, 10, 25));
        Document new18 = Make("18-NQ/TW", DocumentKind.Resolution, [CentralCommittee], new LocalDate(2022, 6, 16));
        Document vague = Make("121-KL/TW", DocumentKind.Conclusion, [CentralCommittee], new LocalDate(2025, 1, 24),
            relations: [new DocumentRelation(DocumentRelationKind.Summarises, new DocumentReference(DocumentNumber.Parse("18-NQ/TW")))]);
        var e = Assert.Throws<ArgumentException>(() => new DocumentRegistry([old18, new18, vague]));
        Assert.Contains("matches 2 documents", e.Message, StringComparison.Ordinal);

        Document x = Make("01-HD/VPTW", DocumentKind.Guideline, [CentralOffice], new LocalDate(2020, 1, 1),
            relations: [new DocumentRelation(DocumentRelationKind.Replaces, new DocumentReference(DocumentNumber.Parse("02-HD/VPTW")))]);
        Document y = Make("02-HD/VPTW", DocumentKind.Guideline, [CentralOffice], new LocalDate(2020, 2, 1),
            relations: [new DocumentRelation(DocumentRelationKind.Replaces, new DocumentReference(DocumentNumber.Parse("01-HD/VPTW")))]);
        Assert.Contains("cycle", Assert.Throws<ArgumentException>(() => new DocumentRegistry([x, y])).Message, StringComparison.Ordinal);

        Assert.Throws<ArgumentException>(() => DocumentRegistry.Vietnam.ReplacementsOf(a, day));
    }

    [Fact]
    public void Signers_record_capacity_and_reject_a_body_for_a_signer_in_own_right()
    {
        var deputy = new DocumentSigner("  Nguyễn Văn A ", SigningCapacity.Deputy, "Phó Trưởng ban", "Trưởng ban");
        Assert.Equal("Nguyễn Văn A", deputy.Name);
        Assert.Equal("K/T Trưởng ban: Nguyễn Văn A (Phó Trưởng ban)", deputy.ToString());
        Assert.Throws<ArgumentException>(() => new DocumentSigner("A", SigningCapacity.InOwnRight, onBehalfOf: "Bộ Chính trị"));
        Assert.Throws<ArgumentException>(() => new DocumentSigner(" ", SigningCapacity.OnBehalfOf));
        Assert.ThrowsAny<ArgumentException>(() => new DocumentSigner("A", (SigningCapacity)42));
    }

    [Theory]
    [InlineData("MẬT", ConfidentialityMark.Confidential)]
    [InlineData("Tối mật", ConfidentialityMark.Secret)]
    [InlineData("tuyet mat", ConfidentialityMark.TopSecret)]
    [InlineData("Top secret", ConfidentialityMark.TopSecret)]
    public void Confidentiality_marks_parse(string text, ConfidentialityMark mark)
    {
        Assert.True(DocumentMarks.TryParseConfidentiality(text, out ConfidentialityMark parsed));
        Assert.Equal(mark, parsed);
    }

    [Theory]
    [InlineData("KHẨN", UrgencyMark.Urgent)]
    [InlineData("Thượng khẩn", UrgencyMark.VeryUrgent)]
    [InlineData("Hỏa tốc", UrgencyMark.Immediate)]
    [InlineData("Hoả tốc", UrgencyMark.Immediate)]
    [InlineData("HOA TOC", UrgencyMark.Immediate)]
    public void Urgency_marks_parse(string text, UrgencyMark mark)
    {
        Assert.True(DocumentMarks.TryParseUrgency(text, out UrgencyMark parsed));
        Assert.Equal(mark, parsed);
    }

    [Theory]
    [InlineData("T/M", SigningCapacity.OnBehalfOf)]
    [InlineData("TM.", SigningCapacity.OnBehalfOf)]
    [InlineData("k/t", SigningCapacity.Deputy)]
    [InlineData("TL.", SigningCapacity.ByOrder)]
    [InlineData("T/UQ", SigningCapacity.ByAuthorisation)]
    [InlineData("Q.", SigningCapacity.Acting)]
    public void Signing_formulas_parse(string text, SigningCapacity capacity)
    {
        Assert.True(DocumentMarks.TryParseFormula(text, out SigningCapacity parsed));
        Assert.Equal(capacity, parsed);
    }

    [Theory]
    [InlineData("")]
    [InlineData("secretish")]
    [InlineData("T/X")]
    [InlineData("TMTMTMTMTM")]
    public void Unknown_marks_and_formulas_are_rejected(string text)
    {
        Assert.False(DocumentMarks.TryParseConfidentiality(text, out _));
        Assert.False(DocumentMarks.TryParseUrgency(text, out _));
        Assert.False(DocumentMarks.TryParseFormula(text, out _));
    }
}
