using OrgModel.Utility;

namespace OrgModel.Documents.Model;

/// <summary>A person who signed a document, the capacity they signed in and the title printed under the signature.</summary>
/// <remarks>Thread safety: immutable and thread-safe.</remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(DocumentSignerJsonConverter))]
public sealed class DocumentSigner : IEquatable<DocumentSigner>
{
    /// <summary>Creates a signer.</summary>
    /// <param name="name">The full name as printed (<c>Trần Cẩm Tú</c>); not blank.</param>
    /// <param name="capacity">The signing formula used.</param>
    /// <param name="title">The title printed under the signature, or null when not recorded.</param>
    /// <param name="onBehalfOf">The collective body for <see cref="SigningCapacity.OnBehalfOf"/>, the head for
    /// <see cref="SigningCapacity.Deputy"/> (<c>Bộ Chính trị</c>); null when not recorded.</param>
    /// <exception cref="ArgumentException"><paramref name="name"/> is blank, <paramref name="capacity"/> undefined, or a
    /// body is given for a capacity that signs for nobody (<see cref="SigningCapacity.InOwnRight"/>).</exception>
    public DocumentSigner(string name, SigningCapacity capacity, string? title = null, string? onBehalfOf = null)
    {
        Name = Guard.Against.NullOrWhiteSpace(name).Trim();
        Capacity = Preconditions.CheckDefined(capacity);
        Title = string.IsNullOrWhiteSpace(title) ? null : title.Trim();
        OnBehalfOf = string.IsNullOrWhiteSpace(onBehalfOf) ? null : onBehalfOf.Trim();
        Preconditions.CheckArgument(
            OnBehalfOf is null || capacity != SigningCapacity.InOwnRight, nameof(onBehalfOf), "A signer in their own right signs for no other body.");
    }

    /// <summary>Gets the full name.</summary>
    public string Name { get; }

    /// <summary>Gets the signing capacity.</summary>
    public SigningCapacity Capacity { get; }

    /// <summary>Gets the printed title, or null.</summary>
    public string? Title { get; }

    /// <summary>Gets the body or head signed for, or null.</summary>
    public string? OnBehalfOf { get; }

    /// <inheritdoc />
    public bool Equals(DocumentSigner? other) =>
        other is not null && Name == other.Name && Capacity == other.Capacity && Title == other.Title && OnBehalfOf == other.OnBehalfOf;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as DocumentSigner);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Name, Capacity, Title, OnBehalfOf);

    /// <summary>Gets the formula, body and name, e.g. <c>T/M Bộ Chính trị: Lê Khả Phiêu</c>.</summary>
    /// <returns>A readable description.</returns>
    public override string ToString()
    {
        string formula = DocumentMarks.PartyFormula(Capacity);
        string prefix = (formula, OnBehalfOf) switch
        {
            ("", null) => string.Empty,
            ("", string body) => body + ": ",
            (string f, null) => f + " ",
            (string f, string body) => $"{f} {body}: ",
        };
        return Title is null ? prefix + Name : $"{prefix}{Name} ({Title})";
    }
}
