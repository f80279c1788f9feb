using OrgModel.Serialization.Json;
using OrgModel.Utility;

namespace OrgModel.Documents.Model;

/// <summary>Converts a <see cref="DocumentIssuer"/> to and from a JSON string: the code prefixed by the system
/// (<c>"party:TW"</c>, <c>"state:CP"</c>), since the two systems share no code but could.</summary>
/// <remarks>An unknown code gives a <see cref="JsonException"/>. Thread safety: stateless.</remarks>
internal sealed class DocumentIssuerJsonConverter() : StringJsonConverter<DocumentIssuer>(usableAsPropertyName: false)
{
    private const string PartyPrefix = "party:";
    private const string StatePrefix = "state:";

    /// <inheritdoc />
    protected override string ToJson(DocumentIssuer value) => (value.System == DocumentSystem.Party ? PartyPrefix : StatePrefix) + value.Code;

    /// <inheritdoc />
    protected override DocumentIssuer FromJson(string text)
    {
        (DocumentSystem system, string code) = text.StartsWith(PartyPrefix, StringComparison.OrdinalIgnoreCase)
            ? (DocumentSystem.Party, text[PartyPrefix.Length..])
            : text.StartsWith(StatePrefix, StringComparison.OrdinalIgnoreCase)
                ? (DocumentSystem.State, text[StatePrefix.Length..])
                : throw new FormatException($"\"{Preconditions.Quote(text)}\" does not start with \"party:\" or \"state:\".");
        return DocumentIssuer.TryFind(code, system, out DocumentIssuer? issuer) && string.Equals(issuer.Code, code, StringComparison.Ordinal)
            ? issuer
            : throw new FormatException($"\"{Preconditions.Quote(code)}\" is not a catalogued {(system == DocumentSystem.Party ? "Party" : "State")} issuer code.");
    }
}
