using System.Text.Encodings.Web;
using System.Text.Json;
using DivergingReports.Planning;

namespace DivergingReports.Rendering;

/// <summary>The machine-readable forms of a story: index.json for anyone to reuse, and JSON-LD (NewsArticle) for search engines.</summary>
public static class StoryData
{
    private static readonly JsonWriterOptions Indented = new() { Indented = true, Encoder = JavaScriptEncoder.Default };

    /// <summary>/stories/&lt;slug&gt;/index.json: the breakdown, its reports and the comparison.</summary>
    public static byte[] Json(PlannedStory planned, ViewFactory views)
    {
        var story = planned.Story;
        var zone = views.Plan.Site.TimeZone;
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, Indented))
        {
            json.WriteStartObject();
            json.WriteString("title", story.Title);
            json.WriteString("url", views.Urls.Absolute(SiteUrls.Story(planned.Slug)));
            json.WriteString("date", Dates.Rfc3339(story.Date, zone));
            if (story.Updated is { } updated) json.WriteString("updated", Dates.Rfc3339(updated, zone));
            Strings(json, "tags", story.Tags);
            json.WriteString("question", story.Question);
            json.WriteString("summary", story.Summary);
            json.WriteStartArray("reports");
            foreach (var report in planned.Reports)
            {
                json.WriteStartObject();
                json.WriteString("article", report.Article.Id);
                json.WriteString("title", report.Article.Title);
                json.WriteStartObject("source");
                json.WriteString("id", report.Source.Id);
                json.WriteString("name", report.Source.Name);
                if (report.Source.Country is { } country) json.WriteString("country", country);
                if (report.Source.Lean is { } lean) json.WriteString("lean", lean.Value);
                json.WriteEndObject();
                if (report.Article.Url is { } url) json.WriteString("url", url.AbsoluteUri);
                else json.WriteNull("url");
                json.WriteString("published", Dates.Rfc3339(report.Article.Published, zone));
                Strings(json, "authors", report.Article.Authors);
                if (report.Report.Summary is { } summary) json.WriteString("summary", summary);
                json.WriteString("text", report.Article.Body);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteStartArray("divergences");
            foreach (var divergence in story.Divergences)
            {
                json.WriteStartObject();
                json.WriteString("topic", divergence.Topic);
                json.WriteStartObject("positions");
                foreach (var position in divergence.Positions) json.WriteString(position.Outlet.Value, position.Text);
                json.WriteEndObject();
                json.WriteEndObject();
            }
            json.WriteEndArray();
            Strings(json, "agreements", story.Agreements);
            json.WriteEndObject();
        }
        stream.WriteByte((byte)'\n');
        return stream.ToArray();
    }

    /// <summary>schema.org NewsArticle for the story page; &lt; &gt; &amp; are escaped so it cannot close its script element.</summary>
    public static string JsonLd(PlannedStory planned, ViewFactory views)
    {
        var story = planned.Story;
        var zone = views.Plan.Site.TimeZone;
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Encoder = JavaScriptEncoder.Default }))
        {
            json.WriteStartObject();
            json.WriteString("@context", "https://schema.org");
            json.WriteString("@type", "NewsArticle");
            json.WriteString("headline", story.Title);
            json.WriteString("description", views.Card(planned).Excerpt);
            json.WriteString("datePublished", Dates.Rfc3339(story.Date, zone));
            json.WriteString("dateModified", Dates.Rfc3339(planned.LastChange, zone));
            json.WriteString("url", views.Urls.Absolute(SiteUrls.Story(planned.Slug)));
            json.WriteString("mainEntityOfPage", views.Urls.Absolute(SiteUrls.Story(planned.Slug)));
            Strings(json, "keywords", story.Tags);
            foreach (var role in new[] { "author", "publisher" })
            {
                json.WriteStartObject(role);
                json.WriteString("@type", "Organization");
                json.WriteString("name", views.Plan.Site.Title);
                json.WriteString("url", views.Urls.Absolute(SiteUrls.Home));
                json.WriteEndObject();
            }
            json.WriteStartArray("citation");
            foreach (var report in planned.Reports.Where(r => r.Article.Url is not null))
                json.WriteStringValue(report.Article.Url!.AbsoluteUri);
            json.WriteEndArray();
            json.WriteEndObject();
        }
        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }

    private static void Strings(Utf8JsonWriter json, string name, IEnumerable<string> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values) json.WriteStringValue(value);
        json.WriteEndArray();
    }
}
