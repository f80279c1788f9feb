namespace OrgModel.Organisations;

/// <summary>One problem found while validating an <see cref="OrgChartBuilder"/>.</summary>
/// <remarks>Thread safety: immutable and thread-safe.</remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(OrgChartProblemJsonConverter))]
public sealed class OrgChartProblem
{
    internal OrgChartProblem(OrgChartProblemKind kind, OrgId subject, string message)
    {
        Kind = kind;
        Subject = subject;
        Message = message;
    }

    /// <summary>Gets what is wrong.</summary>
    public OrgChartProblemKind Kind { get; }

    /// <summary>Gets the organisation the problem is about (empty for a <c>default</c> relation).</summary>
    public OrgId Subject { get; }

    /// <summary>Gets a readable description.</summary>
    public string Message { get; }

    /// <summary>Returns the kind and the message.</summary>
    /// <returns>The description.</returns>
    public override string ToString() => $"{Kind}: {Message}";
}
