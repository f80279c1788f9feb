using OrgModel.Serialization.Json;

namespace OrgModel.Documents;

/// <summary>Converts a <see cref="StateDocumentNumber"/> to and from its canonical JSON string (<c>"30/2020/NĐ-CP"</c>).</summary>
/// <remarks>Reading accepts every spelling <see cref="StateDocumentNumber.Parse(string)"/> accepts. Writing <c>default</c> is a <see cref="System.Text.Json.JsonException"/>.
/// Thread safety: stateless.</remarks>
internal sealed class StateDocumentNumberJsonConverter : StringJsonConverter<StateDocumentNumber>
{
    /// <inheritdoc />
    protected override string ToJson(StateDocumentNumber value) => DefaultValueJson.Format(value, value.Number == 0);

    /// <inheritdoc />
    protected override StateDocumentNumber FromJson(string text) => StateDocumentNumber.Parse(text.AsSpan());
}
