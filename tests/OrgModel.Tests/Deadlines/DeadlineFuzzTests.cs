using NodaTime;
using OrgModel.Deadlines;

namespace OrgModel.Tests.Deadlines;

/// <summary>A seeded fuzz loop over mangled real phrases: TryParse never throws and agrees with Parse.</summary>
public class DeadlineFuzzTests
{
    private static readonly string[] Phrases =
    [
        "before July 31, 2025", "by 15 December 2025", "in November 2025", "by the end of 2025", "in the first quarter of 2026",
        "after 6 months", "within 10 working days", "trước ngày 31/7/2025", "trước 30/6/2025", "chậm nhất ngày 15/12/2025",
        "trong tháng 11/2025", "quý I/2026", "năm 2025", "sau 6 tháng", "trong 10 ngày làm việc",
        "after P1Y2M3W4D from 2025-07-01 (the two-level local government entered operation)", "quarterly by day 15 of month 3",
    ];

    private static readonly char[] Noise = ['/', '-', '.', ',', '(', ')', ' ', '0', '9', 'q', 'I', 'V', 'ă', '\u0301', 'Đ', '\t', 'P', 'Y'];

    [Fact]
    public void MangledPhrases_NeverThrowFromTryParse_AndParseAgrees()
    {
        var random = new Random(6);
        var reference = new LocalDate(2025, 10, 31);
        int accepted = 0;
        for (int i = 0; i < 20_000; i++)
        {
            char[] text = Phrases[random.Next(Phrases.Length)].ToCharArray();
            int edits = random.Next(1, 4);
            var s = new string(text);
            for (int e = 0; e < edits; e++)
            {
                int at = random.Next(s.Length + 1);
                s = random.Next(3) switch
                {
                    0 => s.Insert(at, Noise[random.Next(Noise.Length)].ToString()),
                    1 when s.Length > 0 => s.Remove(Math.Min(at, s.Length - 1), 1),
                    _ => s[..at],
                };
            }

            bool ok = Deadline.TryParsePhrase(s, reference, out Deadline d);
            if (ok)
            {
                accepted++;
                Assert.Equal(d, Deadline.ParsePhrase(s, reference));
                Assert.Equal(d, Deadline.Parse(d.ToString()));
            }
            else
            {
                Assert.Equal(default, d);
                Assert.Throws<FormatException>(() => Deadline.ParsePhrase(s, reference));
            }
        }

        Assert.InRange(accepted, 1, 19_999);
    }
}
