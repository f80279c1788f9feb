namespace OrgModel.Cli;

/// <summary>Bad input named on a valid command line: reported as one line, exit code <see cref="ExitCodes.BadInput"/>.</summary>
internal sealed class InputException : Exception
{
    public InputException(string message)
        : base(message)
    {
    }

    public InputException(string message, Exception inner)
        : base(message, inner)
    {
    }

    public InputException()
    {
    }
}
