using OrgModel.Utility;

namespace OrgModel.Personnel;

/// <summary>What one dated text says and no more: a person held a post on a day ("Prime Minister Phạm Minh Chính" in an
/// article of 9 March 2026), without a known start or end.</summary>
/// <remarks>
/// <para>An attestation is kept apart from an <see cref="Appointment"/>, whose start is known: recording a news story as an
/// appointment would invent a start day. Queries use it for its own day only
/// (<see cref="PersonnelRecord.HoldersWithEvidenceOn"/>) and say so (<see cref="HoldingEvidence.Attestation"/>).</para>
/// <para>Thread safety: immutable and thread-safe.</para>
/// </remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(AttestationJsonConverter))]
public sealed class Attestation : IEquatable<Attestation>
{
    /// <summary>Creates an attestation.</summary>
    /// <param name="person">The holder named by the text; not empty.</param>
    /// <param name="post">The post the text gives the holder.</param>
    /// <param name="date">The day the text says the post was held (usually the day of the text or of the event it reports).</param>
    /// <param name="source">Where the text is: a citation or an address; not empty.</param>
    /// <exception cref="ArgumentNullException"><paramref name="post"/> or <paramref name="source"/> is null.</exception>
    /// <exception cref="ArgumentException">The person is empty, the day is not in the ISO calendar, or the source is blank.</exception>
    public Attestation(PersonId person, Post post, LocalDate date, string source)
    {
        ArgumentNullException.ThrowIfNull(post);
        ArgumentNullException.ThrowIfNull(source);
        Preconditions.CheckArgument(!person.IsEmpty, nameof(person), "An attestation needs a non-empty person id.");
        Preconditions.CheckArgument(!string.IsNullOrWhiteSpace(source), nameof(source), "An attestation needs its source: the dated text that says so.");
        Preconditions.CheckIso(date);
        Person = person;
        Post = post;
        Date = date;
        Source = source.Trim();
    }

    /// <summary>Gets the holder named by the text.</summary>
    public PersonId Person { get; }

    /// <summary>Gets the post.</summary>
    public Post Post { get; }

    /// <summary>Gets the day the post is attested.</summary>
    public LocalDate Date { get; }

    /// <summary>Gets where the text is.</summary>
    public string Source { get; }

    /// <summary>Returns "person-id: Title (organisation) attested on yyyy-MM-dd".</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Person}: {Post} attested on {Date:uuuu-MM-dd}";

    /// <inheritdoc />
    public bool Equals(Attestation? other) =>
        other is not null && Person == other.Person && Post.Equals(other.Post) && Date == other.Date && string.Equals(Source, other.Source, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Attestation);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Person, Post, Date, StringComparer.Ordinal.GetHashCode(Source));
}
