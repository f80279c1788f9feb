using OrgModel.Utility;

namespace OrgModel.Tenures;

/// <summary>A National Party Congress (Đại hội đại biểu toàn quốc) as given by the reference data.</summary>
/// <remarks>
/// <para>The congress opens the national Party term of the same ordinal; that term runs until the next congress opens.</para>
/// <para>Thread safety: immutable and thread-safe.</para>
/// </remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(NationalPartyCongressJsonConverter))]
public sealed class NationalPartyCongress
{
    internal NationalPartyCongress(int ordinal, LocalDate? preparatorySession, LocalDate opening, LocalDate closing)
    {
        Guard.Against.NegativeOrZero(ordinal);
        Preconditions.CheckArgument(closing >= opening, nameof(closing), "A congress cannot close before it opens.");
        Preconditions.CheckArgument(preparatorySession is null || preparatorySession <= opening, nameof(preparatorySession), "The preparatory session comes before the opening.");
        Ordinal = ordinal;
        PreparatorySession = preparatorySession;
        Opening = opening;
        Closing = closing;
    }

    /// <summary>The congress's ordinal (14 for the 14th Congress, written "XIV").</summary>
    public int Ordinal { get; }

    /// <summary>The day of the preparatory session when it was held on a separate day before the official opening, otherwise null.</summary>
    public LocalDate? PreparatorySession { get; }

    /// <summary>The day of the official opening: the first day of the national term of the same ordinal.</summary>
    public LocalDate Opening { get; }

    /// <summary>The closing day.</summary>
    public LocalDate Closing { get; }

    /// <summary>The national Party term that this congress opened.</summary>
    public Tenure Term => Tenure.NationalParty(Ordinal);

    /// <summary>The congress as an event (<c>vn.party.congress.14</c>), from its preparatory session or opening to its
    /// closing: the issuer of "the Congress Resolution".</summary>
    public PoliticalEvent Event => EventData.Of(this);

    /// <summary>The congress as "Đại hội XIV (2026-01-20 – 2026-01-23)".</summary>
    /// <returns>The ordinal in Roman numerals and the opening and closing days.</returns>
    public override string ToString() => $"Đại hội {RomanNumeral.Format(Ordinal)} ({Opening:uuuu-MM-dd} – {Closing:uuuu-MM-dd})";
}
