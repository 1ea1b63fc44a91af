using System.Xml;

namespace DivergingReports.Rendering.Feeds;

/// <summary>
/// Writes a channel as Atom 1.0 (RFC 4287). The feed's <c>updated</c> is the newest entry's
/// update, or <c>1970-01-01T00:00:00Z</c> for an empty feed, so the bytes depend on the channel only.
/// Every entry has an author: the item's, or else the channel title.
/// </summary>
public static class AtomFeed
{
    private const string Ns = "http://www.w3.org/2005/Atom";

    /// <summary>The feed as UTF-8 (no BOM) XML. Throws ArgumentException on a non-http(s) or relative URL.</summary>
    public static byte[] Write(FeedChannel channel)
    {
        FeedFormat.CheckUrls(channel);
        using var stream = new MemoryStream();
        using (var xml = FeedFormat.CreateXmlWriter(stream))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("feed", Ns);
            var language = XmlText.Clean(channel.Language);
            if (language.Length > 0)
                xml.WriteAttributeString("xml", "lang", null, language);

            Text(xml, "title", channel.Title);
            Text(xml, "subtitle", channel.Description);
            Text(xml, "id", channel.Link);
            Link(xml, "alternate", "text/html", channel.Link);
            Link(xml, "self", "application/atom+xml", channel.SelfUrl);
            xml.WriteElementString("updated", Ns,
                FeedFormat.NewestUpdate(channel.Items) is { } newest
                    ? FeedFormat.Rfc3339(newest)
                    : FeedFormat.EpochRfc3339);
            xml.WriteElementString("generator", Ns, FeedFormat.Generator);

            var fallbackAuthor = XmlText.Clean(channel.Title);
            foreach (var item in channel.Items)
                WriteEntry(xml, item, fallbackAuthor);

            xml.WriteEndElement(); // feed
            xml.WriteEndDocument();
        }
        return FeedFormat.WithFinalNewline(stream);
    }

    private static void WriteEntry(XmlWriter xml, FeedItem item, string fallbackAuthor)
    {
        xml.WriteStartElement("entry", Ns);
        Text(xml, "title", item.Title);
        Link(xml, "alternate", "text/html", item.Url);
        Text(xml, "id", item.Id);
        xml.WriteElementString("published", Ns, FeedFormat.Rfc3339(item.Published));
        xml.WriteElementString("updated", Ns, FeedFormat.Rfc3339(item.Updated));

        xml.WriteStartElement("summary", Ns);
        xml.WriteAttributeString("type", "text");
        xml.WriteString(XmlText.Clean(item.Summary));
        xml.WriteEndElement();

        xml.WriteStartElement("content", Ns);
        xml.WriteAttributeString("type", "html");
        xml.WriteString(XmlText.Clean(item.ContentHtml));
        xml.WriteEndElement();

        foreach (var category in item.Categories ?? [])
        {
            xml.WriteStartElement("category", Ns);
            FeedFormat.Attribute(xml, "term", category);
            xml.WriteEndElement();
        }

        var author = XmlText.Clean(item.Author);
        xml.WriteStartElement("author", Ns);
        xml.WriteElementString("name", Ns, string.IsNullOrWhiteSpace(author) ? fallbackAuthor : author);
        xml.WriteEndElement();

        xml.WriteEndElement(); // entry
    }

    private static void Text(XmlWriter xml, string name, string? text) =>
        xml.WriteElementString(name, Ns, XmlText.Clean(text));

    private static void Link(XmlWriter xml, string rel, string type, string href)
    {
        xml.WriteStartElement("link", Ns);
        xml.WriteAttributeString("rel", rel);
        xml.WriteAttributeString("type", type);
        FeedFormat.Attribute(xml, "href", href);
        xml.WriteEndElement();
    }
}
