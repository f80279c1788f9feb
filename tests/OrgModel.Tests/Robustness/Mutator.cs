using System.Text;

namespace OrgModel.Tests.Robustness;

/// <summary>
/// Makes fuzz inputs from real seeds: random strings over an alphabet of the characters that trouble Vietnamese
/// parsers (diacritics, combining marks, look-alikes, dashes, odd spaces, lone surrogates), seeds with characters
/// inserted, deleted, swapped or replaced, and very long inputs.
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
        if (roll < 98)
        {
            return Mutate(baseText, 1 + random.Next(3));
        }

        return roll == 98
            ? string.Concat(Enumerable.Repeat(baseText, 1 + random.Next(5000)))
            : new string(Alphabet[random.Next(Alphabet.Length)], 1 + random.Next(200_000));
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
