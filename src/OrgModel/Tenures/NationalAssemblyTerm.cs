using OrgModel.Utility;

namespace OrgModel.Tenures;

/// <summary>A National Assembly term (Quốc hội khóa XV) with its election day and, where known, its first session's opening.</summary>
/// <remarks>Thread safety: immutable and thread-safe.</remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(NationalAssemblyTermJsonConverter))]
public sealed class NationalAssemblyTerm
{
    internal NationalAssemblyTerm(int ordinal, int startYear, int endYear, LocalDate election, LocalDate? firstSessionOpening)
    {
        Guard.Against.NegativeOrZero(ordinal);
        Preconditions.CheckArgument(firstSessionOpening is null || firstSessionOpening > election, nameof(firstSessionOpening), "The first session follows the election.");
        Ordinal = ordinal;
        StartYear = startYear;
        EndYear = endYear;
        Election = election;
        FirstSessionOpening = firstSessionOpening;
    }

    /// <summary>The ordinal (15 for khóa XV, written QH15 in document symbols).</summary>
    public int Ordinal { get; }

    /// <summary>The first nominal year.</summary>
    public int StartYear { get; }

    /// <summary>The last nominal year.</summary>
    public int EndYear { get; }

    /// <summary>The term as a <see cref="Tenure"/>.</summary>
    public Tenure Term => Tenure.NationalAssembly(Ordinal);

    /// <summary>The election day (from the 13th National Assembly, 2011, People's Councils are elected the same day).</summary>
    public LocalDate Election { get; }

    /// <summary>The opening of the first session, the start of the actual term; null when the reference data does not give it.</summary>
    public LocalDate? FirstSessionOpening { get; }

    /// <summary>The term as "Quốc hội khóa XV (2021–2026)".</summary>
    /// <returns>The name and years.</returns>
    public override string ToString() => Term.ToString("F", null);
}
