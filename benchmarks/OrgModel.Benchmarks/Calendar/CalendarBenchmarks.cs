using BenchmarkDotNet.Attributes;
using NodaTime;
using OrgModel.Calendar;

namespace OrgModel.Benchmarks.Calendar;

/// <summary>Date → lunar date, per call, over 64 days spread over 1900–2199, against the simplified algorithm computed on the fly.</summary>
[MemoryDiagnoser]
public class LunarConversionBenchmarks
{
    private readonly LocalDate[] days = Enumerable.Range(0, 64).Select(i => new LocalDate(1900, 1, 1).PlusDays(i * 1712)).ToArray();

    [Benchmark(OperationsPerInvoke = 64)]
    public int OrgModelFromDate()
    {
        int sum = 0;
        foreach (LocalDate d in days)
        {
            sum += VietnameseLunarDate.FromDate(d).Day;
        }

        return sum;
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = 64)]
    public int NaiveSimplifiedAlgorithm()
    {
        int sum = 0;
        foreach (LocalDate d in days)
        {
            sum += SimplifiedLunarAlgorithm.FromSolar(d.Day, d.Month, d.Year).Day;
        }

        return sum;
    }
}

/// <summary>
/// <c>AddWorkingDays(d, 30)</c> on Vietnam's calendar from 64 days of 2025–2026, against a day-by-day loop that asks
/// <see cref="PublicHolidays.IsHoliday"/> and the weekend for each day (the calendar's table is built once, in set-up).
/// </summary>
[MemoryDiagnoser]
public class WorkingDayBenchmarks
{
    private readonly WorkingDayCalendar calendar = WorkingDayCalendar.Default;
    private readonly LocalDate[] days = Enumerable.Range(0, 64).Select(i => new LocalDate(2025, 1, 1).PlusDays(i * 11)).ToArray();

    [GlobalSetup]
    public void Warm()
    {
        _ = calendar.IsWorkingDay(days[0]);
        _ = PublicHolidays.Vietnam.IsHoliday(days[0]);
    }

    [Benchmark(OperationsPerInvoke = 64)]
    public LocalDate OrgModelAddWorkingDays()
    {
        LocalDate last = default;
        foreach (LocalDate d in days)
        {
            last = calendar.AddWorkingDays(d, 30);
        }

        return last;
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = 64)]
    public LocalDate NaiveDayByDay()
    {
        LocalDate last = default;
        foreach (LocalDate d in days)
        {
            LocalDate x = d;
            for (int n = 0; n < 30;)
            {
                x = x.PlusDays(1);
                if (x.DayOfWeek is not (IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday) && !PublicHolidays.Vietnam.IsHoliday(x))
                {
                    n++;
                }
            }

            last = x;
        }

        return last;
    }
}
