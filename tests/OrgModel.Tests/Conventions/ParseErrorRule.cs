using System.Reflection;
using System.Text;
using OrgModel.Organisations;
using OrgModel.Text;

namespace OrgModel.Tests.Conventions;

/// <summary>
/// The house rule for parse failures, checked on every public type of a namespace with a <c>ParseToResult(string)</c>:
/// a text that does not parse gives a failure with a reason (a non-empty phrase) and a position inside the text, the
/// exception <c>Parse</c> throws is a <see cref="FormatException"/> whose message names that 1-based position and gives
/// that reason, and <c>TryParse</c> returns false. Where the text is a valid one with a character inserted that no valid
/// text holds, the failure is reported at that character or before it (the parsers read left to right), never after.
/// </summary>
/// <remarks>Bad texts come from the library's generators (valid texts, corrupted with a fixed seed) and a few fixed
/// ones (empty, blanks, a lone dash, digits only, a long run).</remarks>
internal static class ParseErrorRule
{
    // Types whose canonical text has a free-text part ("before the event (NAME)"), where '#' may stand: no position law.
    private static readonly HashSet<Type> FreeText = [typeof(OrgModel.Deadlines.Deadline)];

    private static readonly string[] Fixed = ["", " ", "   ", "-", "/", "0", "99999999999999999999", "x", new string('a', 500), "#"];

    /// <summary>Checks the rule on every parsable type of the namespace; returns how many failures were checked.</summary>
    public static int Check(string ns, int minimumTypes)
    {
        var problems = new List<string>();
        int types = 0, failures = 0;
        foreach (Type type in typeof(OrgChart).Assembly.GetExportedTypes().Where(t => t.Namespace == ns))
        {
            foreach (MethodInfo parseToResult in type.GetMethods(BindingFlags.Public | BindingFlags.Static)
                         .Where(m => m.Name == "ParseToResult" && m.GetParameters() is [{ ParameterType: var p }] && p == typeof(string)))
            {
                Type valueType = parseToResult.ReturnType.GetGenericArguments()[0];
                MethodInfo parse = type.GetMethod("Parse", BindingFlags.Public | BindingFlags.Static, [typeof(string)])!;
                types++;
                foreach ((string text, int? inserted) in BadTexts(valueType))
                {
                    object result = parseToResult.Invoke(null, [text])!;
                    if (Get<bool>(result, "Success"))
                    {
                        continue;
                    }

                    failures++;
                    string? problem = Judge(type, parse, result, text, inserted);
                    if (problem is not null && problems.Count < 30)
                    {
                        problems.Add($"{type.Name}: {problem} (text \"{Preconditions(text)}\")");
                    }
                }
            }
        }

        var report = new StringBuilder($"{problems.Count} problems, {types} types, {failures} failures checked\n");
        problems.ForEach(p => report.AppendLine(p));
        Assert.True(problems.Count == 0, report.ToString());
        Assert.True(types >= minimumTypes, $"only {types} parsable types (expected at least {minimumTypes})\n{report}");
        return failures;
    }

    private static string? Judge(Type type, MethodInfo parse, object result, string text, int? inserted)
    {
        int index = Get<int>(result, "ErrorIndex");
        string? reason = Get<string?>(result, "Reason");
        if (string.IsNullOrWhiteSpace(reason))
        {
            return "no reason";
        }

        if (index < 0 || index > text.Length)
        {
            return $"position {index} outside the text";
        }

        if (inserted is { } at && index > at)
        {
            return $"reported at {index}, after the character no valid text holds at {at}";
        }

        string expected = $"at character {index + 1}, {reason}.";
        var exception = Get<FormatException>(result, "Exception");
        if (!exception.Message.Contains(expected, StringComparison.Ordinal))
        {
            return $"the message \"{exception.Message}\" does not say \"{expected}\"";
        }

        try
        {
            parse.Invoke(null, [text]);
            return "Parse accepted a text ParseToResult refused";
        }
        catch (TargetInvocationException e) when (e.InnerException is FormatException fe)
        {
            return fe.Message == exception.Message ? null : $"Parse says \"{fe.Message}\", ParseToResult \"{exception.Message}\"";
        }
        catch (TargetInvocationException e)
        {
            return $"Parse threw {e.InnerException!.GetType().Name}";
        }
    }

    private static IEnumerable<(string Text, int? Inserted)> BadTexts(Type valueType)
    {
        foreach (string text in Fixed)
        {
            yield return (text, null);
        }

        if (!GeneratedValues.TryGenerator(valueType, out object? generator))
        {
            yield break;
        }

        var random = new Random(20261130);
        foreach (object? value in GeneratedValues.Draw(generator!, valueType, 200))
        {
            string valid = value is OrgModel.Tenures.Tenure t ? t.ToString("F", null) : value!.ToString()!;
            int at = random.Next(valid.Length + 1);
            // '#' and '@' stand in no canonical form of any parsed type.
            yield return (valid.Insert(at, random.Next(2) == 0 ? "#" : "@"), FreeText.Contains(valueType) ? null : at);
            yield return (valid[..random.Next(valid.Length)], null);
            yield return (valid + valid, null);
        }
    }

    private static T Get<T>(object result, string property) => (T)result.GetType().GetProperty(property)!.GetValue(result)!;

    private static string Preconditions(string text) => text.Length > 60 ? text[..60] + "…" : text;
}
