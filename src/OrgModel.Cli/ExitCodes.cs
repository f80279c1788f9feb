namespace OrgModel.Cli;

/// <summary>The tool's exit codes: a script tells a mistyped command from bad data.</summary>
internal static class ExitCodes
{
    public const int Success = 0;

    /// <summary>The command line was well formed but what it names is not valid: a text that does not parse, a missing file, bad JSON, an unknown organisation.</summary>
    public const int BadInput = 1;

    /// <summary>The command line itself is wrong: an unknown command or option, a missing argument, a malformed option value.</summary>
    public const int Usage = 2;

    /// <summary>A failure the tool did not foresee; still one line, never a stack trace.</summary>
    public const int Internal = 70;
}
