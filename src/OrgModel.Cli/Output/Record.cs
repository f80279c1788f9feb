namespace OrgModel.Cli.Output;

/// <summary>
/// One row of a result: values in the order of the <see cref="RecordSet"/>'s columns. A value is a string, an
/// <see cref="int"/>, a <see cref="bool"/> or null (left out of JSON, empty in a table or CSV).
/// </summary>
internal sealed record Record(IReadOnlyList<object?> Values);
