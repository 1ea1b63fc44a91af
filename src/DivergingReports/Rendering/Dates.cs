using System.Globalization;
using DivergingReports.Model;
using DivergingReports.Rendering.Views;

namespace DivergingReports.Rendering;

/// <summary>Dates as readers see them, in the site's time zone, in English whatever the machine's culture.</summary>
public static class Dates
{
    public static DateTimeOffset InZone(ContentDate date, TimeZoneInfo zone) => TimeZoneInfo.ConvertTime(date.Instant, zone);

    public static DateView View(ContentDate date, TimeZoneInfo zone)
    {
        var local = InZone(date, zone);
        var text = local.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);
        var iso = date.HasTime ? local.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture) : local.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return new DateView(text, iso);
    }

    /// <summary>RFC 3339 with seconds and offset, in the site's zone: for JSON, sitemaps and JSON-LD.</summary>
    public static string Rfc3339(ContentDate date, TimeZoneInfo zone) =>
        InZone(date, zone).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);
}
