namespace OrgModel.Tests.Robustness;

/// <summary>
/// What every fuzzer checks on one input, shared by the random fuzzer of the test suite (<see cref="FuzzTests"/>) and the
/// coverage-guided harness (<c>tests/OrgModel.Fuzz</c>, run by <c>eng/fuzz.sh</c>): the input is accepted or rejected with
/// a documented exception, an accepted input's canonical form reads back to itself, and the work done is bounded.
/// </summary>
internal static class FuzzCheck
{
    // A parser's allocation grows with its input; a fixed allowance covers what one call builds whatever its input (a
    // small chart read from JSON is the largest), and 2 KB per character of input is far above any healthy parser (the
    // JSON readers allocate a few hundred bytes per character) while catching quadratic growth within a few KB of input.
    private const long FixedAllowance = 4 << 20;
    private const long PerCharacter = 2 << 10;

    /// <summary>The canonical form of an accepted input, or null for an input rejected as documented.</summary>
    /// <param name="target">The parser.</param>
    /// <param name="input">The input.</param>
    /// <returns>The canonical form, or null.</returns>
    /// <remarks>Any exception the target does not document propagates: it is the finding.</remarks>
    public static string? Parse(FuzzTarget target, string input)
    {
        try
        {
            return target.Parse(input);
        }
        catch (Exception e) when (target.Documented.Any(d => d.IsInstanceOfType(e)))
        {
            return null;
        }
    }

    /// <summary>Runs every check on one input.</summary>
    /// <param name="target">The parser.</param>
    /// <param name="input">The input.</param>
    /// <returns>The canonical form, or null for a documented rejection.</returns>
    /// <exception cref="FuzzFailureException">A canonical form that does not read back to itself, or too much allocation.</exception>
    public static string? Check(FuzzTarget target, string input)
    {
        long before = GC.GetAllocatedBytesForCurrentThread();
        string? canonical = Parse(target, input);
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        long limit = FixedAllowance + (PerCharacter * input.Length);
        if (allocated > limit)
        {
            throw new FuzzFailureException($"{target.Name}: an input of {input.Length} characters allocated {allocated:N0} bytes (limit {limit:N0}).");
        }

        if (canonical is not null)
        {
            string? again = Parse(target, canonical);
            if (again != canonical)
            {
                throw new FuzzFailureException($"{target.Name}: the canonical form {Quote(canonical)} does not parse back to itself but to {Quote(again)}.");
            }
        }

        return canonical;
    }

    /// <summary>Runs the seeds once, so that what a target builds on first use (indexes, caches) is not charged to an input.</summary>
    /// <param name="target">The parser.</param>
    public static void WarmUp(FuzzTarget target)
    {
        foreach (string seed in target.Seeds)
        {
            _ = Parse(target, seed);
        }
    }

    /// <summary>A bounded, printable quotation of a text (error messages never carry a whole hostile input).</summary>
    /// <param name="text">The text, or null.</param>
    /// <returns>The quotation.</returns>
    public static string Quote(string? text)
    {
        if (text is null)
        {
            return "null";
        }

        const int Most = 200;
        var sb = new System.Text.StringBuilder("\"");
        foreach (char c in text.AsSpan(0, Math.Min(Most, text.Length)))
        {
            sb.Append(c is < ' ' or > '~' ? $"\\u{(int)c:X4}" : c is '"' or '\\' ? "\\" + c : c.ToString());
        }

        sb.Append('"');
        return text.Length > Most ? sb.Append($"… ({text.Length} characters)").ToString() : sb.ToString();
    }
}
