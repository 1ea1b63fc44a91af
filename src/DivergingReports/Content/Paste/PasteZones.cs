namespace DivergingReports.Content.Paste;

/// <summary>
/// The offsets of the zone names pages print after a time. Daylight saving is worked out from the
/// United States' and the European Union's rules by hand rather than from the machine's time zone
/// database, so an import gives the same date on every machine.
/// </summary>
public static class PasteZones
{
    /// <summary>The offset of a zone name that means one offset all year ("EDT", "BST", "GMT+3"), or null.</summary>
    public static TimeSpan? FixedOffset(string zone)
    {
        var z = zone.Trim().ToUpperInvariant();
        if ((z.StartsWith("GMT", StringComparison.Ordinal) || z.StartsWith("UTC", StringComparison.Ordinal)))
            return z.Length == 3 ? TimeSpan.Zero
                : int.TryParse(z[3..], System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out var h) && h is >= -12 and <= 14
                    ? TimeSpan.FromHours(h) : null;
        return z switch
        {
            "EST" => TimeSpan.FromHours(-5), "EDT" => TimeSpan.FromHours(-4),
            "CST" => TimeSpan.FromHours(-6), "CDT" => TimeSpan.FromHours(-5),
            "MST" => TimeSpan.FromHours(-7), "MDT" => TimeSpan.FromHours(-6),
            "PST" => TimeSpan.FromHours(-8), "PDT" => TimeSpan.FromHours(-7),
            "BST" => TimeSpan.FromHours(1), "WET" => TimeSpan.Zero, "WEST" => TimeSpan.FromHours(1),
            "CET" => TimeSpan.FromHours(1), "CEST" => TimeSpan.FromHours(2),
            "EET" => TimeSpan.FromHours(2), "EEST" => TimeSpan.FromHours(3),
            "DOHA" or "MECCA" => TimeSpan.FromHours(3),
            _ => null,
        };
    }

    /// <summary>The offset on <paramref name="day"/> of a name whose offset follows daylight saving ("ET", "Paris"), or null.</summary>
    public static TimeSpan? OffsetOf(string? zone, DateOnly day)
    {
        if (zone is null) return null;
        var z = zone.Trim().ToUpperInvariant();
        var us = UnitedStatesSummer(day) ? 1 : 0;
        var eu = EuropeanSummer(day) ? 1 : 0;
        return z switch
        {
            "ET" => TimeSpan.FromHours(-5 + us),
            "CT" => TimeSpan.FromHours(-6 + us),
            "MT" => TimeSpan.FromHours(-7 + us),
            "PT" => TimeSpan.FromHours(-8 + us),
            "LONDON" => TimeSpan.FromHours(eu),
            "PARIS" => TimeSpan.FromHours(1 + eu),
            "KYIV" or "KIEV" => TimeSpan.FromHours(2 + eu),
            _ => FixedOffset(z),
        };
    }

    // Both rules switch at night; a page's date is read by the day, which is exact enough for a publication date.
    private static bool UnitedStatesSummer(DateOnly day) =>
        day >= NthSunday(day.Year, 3, 2) && day < NthSunday(day.Year, 11, 1);

    private static bool EuropeanSummer(DateOnly day) =>
        day >= LastSunday(day.Year, 3) && day < LastSunday(day.Year, 10);

    private static DateOnly NthSunday(int year, int month, int n)
    {
        var first = new DateOnly(year, month, 1);
        return first.AddDays(((7 - (int)first.DayOfWeek) % 7) + 7 * (n - 1));
    }

    private static DateOnly LastSunday(int year, int month)
    {
        var last = new DateOnly(year, month, DateTime.DaysInMonth(year, month));
        return last.AddDays(-(int)last.DayOfWeek);
    }
}
