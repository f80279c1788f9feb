namespace OrgModel.Documents.Model;

/// <summary>The outcome of resolving a reference: the document, or the candidates when the reference is ambiguous.</summary>
/// <remarks>Thread safety: immutable and thread-safe.</remarks>
public sealed class DocumentResolution
{
    internal DocumentResolution(DocumentReference reference, IReadOnlyList<Document> candidates)
    {
        Reference = reference;
        Candidates = candidates;
    }

    /// <summary>Gets the reference that was resolved.</summary>
    public DocumentReference Reference { get; }

    /// <summary>Gets every matching document, oldest first.</summary>
    public IReadOnlyList<Document> Candidates { get; }

    /// <summary>Gets the status.</summary>
    public ResolutionStatus Status => Candidates.Count switch
    {
        0 => ResolutionStatus.NotFound,
        1 => ResolutionStatus.Found,
        _ => ResolutionStatus.Ambiguous,
    };

    /// <summary>Gets the document when exactly one matches, otherwise null.</summary>
    public Document? Document => Candidates.Count == 1 ? Candidates[0] : null;

    /// <summary>Gets a value indicating whether exactly one document matches.</summary>
    public bool IsFound => Candidates.Count == 1;

    /// <summary>Gets a value indicating whether several documents match.</summary>
    public bool IsAmbiguous => Candidates.Count > 1;

    /// <summary>Gets the status and the candidates' references.</summary>
    /// <returns>A readable description.</returns>
    public override string ToString() =>
        $"{Reference}: {Status}{(Candidates.Count > 0 ? " (" + string.Join("; ", Candidates.Select(c => c.Reference.ToString())) + ")" : string.Empty)}";
}
