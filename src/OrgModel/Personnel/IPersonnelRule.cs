using OrgModel.Organisations;

namespace OrgModel.Personnel;

/// <summary>A rule on appointments, evaluated as of a day over an organisation chart and a personnel record.</summary>
/// <remarks>Implementations must be immutable and thread-safe, and must not put personal data (birth data, hometown) into
/// <see cref="RuleViolation.ToString"/>.</remarks>
public interface IPersonnelRule
{
    /// <summary>Gets a short name of the rule, used in violations.</summary>
    string Name { get; }

    /// <summary>Evaluates the rule.</summary>
    /// <param name="chart">The organisation chart (with its change events, for mergers).</param>
    /// <param name="record">The people and appointments.</param>
    /// <param name="asOf">The day.</param>
    /// <returns>The violations, empty when the rule holds.</returns>
    IReadOnlyList<RuleViolation> Evaluate(OrgChart chart, PersonnelRecord record, LocalDate asOf);
}
