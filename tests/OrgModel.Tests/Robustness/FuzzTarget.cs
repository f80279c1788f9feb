namespace OrgModel.Tests.Robustness;

/// <summary>One parser under fuzzing.</summary>
/// <param name="Name">Its name in reports.</param>
/// <param name="Seeds">Real, valid inputs (each must parse).</param>
/// <param name="Parse">Parses one input and returns the canonical text of the value, or null when the input is rejected.
/// It may throw only the <paramref name="Documented"/> exception types, which count as a rejection.</param>
/// <param name="Documented">The exception types a rejection may use (none for a TryParse).</param>
internal sealed record FuzzTarget(string Name, IReadOnlyList<string> Seeds, Func<string, string?> Parse, params Type[] Documented)
{
    /// <inheritdoc />
    public override string ToString() => Name;
}
