using System.Globalization;
using System.Text.RegularExpressions;

namespace DivergingReports.Content.Paste;

/// <summary>Finds a publication date in an article address: /2025/07/03/, /2025/7/3/ or /2025-07-03/.</summary>
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
        return null;
    }

    [GeneratedRegex(@"/(?<y>\d{4})[/-](?<m>\d{1,2})[/-](?<d>\d{1,2})(?=/|$|[-_.])")]
    private static partial Regex Pattern();
}
