using OrgModel.Organisations;

namespace OrgModel.Personnel;

/// <summary>Evaluates several personnel rules at once.</summary>
/// <remarks>Thread safety: stateless and thread-safe.</remarks>
public static class PersonnelRules
{
    /// <summary>Gets the rules the library knows, the non-local rule of Conclusion 201-KL/TW first.</summary>
    public static IReadOnlyList<IPersonnelRule> All { get; } = [NonLocalRule.Conclusion201];

    /// <summary>Evaluates rules as of a day and returns every violation, rule by rule.</summary>
    /// <param name="rules">The rules.</param>
    /// <param name="chart">The organisation chart.</param>
    /// <param name="record">The people and appointments.</param>
    /// <param name="asOf">The day.</param>
    /// <returns>The violations.</returns>
    /// <exception cref="ArgumentNullException">An argument or a rule is null.</exception>
    public static IReadOnlyList<RuleViolation> Evaluate(IEnumerable<IPersonnelRule> rules, OrgChart chart, PersonnelRecord record, LocalDate asOf)
    {
        ArgumentNullException.ThrowIfNull(rules);
        // Checked before the loop, which may not run: no rule must not make a null chart or record acceptable.
        ArgumentNullException.ThrowIfNull(chart);
        ArgumentNullException.ThrowIfNull(record);
        var result = System.Collections.Immutable.ImmutableArray.CreateBuilder<RuleViolation>();
        foreach (IPersonnelRule rule in rules)
        {
            ArgumentNullException.ThrowIfNull(rule, nameof(rules));
            result.AddRange(rule.Evaluate(chart, record, asOf));
        }

        return result.ToImmutable();
    }
}
