using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Xml;

namespace DivergingReports.Rendering.Feeds;

/// <summary>
/// What the feed, sitemap and robots writers share: date formats (culture-independent), URL
/// checks, and identically configured XML and JSON writers.
/// </summary>
internal static class FeedFormat
{
    public const string Generator = "divrep";

    /// <summary>The Atom <c>updated</c> of a feed with no entries (Atom requires one).</summary>
    public const string EpochRfc3339 = "1970-01-01T00:00:00Z";

    private static readonly string[] DayNames = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
    private static readonly string[] MonthNames =
        ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

    /// <summary>RFC 822 (with a four-digit year, as RFC 1123): "Thu, 03 Jul 2025 00:00:00 +0200".</summary>
    public static string Rfc822(DateTimeOffset date)
    {
        var inv = CultureInfo.InvariantCulture;
        return string.Create(inv,
            $"{DayNames[(int)date.DayOfWeek]}, {date.Day:00} {MonthNames[date.Month - 1]} {date.Year:0000} " +
            $"{date.Hour:00}:{date.Minute:00}:{date.Second:00} {Offset(date.Offset, withColon: false)}");
    }

    /// <summary>RFC 3339 with seconds, no fraction, and the date's own offset: "2025-07-03T00:00:00+02:00".</summary>
    public static string Rfc3339(DateTimeOffset date)
    {
        var inv = CultureInfo.InvariantCulture;
        return string.Create(inv,
            $"{date.Year:0000}-{date.Month:00}-{date.Day:00}T{date.Hour:00}:{date.Minute:00}:{date.Second:00}" +
            $"{Offset(date.Offset, withColon: true)}");
    }

    private static string Offset(TimeSpan offset, bool withColon)
    {
        char sign = offset < TimeSpan.Zero ? '-' : '+';
        var abs = offset.Duration();
        int hours = (int)abs.TotalHours;
        return string.Create(CultureInfo.InvariantCulture,
            $"{sign}{hours:00}{(withColon ? ":" : "")}{abs.Minutes:00}");
    }

    /// <summary>
    /// The newest <see cref="FeedItem.Updated"/> (the first one, in item order, on a tie), or null
    /// when there are no items.
    /// </summary>
    public static DateTimeOffset? NewestUpdate(IReadOnlyList<FeedItem> items)
    {
        DateTimeOffset? newest = null;
        foreach (var item in items)
            if (newest is null || item.Updated.UtcDateTime > newest.Value.UtcDateTime)
                newest = item.Updated;
        return newest;
    }

    /// <summary>
    /// Returns the URL if it is an absolute http(s) URL with no whitespace or control characters;
    /// throws <see cref="ArgumentException"/> otherwise (a feed must never link elsewhere).
    /// </summary>
    public static string AbsoluteUrl(string? url, string what)
    {
        if (string.IsNullOrEmpty(url))
            throw new ArgumentException($"{what}: an absolute http(s) URL is required, got an empty one.");
        foreach (char c in url)
            if (c <= ' ' || c is >= '\u007F' and <= '\u009F')
                throw new ArgumentException($"{what}: the URL '{XmlText.Clean(url)}' contains whitespace or a control character.");
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri)
            || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps)
            || string.IsNullOrEmpty(uri.Host))
            throw new ArgumentException($"{what}: '{url}' is not an absolute http(s) URL.");
        return url;
    }

    /// <summary>Checks the channel's and every item's URLs before anything is written.</summary>
    public static void CheckUrls(FeedChannel channel)
    {
        ArgumentNullException.ThrowIfNull(channel);
        ArgumentNullException.ThrowIfNull(channel.Items);
        AbsoluteUrl(channel.Link, "feed link");
        AbsoluteUrl(channel.SelfUrl, "feed self URL");
        for (int i = 0; i < channel.Items.Count; i++)
        {
            var item = channel.Items[i] ?? throw new ArgumentException($"feed item {i} is null.");
            AbsoluteUrl(item.Url, $"feed item {i} URL");
            AbsoluteUrl(item.Id, $"feed item {i} id");
        }
    }

    /// <summary>
    /// An XmlWriter writing UTF-8 without BOM, an element to a line with "\n" newlines, not indented:
    /// a site has hundreds of feeds, and their indentation was a twentieth of their bytes.
    /// </summary>
    public static XmlWriter CreateXmlWriter(Stream stream) => XmlWriter.Create(stream, new XmlWriterSettings
    {
        Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
        Indent = true,
        IndentChars = "",
        NewLineChars = "\n",
        NewLineHandling = NewLineHandling.Replace,
        CheckCharacters = true,
        CloseOutput = false,
    });

    /// <summary>An indented Utf8JsonWriter with "\n" newlines and the default (escaping) encoder.</summary>
    public static Utf8JsonWriter CreateJsonWriter(Stream stream) => new(stream, new JsonWriterOptions
    {
        Indented = true,
        IndentCharacter = ' ',
        IndentSize = 2,
        NewLine = "\n",
    });

    /// <summary>Ends a text file with a newline.</summary>
    public static byte[] WithFinalNewline(MemoryStream stream)
    {
        stream.WriteByte((byte)'\n');
        return stream.ToArray();
    }

    /// <summary>Writes <c>&lt;name&gt;text&lt;/name&gt;</c> with the text cleaned of characters XML forbids.</summary>
    public static void Element(XmlWriter xml, string name, string? text) =>
        xml.WriteElementString(name, XmlText.Clean(text));

    /// <summary>Writes an attribute with its value cleaned of characters XML forbids.</summary>
    public static void Attribute(XmlWriter xml, string name, string? value) =>
        xml.WriteAttributeString(name, XmlText.Clean(value));
}
