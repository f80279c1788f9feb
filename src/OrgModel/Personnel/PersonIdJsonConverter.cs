using OrgModel.Serialization.Json;

namespace OrgModel.Personnel;

/// <summary>Converts a <see cref="PersonId"/> to and from a JSON string; usable as a property name.</summary>
/// <remarks>Thread safety: stateless and thread-safe.</remarks>
internal sealed class PersonIdJsonConverter : StringJsonConverter<PersonId>
{
    /// <inheritdoc />
    protected override string ToJson(PersonId value) => value.IsEmpty ? throw new JsonException("An empty PersonId cannot be written.") : value.ToString();

    /// <inheritdoc />
    protected override PersonId FromJson(string text) => PersonId.Parse(text);
}
