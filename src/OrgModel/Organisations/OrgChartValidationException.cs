namespace OrgModel.Organisations;

/// <summary>Thrown by <see cref="OrgChartBuilder.Build"/> with every problem found at once.</summary>
/// <remarks>Thread safety: immutable after construction.</remarks>
public sealed class OrgChartValidationException : Exception
{
    /// <summary>Creates the exception with no problems listed.</summary>
    public OrgChartValidationException()
        : this([])
    {
    }

    /// <summary>Creates the exception with a message and no problems listed.</summary>
    /// <param name="message">The message.</param>
    public OrgChartValidationException(string message)
        : base(message)
    {
        Problems = [];
    }

    /// <summary>Creates the exception with a message, an inner exception and no problems listed.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public OrgChartValidationException(string message, Exception innerException)
        : base(message, innerException)
    {
        Problems = [];
    }

    /// <summary>Creates the exception for a list of problems.</summary>
    /// <param name="problems">The problems.</param>
    public OrgChartValidationException(IReadOnlyList<OrgChartProblem> problems)
        : base(Describe(problems))
    {
        Problems = problems;
    }

    /// <summary>Gets every problem found.</summary>
    public IReadOnlyList<OrgChartProblem> Problems { get; }

    private static string Describe(IReadOnlyList<OrgChartProblem> problems)
    {
        ArgumentNullException.ThrowIfNull(problems);
        const int Shown = 20;
        string head = $"The organisation chart has {problems.Count} problem(s)";
        return problems.Count == 0
            ? head + "."
            : head + ":" + Environment.NewLine + string.Join(Environment.NewLine, problems.Take(Shown).Select(p => "- " + p))
                + (problems.Count > Shown ? Environment.NewLine + $"- and {problems.Count - Shown} more." : string.Empty);
    }
}
