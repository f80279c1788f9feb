using OrgModel.Serialization.Json;

namespace OrgModel.Organisations;

/// <summary>Reads and writes an <see cref="OrgChartProblem"/> (a validation finding a service may pass on).</summary>
internal sealed class OrgChartProblemJsonConverter() : ObjectJsonConverter<OrgChartProblem, OrgChartProblemJsonConverter.State>(Shape)
{
    /// <summary>The members read so far.</summary>
    internal record struct State(OrgChartProblemKind Kind, OrgId Subject, string? Message);

    /// <summary>The object form.</summary>
    internal static readonly JsonObjectShape<OrgChartProblem, State> Shape = new(nameof(OrgChartProblem),
    [
        new("kind", static (ref r, ref s) => s.Kind = JsonRead.Enum<OrgChartProblemKind>(ref r), static (w, n, v) => JsonWrite.Enum(w, n, v.Kind), Required: true),
        new(
            "subject",
            static (ref r, ref s) => s.Subject = r.TokenType == JsonTokenType.String && r.ValueTextEquals(string.Empty) ? default : OrgIdJsonConverter.ReadValue(ref r),
            static (w, n, v) => w.WriteString(n, v.Subject.ToString()),
            Required: true),
        new("message", static (ref r, ref s) => s.Message = JsonRead.String(ref r), static (w, n, v) => w.WriteString(n, v.Message), Required: true),
    ],
    static (ref s) => string.IsNullOrWhiteSpace(s.Message)
        ? throw OrgModelJsonException.Here("Invalid OrgChartProblem: the message is empty.")
        : new OrgChartProblem(s.Kind, s.Subject, s.Message));
}
