using System.Globalization;
using System.Text.RegularExpressions;
using DivergingReports.Model;

namespace DivergingReports.Validation;

/// <summary>Reads the dates editors write: YYYY-MM-DD, or a date and time with an optional offset (read in the site's zone without one).</summary>
public static partial class ContentDates
{
    /// <summary>
    /// The shape of a date as a regular expression; the JSON Schemas editors get carry the same text.
    /// The ranges (month 1–12, the month's days, years 1900–2999) are checked in code, by divrep check only.
    /// </summary>
    public const string PatternText = @"^(?<y>\d{4})-(?<mo>\d{1,2})-(?<d>\d{1,2})(?:[Tt ](?<h>\d{1,2}):(?<mi>\d{2})(?::(?<s>\d{2})(?:\.\d+)?)?\s*(?:(?<z>[Zz])|(?<sign>[+-])(?<oh>\d{2}):?(?<om>\d{2}))?)?$";

    public static bool TryParse(string text, TimeZoneInfo zone, out ContentDate date)
    {
        date = default;
        var m = Pattern().Match(text.Trim());
        if (!m.Success) return false;
        int Part(string g) => int.Parse(m.Groups[g].Value, CultureInfo.InvariantCulture);

        int year = Part("y"), month = Part("mo"), day = Part("d");
        if (year < 1900 || year > 2999 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
            return false;

        var hasTime = m.Groups["h"].Success;
        int hour = hasTime ? Part("h") : 0, minute = hasTime ? Part("mi") : 0, second = m.Groups["s"].Success ? Part("s") : 0;
        if (hour > 23 || minute > 59 || second > 59) return false;
        var local = new DateTime(year, month, day, hour, minute, second, DateTimeKind.Unspecified);

        TimeSpan offset;
        if (m.Groups["z"].Success)
            offset = TimeSpan.Zero;
        else if (m.Groups["oh"].Success)
        {
            offset = new TimeSpan(Part("oh"), Part("om"), 0);
            if (offset > TimeSpan.FromHours(14)) return false;
            if (m.Groups["sign"].Value == "-") offset = -offset;
        }
        else
        {
            // A wall-clock time skipped by a daylight-saving change is read as the first valid time after it.
            while (zone.IsInvalidTime(local)) local = local.AddMinutes(30);
            offset = zone.GetUtcOffset(local);
        }
        date = new ContentDate(new DateTimeOffset(local, offset), hasTime);
        return true;
    }

    [GeneratedRegex(PatternText)]
    private static partial Regex Pattern();
}
