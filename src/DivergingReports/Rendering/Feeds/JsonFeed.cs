using System.Text.Json;

namespace DivergingReports.Rendering.Feeds;

/// <summary>
/// Writes a channel as JSON Feed 1.1 (https://jsonfeed.org/version/1.1). Uses the default
/// System.Text.Json encoder, which escapes &lt; &gt; &amp; and non-ASCII, so the output is plain-ASCII,
/// valid JSON that is also safe to embed. Text is cleaned as for the XML feeds (control characters
/// and lone surrogates removed), so all three feeds carry the same text.
/// </summary>
public static class JsonFeed
{
    public const string Version = "https://jsonfeed.org/version/1.1";

    /// <summary>The feed as UTF-8 JSON. Throws ArgumentException on a non-http(s) or relative URL.</summary>
    public static byte[] Write(FeedChannel channel)
    {
        FeedFormat.CheckUrls(channel);
        using var stream = new MemoryStream();
        using (var json = FeedFormat.CreateJsonWriter(stream))
        {
            json.WriteStartObject();
            json.WriteString("version", Version);
            json.WriteString("title", XmlText.Clean(channel.Title));
            json.WriteString("home_page_url", XmlText.Clean(channel.Link));
            json.WriteString("feed_url", XmlText.Clean(channel.SelfUrl));
            json.WriteString("description", XmlText.Clean(channel.Description));
            var language = XmlText.Clean(channel.Language);
            if (language.Length > 0)
                json.WriteString("language", language);

            json.WriteStartArray("items");
            foreach (var item in channel.Items)
                WriteItem(json, item);
            json.WriteEndArray();

            json.WriteEndObject();
        }
        return FeedFormat.WithFinalNewline(stream);
    }

    private static void WriteItem(Utf8JsonWriter json, FeedItem item)
    {
        json.WriteStartObject();
        json.WriteString("id", XmlText.Clean(item.Id));
        json.WriteString("url", XmlText.Clean(item.Url));
        json.WriteString("title", XmlText.Clean(item.Title));
        json.WriteString("content_html", XmlText.Clean(item.ContentHtml));
        json.WriteString("summary", XmlText.Clean(item.Summary));
        json.WriteString("date_published", FeedFormat.Rfc3339(item.Published));
        json.WriteString("date_modified", FeedFormat.Rfc3339(item.Updated));

        json.WriteStartArray("tags");
        foreach (var category in item.Categories ?? [])
            json.WriteStringValue(XmlText.Clean(category));
        json.WriteEndArray();

        var author = XmlText.Clean(item.Author);
        if (!string.IsNullOrWhiteSpace(author))
        {
            json.WriteStartArray("authors");
            json.WriteStartObject();
            json.WriteString("name", author);
            json.WriteEndObject();
            json.WriteEndArray();
        }
        json.WriteEndObject();
    }
}
