namespace OrgModel.Benchmarks.Calendar;

/// <summary>
/// The naive baseline: Hồ Ngọc Đức's widely copied algorithm, which computes new moons and solar longitudes on every call
/// (truncated Meeus series). It agrees with OrgModel's table on every day 1900–2050 (eng/lunar/compare-simplified.cjs).
/// </summary>
internal static class SimplifiedLunarAlgorithm
{
    private const double TimeZone = 7.0;

    public static (int Day, int Month, int Year, bool Leap) FromSolar(int dd, int mm, int yy)
    {
        int dayNumber = JdFromDate(dd, mm, yy);
        int k = (int)Math.Floor((dayNumber - 2415021.076998695) / 29.530588853);
        int monthStart = NewMoonDay(k + 1);
        if (monthStart > dayNumber)
        {
            monthStart = NewMoonDay(k);
        }

        int a11 = LunarMonth11(yy);
        int b11 = a11;
        int lunarYear;
        if (a11 >= monthStart)
        {
            lunarYear = yy;
            a11 = LunarMonth11(yy - 1);
        }
        else
        {
            lunarYear = yy + 1;
            b11 = LunarMonth11(yy + 1);
        }

        int lunarDay = dayNumber - monthStart + 1;
        int diff = (int)Math.Floor((monthStart - a11) / 29.0);
        bool leap = false;
        int lunarMonth = diff + 11;
        if (b11 - a11 > 365)
        {
            int leapMonthDiff = LeapMonthOffset(a11);
            if (diff >= leapMonthDiff)
            {
                lunarMonth = diff + 10;
                leap = diff == leapMonthDiff;
            }
        }

        if (lunarMonth > 12)
        {
            lunarMonth -= 12;
        }

        if (lunarMonth >= 11 && diff < 4)
        {
            lunarYear -= 1;
        }

        return (lunarDay, lunarMonth, lunarYear, leap);
    }

    private static int JdFromDate(int dd, int mm, int yy)
    {
        int a = (14 - mm) / 12;
        int y = yy + 4800 - a;
        int m = mm + (12 * a) - 3;
        int jd = dd + (((153 * m) + 2) / 5) + (365 * y) + (y / 4) - (y / 100) + (y / 400) - 32045;
        if (jd < 2299161)
        {
            jd = dd + (((153 * m) + 2) / 5) + (365 * y) + (y / 4) - 32083;
        }

        return jd;
    }

    private static double NewMoon(int k)
    {
        double t = k / 1236.85, t2 = t * t, t3 = t2 * t, dr = Math.PI / 180;
        double jd1 = 2415020.75933 + (29.53058868 * k) + (0.0001178 * t2) - (0.000000155 * t3);
        jd1 += 0.00033 * Math.Sin((166.56 + (132.87 * t) - (0.009173 * t2)) * dr);
        double m = 359.2242 + (29.10535608 * k) - (0.0000333 * t2) - (0.00000347 * t3);
        double mpr = 306.0253 + (385.81691806 * k) + (0.0107306 * t2) + (0.00001236 * t3);
        double f = 21.2964 + (390.67050646 * k) - (0.0016528 * t2) - (0.00000239 * t3);
        double c1 = ((0.1734 - (0.000393 * t)) * Math.Sin(m * dr)) + (0.0021 * Math.Sin(2 * dr * m));
        c1 = c1 - (0.4068 * Math.Sin(mpr * dr)) + (0.0161 * Math.Sin(dr * 2 * mpr));
        c1 -= 0.0004 * Math.Sin(dr * 3 * mpr);
        c1 = c1 + (0.0104 * Math.Sin(dr * 2 * f)) - (0.0051 * Math.Sin(dr * (m + mpr)));
        c1 = c1 - (0.0074 * Math.Sin(dr * (m - mpr))) + (0.0004 * Math.Sin(dr * ((2 * f) + m)));
        c1 = c1 - (0.0004 * Math.Sin(dr * ((2 * f) - m))) - (0.0006 * Math.Sin(dr * ((2 * f) + mpr)));
        c1 = c1 + (0.0010 * Math.Sin(dr * ((2 * f) - mpr))) + (0.0005 * Math.Sin(dr * ((2 * mpr) + m)));
        double deltat = t < -11
            ? 0.001 + (0.000839 * t) + (0.0002261 * t2) - (0.00000845 * t3) - (0.000000081 * t * t3)
            : -0.000278 + (0.000265 * t) + (0.000262 * t2);
        return jd1 + c1 - deltat;
    }

    private static double SunLongitude(double jdn)
    {
        double t = (jdn - 2451545.0) / 36525, t2 = t * t, dr = Math.PI / 180;
        double m = 357.52910 + (35999.05030 * t) - (0.0001559 * t2) - (0.00000048 * t * t2);
        double l0 = 280.46645 + (36000.76983 * t) + (0.0003032 * t2);
        double dl = ((1.914600 - (0.004817 * t) - (0.000014 * t2)) * Math.Sin(dr * m)) + ((0.019993 - (0.000101 * t)) * Math.Sin(dr * 2 * m)) + (0.000290 * Math.Sin(dr * 3 * m));
        double l = (l0 + dl) * dr;
        l -= Math.PI * 2 * Math.Floor(l / (Math.PI * 2));
        return l;
    }

    private static int NewMoonDay(int k) => (int)Math.Floor(NewMoon(k) + 0.5 + (TimeZone / 24));

    private static int SunLongitudeSector(int dayNumber) => (int)Math.Floor(SunLongitude(dayNumber - 0.5 - (TimeZone / 24)) / Math.PI * 6);

    private static int LunarMonth11(int yy)
    {
        int off = JdFromDate(31, 12, yy) - 2415021;
        int k = (int)Math.Floor(off / 29.530588853);
        int nm = NewMoonDay(k);
        return SunLongitudeSector(nm) >= 9 ? NewMoonDay(k - 1) : nm;
    }

    private static int LeapMonthOffset(int a11)
    {
        int k = (int)Math.Floor(((a11 - 2415021.076998695) / 29.530588853) + 0.5);
        int last;
        int i = 1;
        int arc = SunLongitudeSector(NewMoonDay(k + i));
        do
        {
            last = arc;
            i++;
            arc = SunLongitudeSector(NewMoonDay(k + i));
        }
        while (arc != last && i < 14);
        return i - 1;
    }
}
