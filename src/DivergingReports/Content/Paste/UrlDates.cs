using System.Globalization;
using System.Text.RegularExpressions;

namespace DivergingReports.Content.Paste;

/// <summary>Finds a publication date in an article address: /2025/07/03/, /2025/7/3/, /2025-07-03/ or /2025/jul/03/.</summary>
public static partial class UrlDates
{
    public static DateOnly? Find(Uri url)
    {
        foreach (Match m in Pattern().Matches(url.AbsolutePath))
        {
            int year = int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture),
                month = int.Parse(m.Groups["m"].Value, CultureInfo.InvariantCulture),
                day = int.Parse(m.Groups["d"].Value, CultureInfo.InvariantCulture);
            if (year is >= 1990 and <= 2999 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month))
                return new DateOnly(year, month, day);
        }
        // The Guardian spells the month: /2025/jul/03/.
        foreach (Match m in NamedMonth().Matches(url.AbsolutePath))
        {
            int year = int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture),
                month = Array.IndexOf(MonthNames, m.Groups["m"].Value.ToLowerInvariant()) + 1,
                day = int.Parse(m.Groups["d"].Value, CultureInfo.InvariantCulture);
            if (year is >= 1990 and <= 2999 && month >= 1 && day >= 1 && day <= DateTime.DaysInMonth(year, month))
                return new DateOnly(year, month, day);
        }
        return null;
    }

    /// <summary>The year of an address whose path has one as a whole segment (/2025/), for a dateline that gives only the day.</summary>
    public static int? FindYear(Uri url)
    {
        if (Find(url) is { } day) return day.Year;
        var m = YearSegment().Match(url.AbsolutePath);
        return m.Success ? int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture) : null;
    }

    [GeneratedRegex(@"/(?<y>(?:19|2\d)\d{2})(?=/)")]
    private static partial Regex YearSegment();

    private static readonly string[] MonthNames = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    [GeneratedRegex(@"/(?<y>\d{4})/(?<m>jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/(?<d>\d{1,2})(?=/|$)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NamedMonth();

    [GeneratedRegex(@"/(?<y>\d{4})[/-](?<m>\d{1,2})[/-](?<d>\d{1,2})(?=/|$|[-_.])")]
    private static partial Regex Pattern();
}
