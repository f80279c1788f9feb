using OrgModel.Utility;

namespace OrgModel.Text;

/// <summary>Builds the <see cref="FormatException"/>s that every <c>Parse</c> in the library throws.</summary>
/// <remarks>One message shape everywhere: what was being parsed, the input, the 1-based character position and the reason.</remarks>
internal static class ParseErrors
{
    /// <summary>Creates the exception for a failed parse at a 0-based position of the input.</summary>
    public static FormatException Create(string what, ReadOnlySpan<char> input, int position, string reason) =>
        new(string.Format(
            CultureInfo.InvariantCulture,
            "Cannot parse \"{0}\" as {1}: at character {2}, {3}.",
            Preconditions.Quote(input),
            what,
            position + 1,
            reason));
}
