namespace OrgModel.Documents;

/// <summary>
/// The names of one kind in the kind-word table, shared by every <see cref="CitationKindWord"/> of that kind, so that a
/// kind word (and a <see cref="Citation"/>) holds one reference for them instead of three.
/// </summary>
internal sealed class KindNames
{
    internal KindNames(string? code, string vietnamese, string english)
    {
        Code = code;
        Vietnamese = vietnamese;
        English = english;
    }

    /// <summary>Stands for <c>default(CitationKindWord)</c> inside a <see cref="Citation"/>, where null means no kind.</summary>
    internal static KindNames NoKind { get; } = new(null, string.Empty, string.Empty);

    internal string? Code { get; }

    internal string Vietnamese { get; }

    internal string English { get; }
}
