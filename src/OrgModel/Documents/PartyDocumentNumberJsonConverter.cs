using OrgModel.Serialization.Json;

namespace OrgModel.Documents;

/// <summary>Converts a <see cref="PartyDocumentNumber"/> to and from its canonical JSON string (<c>"201-KL/TW"</c>).</summary>
/// <remarks>Reading accepts every spelling <see cref="PartyDocumentNumber.Parse(string)"/> accepts. Writing <c>default</c> is a <see cref="System.Text.Json.JsonException"/>.
/// Thread safety: stateless.</remarks>
internal sealed class PartyDocumentNumberJsonConverter : StringJsonConverter<PartyDocumentNumber>
{
    /// <inheritdoc />
    protected override string ToJson(PartyDocumentNumber value) => DefaultValueJson.Format(value, value.Number == 0);

    /// <inheritdoc />
    protected override PartyDocumentNumber FromJson(string text) => PartyDocumentNumber.Parse(text.AsSpan());
}
