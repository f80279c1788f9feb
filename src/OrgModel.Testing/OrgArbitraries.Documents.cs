using OrgModel.Documents;
using OrgModel.Documents.Model;

namespace OrgModel.Testing;

/// <content>Arbitraries (with shrinkers) of document numbers.</content>
public static partial class OrgArbitraries
{
    /// <summary>Party document numbers, shrinking towards a smaller number and the codes <c>NQ</c>/<c>TW</c>.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<PartyDocumentNumber> PartyDocumentNumbers() =>
        Arb.From(OrgGenerators.PartyDocumentNumberValue, ShrinkParty);

    /// <summary>State document numbers, shrinking towards a smaller number, no year and the codes <c>NĐ</c>/<c>CP</c>.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<StateDocumentNumber> StateDocumentNumbers() =>
        Arb.From(OrgGenerators.StateDocumentNumberValue, ShrinkState);

    /// <summary>Document numbers of either form, shrinking within their form.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<DocumentNumber> DocumentNumbers() =>
        Arb.From(OrgGenerators.DocumentNumberValue, n => n.Party is { } p
            ? ShrinkParty(p).Select(x => new DocumentNumber(x))
            : ShrinkState(n.State!.Value).Select(x => new DocumentNumber(x)));

    /// <summary>Citation kinds, shrinking towards the first kind (resolution).</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<CitationKindWord> CitationKindWords() =>
        Arb.From(OrgGenerators.CitationKindWordValue, k => k == CitationKindWord.All[0] ? [] : [CitationKindWord.All[0]]);

    private static IEnumerable<int> ShrinkNumber(int n) => ArbMap.Default.ArbFor<int>().Shrinker(n).Where(v => v >= 1);

    private static IEnumerable<PartyDocumentNumber> ShrinkParty(PartyDocumentNumber p)
    {
        if (p.KindCode != "NQ")
        {
            yield return new PartyDocumentNumber(p.Number, "NQ", p.IssuerCode);
        }

        if (p.IssuerCode != "TW")
        {
            yield return new PartyDocumentNumber(p.Number, p.KindCode, "TW");
        }

        foreach (int n in ShrinkNumber(p.Number))
        {
            yield return new PartyDocumentNumber(n, p.KindCode, p.IssuerCode);
        }
    }

    private static IEnumerable<StateDocumentNumber> ShrinkState(StateDocumentNumber s)
    {
        if (s.Year is not null)
        {
            yield return new StateDocumentNumber(s.Number, null, s.KindCode, s.IssuerCode);
        }

        if (s.KindCode is not null && s.KindCode != "NĐ")
        {
            yield return new StateDocumentNumber(s.Number, s.Year, "NĐ", s.IssuerCode);
        }

        if (s.IssuerCode != "CP" && s.KindCode is not null)
        {
            yield return new StateDocumentNumber(s.Number, s.Year, s.KindCode, "CP");
        }

        foreach (int n in ShrinkNumber(s.Number))
        {
            yield return new StateDocumentNumber(n, s.Year, s.KindCode, s.IssuerCode);
        }
    }
}
