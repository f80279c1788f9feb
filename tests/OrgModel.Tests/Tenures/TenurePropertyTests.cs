using NodaTime;
using OrgModel.Tenures;
using OrgModel.Testing;

namespace OrgModel.Tests.Tenures;

[Properties(Arbitrary = [typeof(OrgArbitraries)])]
public class TenurePropertyTests
{
    [Property]
    public bool Parse_of_every_round_trip_format_is_the_identity(Tenure t) =>
        Tenure.Parse(t.ToString("V", null)) == t
        && Tenure.Parse(t.ToString("E", null)) == t
        && Tenure.Parse(t.ToString("F", null)) == t;

    [Property]
    public bool The_canonical_years_form_round_trips_for_local_Party_terms(Tenure t) =>
        t.Kind != TenureKind.LocalParty || Tenure.Parse(t.ToString()) == t;

    [Property]
    public bool The_Roman_form_round_trips_for_national_Party_terms(Tenure t) =>
        t.Kind != TenureKind.NationalParty || Tenure.Parse(t.ToString("R", null)) == t;

    [Property]
    public bool Messy_texts_parse_to_their_term((Tenure Tenure, string Text) sample) =>
        Tenure.Parse(sample.Text) == sample.Tenure;

    [Property]
    public bool Canonical_form_is_the_years_with_an_en_dash(Tenure t) =>
        t.ToString() == $"{t.StartYear}–{t.EndYear}" && t.EndYear - t.StartYear == Tenure.NominalLength;

    [Property]
    public bool Next_of_Previous_is_the_identity(Tenure t) =>
        !CanGoBack(t) || t.Previous().Next() == t;

    [Property]
    public bool Previous_of_Next_is_the_identity(Tenure t) => t.Next().Previous() == t;

    [Property]
    public bool Next_starts_when_the_term_ends_and_is_later(Tenure t)
    {
        Tenure next = t.Next();
        return next.StartYear == t.EndYear && next > t && next.Kind == t.Kind && !next.OverlapsYears(t)
            && (t.Ordinal is null ? next.Ordinal is null : next.Ordinal == t.Ordinal + 1);
    }

    [Property]
    public bool Explicit_terms_round_trip_through_JSON(Tenure t, int length)
    {
        Tenure any = t.Ordinal is null ? Tenure.Create(t.Kind, t.StartYear, t.StartYear + 1 + (Math.Abs(length % Tenure.MaxLength))) : t;
        return TenureJsonTests.RoundTrip(any) == any;
    }

    [Property(Arbitrary = [typeof(AnyTenureArbitrary)])]
    public bool Any_valid_term_round_trips_through_JSON_and_the_full_form_with_any_length(Tenure t) =>
        TenureJsonTests.RoundTrip(t) == t;

    [Property]
    public bool Ordering_is_consistent_with_equality_and_antisymmetric(Tenure a, Tenure b) =>
        (a.CompareTo(b) == 0) == (a == b)
        && Math.Sign(a.CompareTo(b)) == -Math.Sign(b.CompareTo(a))
        && (a == b) == a.Equals((object)b)
        && (a != b || a.GetHashCode() == b.GetHashCode())
        && (a < b) == (a.CompareTo(b) < 0) && (a >= b) == !(a < b);

    [Property]
    public bool Overlap_is_symmetric_and_reflexive(Tenure a, Tenure b) =>
        a.OverlapsYears(b) == b.OverlapsYears(a) && a.OverlapsYears(a);

    [Property]
    public bool TryParse_never_throws_on_any_string(string? text) =>
        Tenure.TryParse(text, out Tenure t) ? !t.IsDefault : t == default;

    [Property]
    public bool TryParse_and_Parse_agree(string text)
    {
        if (text is null)
        {
            return true;
        }

        bool ok = Tenure.TryParse(text, out Tenure t);
        try
        {
            Tenure parsed = Tenure.Parse(text);
            return ok && parsed == t;
        }
        catch (FormatException)
        {
            return !ok;
        }
    }

    [Property]
    public bool TryParse_never_throws_on_term_like_noise(NonNegativeInt seed)
    {
        // Mutate a valid text (drop, duplicate or swap a character) to probe the parser near its grammar.
        string text = Tenure.NationalParty(13 + (seed.Get % 5)).ToString("F", null) + " nhiệm kỳ 2025–2030 QH15";
        int i = seed.Get % text.Length;
        string[] variants = [text.Remove(i, 1), text.Insert(i, text[i].ToString()), text[..i] + "-" + text[i..], text[..i] + "9" + text[i..]];
        foreach (string v in variants)
        {
            _ = Tenure.TryParse(v, out _);
        }

        return true;
    }

    [Property(MaxTest = 300)]
    public bool A_date_lies_in_exactly_one_national_Party_term(NonNegativeInt days)
    {
        // From the 11th Congress's opening (where the data begins) to well after the 14th.
        LocalDate date = new LocalDate(2011, 1, 12).PlusDays(days.Get % 7000);
        int holding = TenureFacts.NationalPartyCongresses.Count(c => c.Term.Contains(date));
        return holding == 1 && Tenure.NationalPartyTermOn(date).Contains(date);
    }

    private static bool CanGoBack(Tenure t) => t.Kind switch
    {
        TenureKind.NationalParty => t.Ordinal > 11,
        TenureKind.NationalAssembly => t.Ordinal > 15,
        _ => t.StartYear - Tenure.NominalLength >= Tenure.MinYear,
    };

    public static class AnyTenureArbitrary
    {
        public static Arbitrary<Tenure> Tenures() => OrgArbitraries.AnyTenures();
    }
}
