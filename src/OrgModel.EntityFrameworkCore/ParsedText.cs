using OrgModel.Text;

namespace OrgModel.EntityFrameworkCore;

/// <summary>Reading column text through a type's own <c>ParseToResult</c>, keeping its reason.</summary>
internal static class ParsedText
{
    /// <summary>Unpacks a parse result.</summary>
    public static bool From<T>(ParseResult<T> result, [MaybeNullWhen(false)] out T value, [NotNullWhen(false)] out string? reason)
    {
        if (result.Success)
        {
            (value, reason) = (result.Value, null);
            return true;
        }

        (value, reason) = (default, result.Reason ?? "unreadable");
        return false;
    }

    /// <summary>Reads column text with a parser that throws, keeping the exception's message as the reason.</summary>
    public static bool Catching<T>(string text, Func<string, T> parse, [MaybeNullWhen(false)] out T value, [NotNullWhen(false)] out string? reason)
    {
        try
        {
            (value, reason) = (parse(text), null);
            return true;
        }
        catch (Exception e) when (e is FormatException or ArgumentException or System.Text.Json.JsonException or InvalidOperationException)
        {
            (value, reason) = (default, e.Message);
            return false;
        }
    }
}
