namespace OrgModel.Tests.Robustness;

/// <summary>A fuzzed input broke a rule other than "throws only documented exceptions": the fuzzers report it as a finding.</summary>
internal sealed class FuzzFailureException : Exception
{
    /// <summary>Initializes a new instance of the <see cref="FuzzFailureException"/> class.</summary>
    public FuzzFailureException()
    {
    }

    /// <summary>Initializes a new instance of the <see cref="FuzzFailureException"/> class.</summary>
    /// <param name="message">What broke.</param>
    public FuzzFailureException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="FuzzFailureException"/> class.</summary>
    /// <param name="message">What broke.</param>
    /// <param name="inner">The cause.</param>
    public FuzzFailureException(string message, Exception inner)
        : base(message, inner)
    {
    }
}
