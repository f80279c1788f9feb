using OrgModel.Utility;

namespace OrgModel.Serialization.Json;

/// <summary>
/// A <see cref="JsonException"/> that carries the path inside the value being read (relative to where the
/// converter started) and the rule broken, because <see cref="JsonException.Path"/> is overwritten by the serializer
/// with the converter's own position.
/// </summary>
internal sealed class OrgModelJsonException : JsonException
{
    private OrgModelJsonException(string relativePath, string rule, Exception? inner)
        : base($"{(relativePath.Length == 0 ? "$" : "$" + relativePath)}: {Preconditions.BoundMessage(rule)}", inner)
    {
        RelativePath = relativePath;
        Rule = Preconditions.BoundMessage(rule);
    }

    /// <summary>Gets the path inside the converted value, e.g. <c>.organisations[3].validTo</c>.</summary>
    public string RelativePath { get; }

    /// <summary>Gets the rule broken.</summary>
    public string Rule { get; }

    /// <summary>An error at the current position.</summary>
    public static OrgModelJsonException Here(string rule, Exception? inner = null) => new(string.Empty, rule, inner);

    /// <summary>Prefixes a path segment to an error raised while reading a member or element.</summary>
    public static OrgModelJsonException Within(string segment, Exception error) => error switch
    {
        OrgModelJsonException e => new(segment + e.RelativePath, e.Rule, e.InnerException),
        _ => new(segment, Describe(error), error),
    };

    /// <summary>Names the rule a failure broke, without the framework's parameter suffix.</summary>
    public static string Describe(Exception error) => error switch
    {
        ArgumentException a when a.ParamName is { } p => a.Message.Replace($" (Parameter '{p}')", string.Empty, StringComparison.Ordinal) + $" (argument '{p}')",
        _ => error.Message,
    };
}
