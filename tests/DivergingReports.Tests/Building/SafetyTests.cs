using DivergingReports.Tests.Support;

namespace DivergingReports.Tests.Building;

/// <summary>Article text is untrusted: nothing hostile in content reaches a page as markup.</summary>
public class SafetyTests
{
    private const string Hostile = """
        ---
        title: "<script>alert('title')</script> Headline"
        source: beta
        published: 2025-07-03
        ---

        Intro <script>alert(1)</script> and <img src=x onerror=alert(2)> inline.

        <div onmouseover="alert(3)">block html</div>

        A [bad link](javascript:alert(4)), an [encoded one](JaVaScRiPt:alert(5)), a [data one](data:text/html,<b>x</b>) and <javascript:alert(6)>.

        ![tracker](https://tracker.example/pixel.gif) and [fine](https://example.com/ok).
        """;

    [Fact]
    public void A_hostile_article_yields_no_script_handler_or_unsafe_url_in_any_page()
    {
        using var project = new TestProject();
        project.Write("content/articles/beta-talks.md", Hostile);
        project.Write("content/sources/beta.yml", "name: \"Beta <b onclick=alert(7)>Post</b>\"\ndomains: [beta.example]\ncountry: US\n");
        var site = project.Build();

        foreach (var page in site.HtmlFiles())
        {
            var doc = site.Html(page);
            foreach (var script in doc.QuerySelectorAll("script"))
                Assert.Equal("application/ld+json", script.GetAttribute("type"));
            foreach (var element in doc.All)
            {
                foreach (var attribute in element.Attributes)
                {
                    Assert.False(attribute.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase), $"{page}: <{element.LocalName} {attribute.Name}>");
                    if (attribute.Name is "href" or "src" or "action" or "formaction")
                    {
                        var value = attribute.Value.Trim().ToLowerInvariant();
                        Assert.False(value.StartsWith("javascript:") || value.StartsWith("data:") || value.StartsWith("vbscript:"), $"{page}: {attribute.Name}={attribute.Value}");
                    }
                }
            }
            Assert.Empty(doc.QuerySelectorAll("img[src^='https://tracker'], iframe, object, embed"));
            Assert.Empty(doc.QuerySelectorAll("main b, main div[onmouseover]"));
        }

        var story = site.Html("stories/talks/index.html");
        var report = story.GetElementById("report-beta")!;
        // Shown as text, so a reader sees what the source carried.
        Assert.Contains("<script>alert(1)</script>", report.TextContent);
        Assert.Contains("bad link", report.TextContent);
        Assert.Contains(report.QuerySelectorAll("a"), a => a.GetAttribute("href") == "https://example.com/ok");
        Assert.Contains("<script>alert('title')</script> Headline", report.TextContent);
        Assert.Contains("Beta <b onclick=alert(7)>Post</b>", story.QuerySelector("main")!.TextContent);
    }

    [Fact]
    public void Json_ld_cannot_be_closed_by_a_headline()
    {
        using var project = new TestProject();
        project.Write("content/breakdowns/2025-07-03-talks.yml", TestProject.Story.Replace("title: The talks", "title: \"Zürich </script><script>alert(1)</script>\""));
        var site = project.Build();
        var doc = site.Html("stories/talks/index.html");
        var scripts = doc.QuerySelectorAll("script").ToArray();
        var ld = Assert.Single(scripts);
        Assert.Equal("application/ld+json", ld.GetAttribute("type"));
        Assert.Contains("\\u003C/script\\u003E", ld.TextContent);
        // Letters are written as they are; the headline reads back whole.
        Assert.Contains("Zürich", ld.TextContent);
        Assert.Equal("Zürich </script><script>alert(1)</script>", System.Text.Json.JsonDocument.Parse(ld.TextContent).RootElement.GetProperty("headline").GetString());
    }

    [Fact]
    public void The_story_data_holds_each_text_as_written_in_utf8()
    {
        const string title = "Zürich «talks» </script> & 'quotes' + \"more\"";
        using var project = new TestProject();
        project.Write("content/breakdowns/2025-07-03-talks.yml", TestProject.Story.Replace("title: The talks", "title: '" + title.Replace("'", "''") + "'"));
        var site = project.Build();
        var text = site.Text("stories/talks/index.json");

        using var json = System.Text.Json.JsonDocument.Parse(text);
        Assert.Equal(title, json.RootElement.GetProperty("title").GetString());
        // Letters beyond ASCII as themselves, not as \u escapes; the page's JSON-LD still escapes what HTML reads.
        Assert.Contains("Zürich «talks»", text);
        Assert.Contains("\\u003C/script\\u003E", Assert.Single(site.Html("stories/talks/index.html").QuerySelectorAll("script")).TextContent);
    }
}
