using DivergingReports.Model;

namespace DivergingReports.Content.Paste;

/// <summary>
/// The publication date a paste's own lines give: its "Published" line, else its "Updated" line,
/// else its dateline's day. A date without a year takes the address's year or the paste's other
/// dates'; without one it gives nothing, since a guessed year would be silently wrong.
/// </summary>
public static class HeaderDates
{
    public static (ContentDate Date, string How)? Find(PasteHeader.Found header, Uri? url, TimeZoneInfo zone)
    {
        var year = (url is null ? null : UrlDates.FindYear(url)) ?? header.Stamps.Select(s => s.Date.Year).FirstOrDefault(y => y is not null);
        foreach (var kind in new[] { StampLines.Kind.Published, StampLines.Kind.Updated })
            foreach (var stamp in header.Stamps.Where(s => s.Kind == kind))
                if (stamp.Date.Resolve(year, zone) is { } date)
                    return (date, stamp.How);
        if (header.Dateline?.Date?.Resolve(year, zone) is { } day)
            return (day, $"the dateline, line {header.DatelineLine}");
        return null;
    }
}
