using System.Net;
using System.Xml;

namespace DivergingReports.Rendering.Feeds;

/// <summary>
/// Writes a channel as RSS 2.0 (with an <c>atom:link rel="self"</c>, as feed validators ask).
/// The bytes depend on the channel only: <c>lastBuildDate</c> is the newest item's update, and is
/// left out of an empty feed.
/// </summary>
public static class RssFeed
{
    private const string AtomNamespace = "http://www.w3.org/2005/Atom";

    /// <summary>The feed as UTF-8 (no BOM) XML. Throws ArgumentException on a non-http(s) or relative URL.</summary>
    public static byte[] Write(FeedChannel channel)
    {
        FeedFormat.CheckUrls(channel);
        using var stream = new MemoryStream();
        using (var xml = FeedFormat.CreateXmlWriter(stream))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("rss");
            xml.WriteAttributeString("version", "2.0");
            xml.WriteAttributeString("xmlns", "atom", null, AtomNamespace);

            xml.WriteStartElement("channel");
            FeedFormat.Element(xml, "title", AsHtml(channel.Title));
            FeedFormat.Element(xml, "link", channel.Link);
            FeedFormat.Element(xml, "description", AsHtml(channel.Description));
            var language = XmlText.Clean(channel.Language);
            if (language.Length > 0)
                xml.WriteElementString("language", language);

            xml.WriteStartElement("atom", "link", AtomNamespace);
            FeedFormat.Attribute(xml, "href", channel.SelfUrl);
            xml.WriteAttributeString("rel", "self");
            xml.WriteAttributeString("type", "application/rss+xml");
            xml.WriteEndElement();

            if (FeedFormat.NewestUpdate(channel.Items) is { } newest)
                xml.WriteElementString("lastBuildDate", FeedFormat.Rfc822(newest));
            xml.WriteElementString("generator", FeedFormat.Generator);

            foreach (var item in channel.Items)
                WriteItem(xml, item);

            xml.WriteEndElement(); // channel
            xml.WriteEndElement(); // rss
            xml.WriteEndDocument();
        }
        return FeedFormat.WithFinalNewline(stream);
    }

    private static void WriteItem(XmlWriter xml, FeedItem item)
    {
        xml.WriteStartElement("item");
        FeedFormat.Element(xml, "title", AsHtml(item.Title));
        FeedFormat.Element(xml, "link", item.Url);

        xml.WriteStartElement("guid");
        xml.WriteAttributeString("isPermaLink", "true");
        xml.WriteString(XmlText.Clean(item.Url));
        xml.WriteEndElement();

        xml.WriteElementString("pubDate", FeedFormat.Rfc822(item.Published));
        FeedFormat.Element(xml, "description", item.ContentHtml);
        foreach (var category in item.Categories ?? [])
            FeedFormat.Element(xml, "category", AsHtml(category));
        xml.WriteEndElement();
    }

    /// <summary>
    /// RSS does not say whether a title is text or HTML, and many readers render it as HTML: text is
    /// written HTML-escaped (then XML-escaped), so "&lt;b&gt;" reads as those characters in either kind of reader.
    /// </summary>
    private static string AsHtml(string? text) => WebUtility.HtmlEncode(XmlText.Clean(text));
}
