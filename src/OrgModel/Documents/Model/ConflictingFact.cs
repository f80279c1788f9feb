using OrgModel.Utility;

namespace OrgModel.Documents.Model;

/// <summary>A fact on which sources disagree, with every known reading and its sources, and the reading this library
/// uses by default; the shipped ones are in <see cref="KnownConflicts"/>.</summary>
/// <remarks>Thread safety: immutable and thread-safe.</remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(ConflictingFactJsonConverter))]
public sealed class ConflictingFact : IEquatable<ConflictingFact>
{
    /// <summary>Creates a conflicting fact.</summary>
    /// <param name="id">A stable identifier, for example <c>report-520-bc-btctw</c>; not blank.</param>
    /// <param name="question">The question the readings answer; not blank.</param>
    /// <param name="readings">The readings, at least two.</param>
    /// <param name="defaultIndex">The index in <paramref name="readings"/> of the reading used by default.</param>
    /// <exception cref="ArgumentException"><paramref name="id"/> or <paramref name="question"/> is blank, there are fewer
    /// than two readings or a null one, or <paramref name="defaultIndex"/> is not an index of a reading.</exception>
    public ConflictingFact(string id, string question, IEnumerable<SourcedReading> readings, int defaultIndex)
    {
        Id = Guard.Against.NullOrWhiteSpace(id).Trim();
        Question = Guard.Against.NullOrWhiteSpace(question).Trim();
        SourcedReading[] list = [.. Guard.Against.Null(readings)];
        Preconditions.CheckArgument(list.Length >= 2 && !Array.Exists(list, static r => r is null), nameof(readings), "A conflict needs at least two readings, none null.");
        Preconditions.CheckArgument(defaultIndex >= 0 && defaultIndex < list.Length, nameof(defaultIndex), "The default must be the index of a reading.");

        Readings = ReadOnly.Own(list);
        DefaultIndex = defaultIndex;
    }

    /// <summary>Gets the stable identifier.</summary>
    public string Id { get; }

    /// <summary>Gets the question the readings answer.</summary>
    public string Question { get; }

    /// <summary>Gets the readings, in the order given.</summary>
    public IReadOnlyList<SourcedReading> Readings { get; }

    /// <summary>Gets the index of the default reading.</summary>
    public int DefaultIndex { get; }

    /// <summary>Gets the reading used by default.</summary>
    public SourcedReading Default => Readings[DefaultIndex];

    /// <inheritdoc />
    public bool Equals(ConflictingFact? other) =>
        other is not null && Id == other.Id && Question == other.Question && DefaultIndex == other.DefaultIndex && Readings.SequenceEqual(other.Readings);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as ConflictingFact);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Id, Question, DefaultIndex, Readings.Count);

    /// <summary>Gets the id and question.</summary>
    /// <returns>A readable description.</returns>
    public override string ToString() => $"{Id}: {Question}";
}
