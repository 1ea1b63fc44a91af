using System.Globalization;
using System.Text.RegularExpressions;
using DivergingReports.Model;
using DivergingReports.Validation;

namespace DivergingReports.Content.Paste;

/// <summary>
/// A date as a page prints it: "July 3, 2025", "3 Jul 2025", "Thu 3 Jul 2025 16.15 BST",
/// "4:15 PM EDT, July 3, 2025", "July 3" (a dateline's, without a year). The year and the time
/// are only what the text says; nothing is guessed here.
/// </summary>
public sealed record PasteDate(int? Year, int Month, int Day, TimeOnly? Time, TimeSpan? Offset)
{
    /// <summary>The date in the site's terms, with <paramref name="year"/> when the text had none; null when it is no real day.</summary>
    public ContentDate? Resolve(int? year, TimeZoneInfo zone)
    {
        var y = Year ?? year;
        if (y is not { } known || known < 1990 || known > 2999 || Day > DateTime.DaysInMonth(known, Month)) return null;
        var day = new DateOnly(known, Month, Day);
        // A time is kept only with its zone: a bare "4:15 PM" could be any of the world's clocks.
        if (Time is { } time && (Offset ?? PasteZones.OffsetOf(ZoneName, day)) is { } offset)
            return new ContentDate(new DateTimeOffset(day.ToDateTime(time), offset), true);
        return ContentDates.TryParse(day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), zone, out var date) ? date : null;
    }

    /// <summary>The zone as written ("ET", "BST", "Paris") when its offset depends on the day.</summary>
    public string? ZoneName { get; init; }
}

/// <summary>Reads the date texts <see cref="PasteDate"/> describes.</summary>
public static partial class PasteDates
{
    private const string Month = @"(?<mon>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?";
    private const string Weekday = @"(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?";
    private const string Day = @"(?<d>\d{1,2})(?:st|nd|rd|th)?";
    private const string Year = @"(?<y>\d{4})";
    private const string Time = @"(?<h>\d{1,2})(?:[:.](?<mi>\d{2}))?\s*(?<ampm>[ap]\.?\s?m\.?)?";
    private const string Zone = @"\(?(?<z>[ECMP][SD]?T|GMT(?:[+-]\d{1,2})?|UTC(?:[+-]\d{1,2})?|BST|CES?T|EES?T|WES?T|Paris|London|Kyiv|Kiev|Doha|Mecca)(?:\s+time)?\)?";

    /// <summary>"July 3, 2025" or "3 July 2025" or "2025-07-03", with the year optional when <c>yearOptional</c>.</summary>
    public const string DatePattern = Weekday + "(?:" + Month + @"\s+" + Day + @"(?:,?\s+" + Year + ")?" + "|" + Day + @"\s+" + Month + @"(?:,?\s+" + Year + ")?"
        + @"|(?<y>\d{4})-(?<mo>\d{2})-(?<d>\d{2}))";

    /// <summary>A date with an optional time and zone before or after it; the rest of the text must be nothing, or a later "updated …" remark.</summary>
    private const string Stamp = "^(?:" + Time + @"(?:\s*" + Zone + @")?,?\s+(?:on\s+)?)?" + DatePattern
        + @"(?:,?\s+(?:at\s+)?" + Time + @"(?:\s*" + Zone + ")?)?" + @"(?:,?\s+(?:updated|last\s+updated|modified)\b.*)?\.?$";

    /// <summary>The date a whole stamp text gives, or null. A time needs a minute or an a.m./p.m. to be a time.</summary>
    public static PasteDate? ReadStamp(string text) => From(StampRegex().Match(text.Trim()));

    /// <summary>The date in a regex match built on <see cref="DatePattern"/>.</summary>
    public static PasteDate? From(Match m)
    {
        if (!m.Success) return null;
        int? year = m.Groups["y"].Success ? int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture) : null;
        var month = m.Groups["mo"].Success ? int.Parse(m.Groups["mo"].Value, CultureInfo.InvariantCulture) : MonthOf(m.Groups["mon"].Value);
        var day = int.Parse(m.Groups["d"].Value, CultureInfo.InvariantCulture);
        if (month is < 1 or > 12 || day is < 1 or > 31) return null;

        TimeOnly? time = null;
        if (m.Groups["h"].Success)
        {
            var hour = int.Parse(m.Groups["h"].Value, CultureInfo.InvariantCulture);
            var minute = m.Groups["mi"].Success ? int.Parse(m.Groups["mi"].Value, CultureInfo.InvariantCulture) : 0;
            var ampm = m.Groups["ampm"].Value.ToLowerInvariant();
            if (!m.Groups["mi"].Success && ampm.Length == 0) return null;
            if (ampm.Length > 0)
            {
                if (hour is < 1 or > 12) return null;
                hour = hour % 12 + (ampm.StartsWith('p') ? 12 : 0);
            }
            if (hour > 23 || minute > 59) return null;
            time = new TimeOnly(hour, minute);
        }
        var zone = m.Groups["z"].Success ? m.Groups["z"].Value : null;
        return new PasteDate(year, month, day, time, zone is null ? null : PasteZones.FixedOffset(zone)) { ZoneName = zone };
    }

    private static int MonthOf(string name) =>
        Array.FindIndex(Months, m => name.StartsWith(m, StringComparison.OrdinalIgnoreCase)) + 1;

    private static readonly string[] Months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    [GeneratedRegex(Stamp, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex StampRegex();
}
