namespace DivergingReports.Rendering.Feeds;

/// <summary>One page in the sitemap: its absolute URL and, when known, when it last changed.</summary>
public sealed record SitemapEntry(string Url, DateTimeOffset? LastModified);

/// <summary>
/// Writes a sitemaps.org 0.9 <c>urlset</c>, entries in the order given (the caller sorts them,
/// so the bytes are deterministic). <c>lastmod</c> is RFC 3339 with the date's own offset.
/// </summary>
public static class Sitemap
{
    public const string Namespace = "http://www.sitemaps.org/schemas/sitemap/0.9";

    /// <summary>The sitemap as UTF-8 (no BOM) XML. Throws ArgumentException on a non-http(s) or relative URL.</summary>
    public static byte[] Write(IEnumerable<SitemapEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var list = entries.ToList();
        for (int i = 0; i < list.Count; i++)
        {
            if (list[i] is null)
                throw new ArgumentException($"sitemap entry {i} is null.");
            FeedFormat.AbsoluteUrl(list[i].Url, $"sitemap entry {i}");
        }

        using var stream = new MemoryStream();
        using (var xml = FeedFormat.CreateXmlWriter(stream))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("urlset", Namespace);
            foreach (var entry in list)
            {
                xml.WriteStartElement("url", Namespace);
                xml.WriteElementString("loc", Namespace, XmlText.Clean(entry.Url));
                if (entry.LastModified is { } modified)
                    xml.WriteElementString("lastmod", Namespace, FeedFormat.Rfc3339(modified));
                xml.WriteEndElement();
            }
            xml.WriteEndElement();
            xml.WriteEndDocument();
        }
        return FeedFormat.WithFinalNewline(stream);
    }
}
