using System.Text.Encodings.Web;
using System.Text.Unicode;
using System.Text.Json;
using DivergingReports.Planning;

namespace DivergingReports.Rendering;

/// <summary>The machine-readable forms of a story: index.json for anyone to reuse, and JSON-LD (NewsArticle) for search engines.</summary>
public static class StoryData
{
    // index.json is for programs, which parse it (a browser's viewer lays it out): not indented (that
    // was a tenth of its bytes), and text written as UTF-8 rather than escaped (an accented letter was
    // six bytes). It is served as JSON, never inside a page, so characters that matter to HTML need no escape.
    private static readonly JsonWriterOptions Data = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    // The JSON-LD sits in a script element of the page: <, > and & (and quotes) are escaped so no text
    // can close it; letters of any script are written as they are, not as six-byte escapes.
    private static readonly JsonWriterOptions InPage = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    /// <summary>/stories/&lt;slug&gt;/index.json: the breakdown, its reports (with their texts when site.yml has open_data: full) and the comparison.</summary>
    public static void Json(PlannedStory planned, AnalysedStory texts, ViewFactory views, FileBytes output)
    {
        var story = planned.Story;
        var zone = views.Plan.Site.TimeZone;
        using (var json = new Utf8JsonWriter(output, Data))
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
            for (var i = 0; i < planned.Reports.Count; i++)
            {
                var report = planned.Reports[i];
                json.WriteStartObject();
                // The key names the report in the comparison below.
                json.WriteString("key", report.Key);
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
                json.WriteString("language", report.LanguageIn(views.Plan.Site));
                // The texts are on the story's page already: repeated here only when the site asks for them.
                var full = views.Plan.Site.OpenDataFull;
                if (full) json.WriteString("text", texts.Bodies[i]);
                if (report.Article.Translation is { } translation)
                {
                    json.WriteStartObject("translation");
                    json.WriteString("by", translation.By);
                    json.WriteString("language", views.Plan.Site.Language);
                    if (full) json.WriteString("text", translation.Text);
                    json.WriteEndObject();
                }
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
            WriteComparison(json, texts.Comparison);
            json.WriteEndObject();
        }
        output.Write("\n"u8);
    }

    /// <summary>schema.org NewsArticle for the story page; &lt; &gt; &amp; are escaped so it cannot close its script element.</summary>
    public static string JsonLd(PlannedStory planned, ViewFactory views)
    {
        var story = planned.Story;
        var zone = views.Plan.Site.TimeZone;
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, InPage))
        {
            json.WriteStartObject();
            json.WriteString("@context", "https://schema.org");
            json.WriteString("@type", "NewsArticle");
            json.WriteString("headline", story.Title);
            json.WriteString("datePublished", Dates.Rfc3339(story.Date, zone));
            json.WriteString("dateModified", Dates.Rfc3339(planned.LastChange, zone));
            // The page's description is in its meta tags already; its address once.
            json.WriteString("url", views.Urls.Absolute(SiteUrls.Story(planned.Slug)));
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

    /// <summary>What the texts show, keyed by each report's key (its outlet's id, or its article's when the outlet has several reports).</summary>
    private static void WriteComparison(Utf8JsonWriter json, Analysis.Comparison comparison)
    {
        // Each report's key names a value in most rows: encoded once, not once a row.
        var keys = comparison.Lengths.Select(l => JsonEncodedText.Encode(l.Key, Data.Encoder)).ToArray();
        json.WriteStartObject("comparison");
        json.WriteStartArray("quotes");
        foreach (var quote in comparison.Quotes)
        {
            json.WriteStartObject();
            json.WriteString("text", quote.Text);
            json.WriteBoolean("shared", quote.Shared);
            json.WriteStartArray("reports");
            foreach (var (report, words) in quote.PerOutlet.Entries)
                if (words is not null) json.WriteStringValue(keys[report]);
            json.WriteEndArray();
            // The words of the reports that quote other words than the text's, as the page shows them.
            var other = RowStandings.OtherWords(quote);
            if (other.Count > 0)
            {
                json.WriteStartObject("words");
                foreach (var (report, words) in other) json.WriteString(keys[report], words);
                json.WriteEndObject();
            }
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteStartArray("figures");
        foreach (var figure in comparison.Figures)
        {
            json.WriteStartObject();
            json.WriteString("subject", figure.Subject);
            json.WriteBoolean("differs", figure.Differs);
            json.WriteBoolean("hedges_differ", figure.HedgesDiffer);
            json.WriteStartObject("reports");
            foreach (var (report, phrases) in figure.PerOutlet.Entries)
                if (phrases.Count > 0) Strings(json, keys[report], phrases);
            json.WriteEndObject();
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteStartArray("names");
        foreach (var name in comparison.Names)
        {
            json.WriteStartObject();
            json.WriteString("name", name.Name);
            // Its spellings, when the texts spell it more than one way.
            if (name.Variants.Count > 1) Strings(json, "variants", name.Variants);
            json.WriteStartObject("mentions");
            // Only the reports that name it (the others name it 0 times).
            foreach (var (report, count) in name.MentionsPerOutlet.Entries) json.WriteNumber(keys[report], count);
            json.WriteEndObject();
            json.WriteEndObject();
        }
        json.WriteEndArray();
        if (comparison.Summarised)
        {
            // No line for every pair of many reports: each report's closest other instead.
            json.WriteStartObject("closest");
            foreach (var closest in comparison.Closest.Where(c => c.Other is not null))
            {
                json.WriteStartObject(closest.Key);
                json.WriteString("report", closest.Other);
                json.WriteNumber("shared", closest.Shared);
                json.WriteEndObject();
            }
            json.WriteEndObject();
        }
        else
        {
            json.WriteStartArray("overlap");
            foreach (var pair in comparison.Overlaps)
            {
                json.WriteStartObject();
                json.WriteString("a", pair.A);
                json.WriteString("b", pair.B);
                json.WriteNumber("shared", pair.Shared);
                json.WriteEndObject();
            }
            json.WriteEndArray();
        }
        json.WriteStartArray("reprints");
        foreach (var group in comparison.Reprints) Strings(json, null, group.Keys);
        json.WriteEndArray();
        json.WriteNumber("independent_reports", comparison.IndependentReports);
        json.WriteStartObject("length");
        foreach (var length in comparison.Lengths)
        {
            json.WriteStartObject(length.Key);
            json.WriteNumber("words", length.Words);
            json.WriteNumber("reading_minutes", length.ReadingMinutes);
            json.WriteEndObject();
        }
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void Strings(Utf8JsonWriter json, string? name, IEnumerable<string> values)
    {
        if (name is null) json.WriteStartArray();
        else json.WriteStartArray(name);
        Values(json, values);
    }

    private static void Strings(Utf8JsonWriter json, JsonEncodedText name, IEnumerable<string> values)
    {
        json.WriteStartArray(name);
        Values(json, values);
    }

    private static void Values(Utf8JsonWriter json, IEnumerable<string> values)
    {
        foreach (var value in values) json.WriteStringValue(value);
        json.WriteEndArray();
    }
}
