#:project ../../src/OrgModel/OrgModel.csproj

// Terms, congresses and conferences with OrgModel.Tenures. Run: dotnet run docs/examples/tenures.cs
using NodaTime;
using OrgModel.Tenures;

// Parsing what people write.
foreach (string text in new[] { "nhiệm kỳ 2025–2030", "2025 - 2030", "khóa XIII", "XIV", "13th tenure",
                                "the 14th National Party Congress term", "Quốc hội khóa XV", "HĐND nhiệm kỳ 2026–2031" })
{
    Tenure t = Tenure.Parse(text);
    Console.WriteLine($"{text,-40} → {t.Kind,-16} {t} {t.ToString("V", null)}");
}

// Bad input says where and why.
foreach (string bad in new[] { "khóa IIII", "2025–2031", "HĐND khóa XV" })
{
    Console.WriteLine(Tenure.TryParse(bad, out _) ? $"{bad}: accepted?!" : $"{bad}: {Message(bad)}");
}

// The years are a label; the actual interval decides which term a date is in.
Tenure xiii = Tenure.NationalParty(13);
Console.WriteLine($"{xiii:F}: actually {xiii.ActualStart:uuuu-MM-dd} to {xiii.ActualEnd:uuuu-MM-dd} (exclusive)");
Console.WriteLine($"19 Jan 2026 is in {Tenure.NationalPartyTermOn(new LocalDate(2026, 1, 19)):V}");
Console.WriteLine($"20 Jan 2026 is in {Tenure.NationalPartyTermOn(new LocalDate(2026, 1, 20)):V}");
Console.WriteLine($"Next of {xiii:V} is {xiii.Next():F}; previous is {xiii.Previous():F}");
Console.WriteLine($"Next of {Tenure.LocalParty(2025):V} is {Tenure.LocalParty(2025).Next():V}");

// A shortened term is created explicitly.
Tenure shortened = Tenure.Create(TenureKind.PeoplesCouncil, 2021, 2025);
Console.WriteLine($"Explicit: {shortened:F} lasts {shortened.LengthInYears} years");

// Reference data.
foreach (NationalPartyCongress c in TenureFacts.NationalPartyCongresses)
{
    Console.WriteLine($"{c} opened term {c.Term:F}");
}

if (TenureFacts.TryGetCentralConferenceIssuing("60-NQ/TW", out CentralConference? conference))
{
    Console.WriteLine($"60-NQ/TW was issued by {conference} ({conference.VietnameseName}), {conference.Opening:uuuu-MM-dd} – {conference.Closing:uuuu-MM-dd}");
}

foreach (CentralConference c in TenureFacts.CentralConferencesOf(13))
{
    Console.WriteLine($"  {c.VietnameseName}: {c.Opening:uuuu-MM-dd}{(c.Closing is { } end ? $" – {end:uuuu-MM-dd}" : "")} {string.Join(", ", c.Documents)}");
}

foreach (NationalAssemblyTerm na in TenureFacts.NationalAssemblyTerms)
{
    Console.WriteLine($"{na}: elected {na.Election:uuuu-MM-dd}, first session {na.FirstSessionOpening?.ToString("uuuu-MM-dd", null) ?? "not in the data"}");
}

foreach (LocalCongressMilestone m in TenureFacts.LocalCongressSchedule2025To2030)
{
    Console.WriteLine($"{m.Term:V} {m.Level}: {m.Task} before {m.Before:uuuu-MM-dd} — {m.Basis}");
}

static string Message(string text)
{
    try
    {
        Tenure.Parse(text);
        return "parsed";
    }
    catch (FormatException e)
    {
        return e.Message;
    }
}
