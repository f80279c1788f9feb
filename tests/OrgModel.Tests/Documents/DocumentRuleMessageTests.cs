using NodaTime;
using OrgModel.Documents;
using OrgModel.Documents.Model;
using OrgModel.Organisations;

namespace OrgModel.Tests.Documents;

/// <summary>
/// Each rule of the document types says itself when it refuses a value: the parameter it names and the words of the
/// rule, and each reason a symbol does not parse has a message of its own. The mutation sample of issue 22 found these
/// messages replaceable by nothing with no test failing.
/// </summary>
public class DocumentRuleMessageTests
{
    private static readonly OrgId CentralCommittee = OrgId.Parse("vn.party.central-committee");

    public static TheoryData<string, Action, string, string> Rules => new()
    {
        { "empty kind", () => _ = new PartyDocumentNumber(1, " ", "TW"), "kindCode", "; it must not be empty." },
        { "long kind", () => _ = new PartyDocumentNumber(1, new string('K', 17), "TW"), "kindCode", "; it must not be longer than 16 characters." },
        { "bad kind", () => _ = new PartyDocumentNumber(1, "K!", "TW"), "kindCode", "; the code holds another character." },
        { "Party number", () => _ = new PartyDocumentNumber(0, "KL", "TW"), "number", "A document number runs from 1 to 999,999,999." },
        { "State number", () => _ = new StateDocumentNumber(1_000_000_000, 2020, "NĐ", "CP"), "number", "A document number runs from 1 to 999,999,999." },
        { "default Party", () => _ = new DocumentNumber(default(PartyDocumentNumber)), "party", "A default PartyDocumentNumber is not a document number." },
        { "default State", () => _ = new DocumentNumber(default(StateDocumentNumber)), "state", "A default StateDocumentNumber is not a document number." },
        { "default reference", () => _ = new DocumentReference(default(DocumentNumber)), "number", "A reference needs a document number, not the default value." },
        {
            "self relation",
            () => _ = new Document(DocumentNumber.Parse("18-NQ/TW"), DocumentKind.Resolution, [CentralCommittee], new LocalDate(2022, 6, 16), "A subject",
                relations: [new DocumentRelation(DocumentRelationKind.Cites, new DocumentReference(DocumentNumber.Parse("18-NQ/TW"), new LocalDate(2022, 6, 16)))]),
            "relations",
            "cannot relate to itself (Cites"
        },
    };

    [Theory]
    [MemberData(nameof(Rules))]
    public void A_refused_value_names_its_argument_and_the_rule(string name, Action create, string parameter, string words)
    {
        ArgumentException e = Assert.ThrowsAny<ArgumentException>(create);

        Assert.Equal(parameter, e.ParamName);
        Assert.True(e.Message.Contains(words, StringComparison.Ordinal), $"{name}: {e.Message}");
    }

    [Fact]
    public void Every_reason_a_symbol_fails_has_a_message_of_its_own()
    {
        ParseError[] reasons = [.. Enum.GetValues<ParseError>().Where(e => e != ParseError.None)];
        string[] messages = [.. reasons.Select(e => e.Describe())];

        Assert.All(messages, m => Assert.True(m.Length >= 20, m));
        Assert.Equal(reasons.Length, messages.Distinct(StringComparer.Ordinal).Count());
        Assert.DoesNotContain(ParseError.None.Describe(), messages);
    }

    [Fact]
    public void A_failed_parse_names_what_was_expected()
    {
        Assert.Contains("as a Party document number: at character 9,", Assert.Throws<FormatException>(() => PartyDocumentNumber.Parse("12-KL/TW!")).Message, StringComparison.Ordinal);
        Assert.Contains("as a State document number: at character 14,", Assert.Throws<FormatException>(() => StateDocumentNumber.Parse("12/2020/NĐ-CP!")).Message, StringComparison.Ordinal);
        Assert.Contains("as a document number: at character 9,", Assert.Throws<FormatException>(() => DocumentNumber.Parse("12-KL/TW!")).Message, StringComparison.Ordinal);
    }
}
