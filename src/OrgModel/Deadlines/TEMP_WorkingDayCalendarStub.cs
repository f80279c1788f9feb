#pragma warning disable CS1591, RS0016, CA1822
using NodaTime;

// Temporary stand-in until branch `calendar` publishes WorkingDayCalendar; deleted on merge.
namespace OrgModel.Calendar;

public sealed class WorkingDayCalendar
{
    public static WorkingDayCalendar Default { get; } = new();

    public bool IsWorkingDay(LocalDate date) => date.DayOfWeek is not (IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday);

    public LocalDate AddWorkingDays(LocalDate date, int days)
    {
        LocalDate d = date;
        for (int i = 0; i < days; d = d.PlusDays(1))
        {
            if (IsWorkingDay(d.PlusDays(1)))
            {
                i++;
            }
        }

        return d;
    }
}
