using System.Text;

namespace OrgModel.Tests.Robustness;

/// <summary>
/// Makes fuzz inputs from real seeds: random strings over an alphabet of the characters that trouble Vietnamese
/// parsers (diacritics, combining marks, look-alikes, dashes, odd spaces, lone surrogates), seeds with characters
/// inserted, deleted, swapped or replaced, and very long inputs; and the hostile families of the integrity rules:
/// long runs of combining marks, invisible format characters, letters of other scripts that look Latin, and a part
/// of a seed repeated many times (a JSON element repeated: the same relation 500 times).
/// </summary>
internal sealed class Mutator(int seed)
{
    private static readonly string Alphabet =
        "0123456789/-–—‐−.,;:()[] \t\n\u00A0\u2009\u200B\u3000" +
        "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ" +
        "ĐđÐðƉɖĐăâêôơưĂÂÊÔƠƯáàảãạấầẩẫậéèẻẽẹíìỉĩịóòỏõọúùủũụýỳỷỹỵ" +
        "\u0300\u0301\u0303\u0309\u0323\u0302\u0306\u031B" +
        "ІіОоХхСсМ／－０１２３" +
        "\uD800\uDC00\uFFFD\uFEFF\u0000\u001F\u007F\"\\{}";

    private readonly Random random = new(seed);

    /// <summary>The next input: a third random strings, most of the rest mutated seeds, a few very long ones.</summary>
    public string Next(IReadOnlyList<string> seeds)
    {
        int roll = random.Next(100);
        if (roll < 30 || seeds.Count == 0)
        {
            return RandomString(random.Next(0, 48));
        }

        string baseText = seeds[random.Next(seeds.Count)];
        if (roll < 88)
        {
            return Mutate(baseText, 1 + random.Next(3));
        }

        if (roll < 98)
        {
            return Hostile(baseText);
        }

        return roll == 98
            ? string.Concat(Enumerable.Repeat(baseText, 1 + random.Next(5000)))
            : new string(Alphabet[random.Next(Alphabet.Length)], 1 + random.Next(200_000));
    }

    private const int MaxRepeated = 64 * 1024;
    private static readonly string Invisible = "\u00AD\u200B\u200C\u200D\u200E\u200F\u2060\uFEFF\u202A\u202C\u202E\u2066\u2069\u061C\u180E";
    private static readonly string OtherScripts = "ТоОаеіΤοαβγАВСЕНКМРХαεοπ\u0627\u0644\u4E2D\u6587\u0E01\u05D0";
    private static readonly string Marks = "\u0300\u0301\u0303\u0309\u0323\u0302\u0306\u031B\u0308\u030C";

    private string Hostile(string text)
    {
        var sb = new StringBuilder(text);
        int at = sb.Length == 0 ? 0 : random.Next(sb.Length);
        switch (random.Next(4))
        {
            case 0:
                int run = 2 + random.Next(random.Next(2) == 0 ? 8 : 2_000);
                for (int i = 0; i < run; i++)
                {
                    sb.Insert(at, Marks[random.Next(Marks.Length)]);
                }

                break;
            case 1:
                for (int i = 1 + random.Next(3); i > 0; i--)
                {
                    sb.Insert(sb.Length == 0 ? 0 : random.Next(sb.Length + 1), Invisible[random.Next(Invisible.Length)]);
                }

                break;
            case 2 when sb.Length > 0:
                for (int i = 1 + random.Next(2); i > 0; i--)
                {
                    sb[random.Next(sb.Length)] = OtherScripts[random.Next(OtherScripts.Length)];
                }

                break;
            case 3 when RepeatElement(text) is { } repeated:
                return repeated;
            default:
                int len = Math.Min(sb.Length - at, 1 + random.Next(200));
                string part = sb.ToString(at, len);
                for (int i = Math.Min(random.Next(2, 500), 1 + (MaxRepeated / len)); i > 0; i--)
                {
                    sb.Insert(at, part);
                }

                break;
        }

        return sb.ToString();
    }

    // A JSON array element (an object after '[' or ',') repeated in place: the same relation, member or milestone
    // many times, which is how the quadratic checks were found.
    private string? RepeatElement(string text)
    {
        var starts = new List<int>();
        for (int i = 1; i < text.Length; i++)
        {
            if (text[i] == '{' && text[i - 1] is '[' or ',')
            {
                starts.Add(i);
            }
        }

        if (starts.Count == 0)
        {
            return null;
        }

        int start = starts[random.Next(starts.Count)];
        int depth = 0;
        bool inString = false;
        for (int i = start; i < text.Length; i++)
        {
            char c = text[i];
            if (inString)
            {
                if (c == '\\')
                {
                    i++;
                }
                else if (c == '"')
                {
                    inString = false;
                }

                continue;
            }

            inString = c == '"';
            depth += c == '{' ? 1 : c == '}' ? -1 : 0;
            if (depth == 0)
            {
                string element = text[start..(i + 1)];
                var sb = new StringBuilder(text, 0, i + 1, text.Length + (element.Length * 64));
                // At most about 64 K characters: the doubling tests measure the large sizes, the fuzzer the variety.
                for (int k = Math.Min(random.Next(2, 2000), 1 + (MaxRepeated / element.Length)); k > 0; k--)
                {
                    sb.Append(',').Append(element);
                }

                return sb.Append(text, i + 1, text.Length - i - 1).ToString();
            }
        }

        return null;
    }

    private string RandomString(int length)
    {
        var sb = new StringBuilder(length);
        for (int i = 0; i < length; i++)
        {
            sb.Append(Alphabet[random.Next(Alphabet.Length)]);
        }

        return sb.ToString();
    }

    private string Mutate(string text, int operations)
    {
        var sb = new StringBuilder(text);
        for (int k = 0; k < operations; k++)
        {
            int at = sb.Length == 0 ? 0 : random.Next(sb.Length);
            switch (random.Next(5))
            {
                case 0:
                    sb.Insert(at, Alphabet[random.Next(Alphabet.Length)]);
                    break;
                case 1 when sb.Length > 0:
                    sb.Remove(at, 1);
                    break;
                case 2 when sb.Length > 1:
                    int other = random.Next(sb.Length);
                    (sb[at], sb[other]) = (sb[other], sb[at]);
                    break;
                case 3 when sb.Length > 0:
                    sb[at] = Alphabet[random.Next(Alphabet.Length)];
                    break;
                default:
                    int len = Math.Min(sb.Length - at, 1 + random.Next(4));
                    sb.Insert(at, sb.ToString(at, len));
                    break;
            }
        }

        return sb.ToString();
    }
}
