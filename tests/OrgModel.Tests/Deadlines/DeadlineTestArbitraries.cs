using NodaTime;
using OrgModel.Testing;

namespace OrgModel.Tests.Deadlines;

/// <summary>Test-local arbitraries for NodaTime values (kept here so as not to clash with other capabilities' arbitraries).</summary>
public static class DeadlineTestArbitraries
{
    private static readonly LocalDate Target = new(2025, 7, 1);

    /// <summary>Days from 2020 to 2039, shrinking towards 1 July 2025.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<LocalDate> LocalDates() => Arb.From(OrgGenerators.DeadlineDay, d =>
    {
        int distance = Period.DaysBetween(Target, d);
        return distance == 0 ? [] : new[] { Target, Target.PlusDays(distance / 2) }.Distinct().Where(x => x != d);
    });

    /// <summary>Instants from 2020 to 2039, biased towards ends of days in Vietnam, shrinking towards whole seconds.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<Instant> Instants() => Arb.From(
        from day in OrgGenerators.DeadlineDay
        from offset in Gen.OneOf(Gen.Choose(0, 86_399), Gen.Elements(0, 1, 86_398, 86_399))
        from nanos in Gen.Frequency((3, Gen.Constant(0)), (1, Gen.Choose(1, 999_999_999)))
        select day.AtStartOfDayInZone(OrgModel.Deadlines.VietnamTime.Zone).ToInstant() + Duration.FromSeconds(offset) + Duration.FromNanoseconds(nanos),
        i => i.ToUnixTimeTicks() % NodaConstants.TicksPerSecond == 0 ? [] : [Instant.FromUnixTimeSeconds(i.ToUnixTimeSeconds())]);
}
