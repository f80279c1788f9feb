using OrgModel.Utility;

namespace OrgModel.Documents.Model;

/// <summary>One reading of a fact on which sources disagree: what it says, its value in a machine-readable form, and the
/// sources that give it.</summary>
/// <remarks>Thread safety: immutable and thread-safe.</remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(SourcedReadingJsonConverter))]
public sealed class SourcedReading : IEquatable<SourcedReading>
{
    /// <summary>Creates a reading.</summary>
    /// <param name="statement">What the sources say, in a sentence; not blank.</param>
    /// <param name="value">The value in a form a program can use (a date <c>2025-06-30</c>, a document number
    /// <c>523-BC/BTCTW</c>, a list of names), or null when there is none.</param>
    /// <param name="sources">Where the reading comes from: addresses of public pages or document citations; at least one, none blank.</param>
    /// <exception cref="ArgumentException"><paramref name="statement"/> is blank, or <paramref name="sources"/> is empty or has a blank item.</exception>
    public SourcedReading(string statement, string? value, IEnumerable<string> sources)
    {
        Statement = Guard.Against.NullOrWhiteSpace(statement).Trim();
        Value = string.IsNullOrWhiteSpace(value) ? null : value.Trim();
        string[] list = [.. Guard.Against.Null(sources)];
        Preconditions.CheckArgument(list.Length > 0 && !Array.Exists(list, string.IsNullOrWhiteSpace), nameof(sources), "A reading needs at least one source, and no source may be blank.");

        Sources = ReadOnly.Own(Array.ConvertAll(list, static s => s.Trim()));
    }

    /// <summary>Gets what the sources say.</summary>
    public string Statement { get; }

    /// <summary>Gets the value in a machine-readable form, or null.</summary>
    public string? Value { get; }

    /// <summary>Gets the sources, in the order given.</summary>
    public IReadOnlyList<string> Sources { get; }

    /// <inheritdoc />
    public bool Equals(SourcedReading? other) =>
        other is not null && Statement == other.Statement && Value == other.Value && Sources.SequenceEqual(other.Sources);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as SourcedReading);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Statement, Value, Sources.Count);

    /// <summary>Gets the statement and its sources.</summary>
    /// <returns>A readable description.</returns>
    public override string ToString() => $"{Statement} ({string.Join("; ", Sources)})";
}
