using OrgModel.Utility;

namespace OrgModel.Tenures;

/// <summary>
/// A numbered Central Conference (plenum) of the Party Central Committee: "Hội nghị lần thứ 11 Ban Chấp hành Trung ương
/// khóa XIII", "the 11th Central Conference of the 13th term".
/// </summary>
/// <remarks>
/// <para>Regular plenums of a term are numbered from 1; extraordinary sessions take no ordinal and are not listed.</para>
/// <para>Thread safety: immutable and thread-safe.</para>
/// </remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(CentralConferenceJsonConverter))]
public sealed class CentralConference
{
    internal CentralConference(int termOrdinal, int ordinal, LocalDate opening, LocalDate? closing, params string[] documents)
    {
        Guard.Against.NegativeOrZero(termOrdinal);
        Guard.Against.NegativeOrZero(ordinal);
        Preconditions.CheckArgument(closing is null || closing >= opening, nameof(closing), "A conference cannot close before it opens.");
        TermOrdinal = termOrdinal;
        Ordinal = ordinal;
        Opening = opening;
        Closing = closing;
        DocumentsArray = [.. documents];
        Documents = DocumentsArray;
    }

    /// <summary>The ordinal of the national Party term (13 for khóa XIII).</summary>
    public int TermOrdinal { get; }

    /// <summary>The conference's ordinal within its term (11 for the 11th Central Conference).</summary>
    public int Ordinal { get; }

    /// <summary>The national Party term the conference belongs to.</summary>
    public Tenure Term => Tenure.NationalParty(TermOrdinal);

    /// <summary>The day the conference opened.</summary>
    public LocalDate Opening { get; }

    /// <summary>The day it closed, or null when the reference data gives only the opening day.</summary>
    public LocalDate? Closing { get; }

    /// <summary>Symbols of the documents the reference data says it issued (e.g. <c>60-NQ/TW</c>); often empty.</summary>
    public IReadOnlyList<string> Documents { get; }

    /// <summary>Gets the same items as an array, for the library's own writers.</summary>
    internal ImmutableArray<string> DocumentsArray { get; }

    /// <summary>The conference as an event (<c>vn.party.central-conference.13.12</c>).</summary>
    public PoliticalEvent Event => EventData.Of(this);

    /// <summary>The Vietnamese name: "Hội nghị lần thứ 11 Ban Chấp hành Trung ương khóa XIII".</summary>
    public string VietnameseName => $"Hội nghị lần thứ {Ordinal} Ban Chấp hành Trung ương khóa {RomanNumeral.Format(TermOrdinal)}";

    /// <summary>Whether the conference was sitting on a date; for a conference with only its opening day known, that day.</summary>
    /// <param name="date">The date.</param>
    /// <returns>True from the opening to the closing day, both included.</returns>
    public bool IsSittingOn(LocalDate date) => date >= Opening && date <= (Closing ?? Opening);

    /// <summary>The English name, "the 11th Central Conference of the 13th term".</summary>
    /// <returns>The name.</returns>
    public override string ToString() =>
        $"the {Ordinal}{TenureParser.EnglishSuffix(Ordinal)} Central Conference of the {TermOrdinal}{TenureParser.EnglishSuffix(TermOrdinal)} term";
}
