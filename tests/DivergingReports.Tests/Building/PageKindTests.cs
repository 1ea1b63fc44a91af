using System.Text.Json;
using AngleSharp.Dom;
using DivergingReports.Tests.Support;

namespace DivergingReports.Tests.Building;

/// <summary>Every page and file of DESIGN.md's table, built from a small publication and read back by parsing.</summary>
public class PageKindTests
{
    // The tests only read the site: it is built once for the class.
    private static readonly ReadOnlySite Small = new(() =>
    {
        var project = new TestProject();
        project.Write("site.yml", TestProject.SiteYml + "\ncname: news.example.org\n");
        project.Write("content/pages/about.md", "---\ntitle: About us\ndescription: Who we are.\n---\n\nWe compare reports.\n");
        return project;
    });

    private readonly BuiltSite _site = Small.Site;

    [Fact]
    public void Every_page_and_file_of_the_site_is_written()
    {
        string[] expected =
        [
            "index.html", "stories/talks/index.html", "stories/talks/index.json",
            "sources/index.html", "sources/alpha/index.html", "sources/alpha/feed.xml", "sources/beta/index.html", "sources/beta/feed.xml",
            "countries/index.html", "countries/no/index.html", "countries/no/feed.xml", "countries/us/index.html", "countries/us/feed.xml",
            "tags/index.html", "tags/talks/index.html", "tags/talks/feed.xml", "tags/diplomacy/index.html",
            "blindspots/index.html", "about/index.html", "404.html",
            "feed.xml", "atom.xml", "feed.json", "sitemap.xml", "robots.txt", ".nojekyll", "CNAME", "assets/style.css",
        ];
        foreach (var file in expected)
            Assert.True(_site.Exists(file), $"{file} is missing; the site has:\n" + string.Join("\n", _site.Files()));
        Assert.Equal("news.example.org", _site.Text("CNAME").Trim());
        Assert.Contains("Sitemap: https://example.org/test/sitemap.xml", _site.Text("robots.txt"));
    }

    [Fact]
    public void Every_html_page_has_a_title_description_canonical_url_and_open_graph_tags()
    {
        foreach (var page in _site.HtmlFiles())
        {
            var doc = _site.Html(page);
            Assert.False(string.IsNullOrWhiteSpace(doc.Title), $"{page}: no title");
            Assert.False(string.IsNullOrWhiteSpace(Meta(doc, "name", "description")), $"{page}: no description");
            var canonical = doc.QuerySelector("link[rel=canonical]")?.GetAttribute("href");
            Assert.True(canonical?.StartsWith("https://example.org/test/", StringComparison.Ordinal), $"{page}: canonical {canonical}");
            foreach (var og in new[] { "og:title", "og:description", "og:url", "og:type", "og:site_name" })
                Assert.False(string.IsNullOrWhiteSpace(Meta(doc, "property", og)), $"{page}: no {og}");
            Assert.Equal("en", doc.DocumentElement.GetAttribute("lang"));
        }
    }

    [Fact]
    public void The_story_page_shows_the_breakdown_and_every_report()
    {
        var doc = _site.Html("stories/talks/index.html");
        Assert.Equal("The talks", doc.QuerySelector("h1")?.TextContent.Trim());
        var main = doc.QuerySelector("main")!.TextContent;
        Assert.Contains("How did your country report this?", main);
        Assert.Contains("Two delegations met.", main);
        Assert.Contains("The delegations met.", main); // agreement

        var table = doc.QuerySelector("main table")!;
        var columns = table.QuerySelectorAll("thead th").Select(th => th.TextContent.Trim()).ToArray();
        Assert.Contains("Alpha News", columns);
        Assert.Contains("Beta Post", columns);
        var row = table.QuerySelectorAll("tbody tr").Single();
        Assert.Equal("How long were the talks?", row.QuerySelector("th")!.TextContent.Trim());
        var cells = row.QuerySelectorAll("td").Select(td => td.TextContent.Trim()).ToArray();
        Assert.Contains(cells, c => c.Contains("An hour."));
        Assert.Contains(cells, c => c.Contains("Short."));

        var alpha = doc.GetElementById("report-alpha")!;
        Assert.Contains("Alpha reports the talks", alpha.TextContent);
        Assert.Contains("Alpha News", alpha.TextContent);
        Assert.Contains("Norway", alpha.TextContent);
        Assert.Contains("Alpha says it was long.", alpha.TextContent);
        Assert.Contains("The talks lasted an hour, officials said.", alpha.TextContent);
        Assert.Contains(alpha.QuerySelectorAll("a"), a => a.GetAttribute("href") == "https://www.alpha.example/2025/07/03/talks/");

        var beta = doc.GetElementById("report-beta")!;
        Assert.Contains("The talks were short, a spokesman said.", beta.TextContent);
        Assert.Contains("not recorded", beta.TextContent, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("A. Writer", beta.TextContent);

        var jsonLd = doc.QuerySelector("script[type='application/ld+json']")!.TextContent;
        using var ld = JsonDocument.Parse(jsonLd);
        Assert.Equal("NewsArticle", ld.RootElement.GetProperty("@type").GetString());
        Assert.Equal("The talks", ld.RootElement.GetProperty("headline").GetString());
        Assert.Equal("https://example.org/test/stories/talks/", ld.RootElement.GetProperty("url").GetString());
        Assert.Equal("2025-07-03T00:00:00+02:00", ld.RootElement.GetProperty("datePublished").GetString());
        Assert.Equal(["https://www.alpha.example/2025/07/03/talks/"], ld.RootElement.GetProperty("citation").EnumerateArray().Select(c => c.GetString()));
        Assert.Equal("article", Meta(doc, "property", "og:type"));
        Assert.Empty(doc.QuerySelectorAll("script:not([type='application/ld+json'])"));
    }

    [Fact]
    public void The_story_data_carries_the_breakdown_and_the_reports()
    {
        using var json = JsonDocument.Parse(_site.Text("stories/talks/index.json"));
        var root = json.RootElement;
        Assert.Equal("The talks", root.GetProperty("title").GetString());
        Assert.Equal("https://example.org/test/stories/talks/", root.GetProperty("url").GetString());
        var reports = root.GetProperty("reports").EnumerateArray().ToArray();
        Assert.Equal(["alpha-talks", "beta-talks"], reports.Select(r => r.GetProperty("article").GetString()));
        // Each outlet has one report: its id names the report in the comparison and on the page.
        Assert.Equal(["alpha", "beta"], reports.Select(r => r.GetProperty("key").GetString()));
        Assert.Equal("NO", reports[0].GetProperty("source").GetProperty("country").GetString());
        Assert.Equal(JsonValueKind.Null, reports[1].GetProperty("url").ValueKind);
        Assert.Equal("An hour.", root.GetProperty("divergences")[0].GetProperty("positions").GetProperty("alpha").GetString());
    }

    [Fact]
    public void Home_cards_show_headline_date_outlets_and_countries()
    {
        var main = _site.Html("index.html").QuerySelector("main")!;
        var card = main.QuerySelectorAll("a").First(a => a.GetAttribute("href") == "/test/stories/talks/").Closest("article, li, section")!;
        Assert.Contains("The talks", card.TextContent);
        Assert.Contains("3 July 2025", card.TextContent);
        Assert.Contains("Alpha News", card.TextContent);
        Assert.Contains("Beta Post", card.TextContent);
        Assert.Contains("Norway", card.TextContent);
        Assert.Contains("United States", card.TextContent);
    }

    [Fact]
    public void Sources_are_grouped_by_country_and_a_source_page_lists_its_articles_with_their_story()
    {
        var sources = _site.Html("sources/index.html").QuerySelector("main")!.TextContent;
        Assert.True(sources.IndexOf("Norway", StringComparison.Ordinal) < sources.IndexOf("Alpha News", StringComparison.Ordinal));
        Assert.True(sources.IndexOf("United States", StringComparison.Ordinal) < sources.IndexOf("Beta Post", StringComparison.Ordinal));

        var alpha = _site.Html("sources/alpha/index.html").QuerySelector("main")!;
        Assert.Contains("Alpha reports the talks", alpha.TextContent);
        Assert.Contains(alpha.QuerySelectorAll("a"), a => a.GetAttribute("href") == "/test/stories/talks/#report-alpha");
    }

    [Fact]
    public void Country_tag_and_free_pages_list_what_they_should()
    {
        Assert.Contains("The talks", _site.Html("countries/no/index.html").QuerySelector("main")!.TextContent);
        Assert.Contains("The talks", _site.Html("tags/diplomacy/index.html").QuerySelector("main")!.TextContent);
        var countries = _site.Html("countries/index.html").QuerySelector("main")!.TextContent;
        Assert.Contains("Norway", countries);
        Assert.Contains("United States", countries);
        var about = _site.Html("about/index.html");
        Assert.Equal("About us", about.QuerySelector("h1")?.TextContent.Trim());
        Assert.Contains("We compare reports.", about.QuerySelector("main")!.TextContent);
        Assert.Equal("Who we are.", Meta(about, "name", "description"));
    }

    private static string? Meta(AngleSharp.Html.Dom.IHtmlDocument doc, string attribute, string name) =>
        doc.QuerySelector($"meta[{attribute}='{name}']")?.GetAttribute("content");

    [Fact]
    public void An_outlet_with_two_reports_in_a_story_has_each_named_by_its_article()
    {
        using var project = new TestProject();
        project.Write("content/articles/alpha-later.md", "---\ntitle: Alpha again\npublished: 2025-07-04\nsource: alpha\n---\n\nThe talks went on, \"for a second day,\" officials said.\n");
        project.Write("content/breakdowns/2025-07-03-talks.yml", TestProject.Story.Replace(
            "  - article: beta-talks\n", "  - article: alpha-later\n    summary: Alpha's second report.\n  - article: beta-talks\n"));
        var site = project.Build();

        using var json = JsonDocument.Parse(site.Text("stories/talks/index.json"));
        Assert.Equal(["alpha-talks", "alpha-later", "beta"], json.RootElement.GetProperty("reports").EnumerateArray().Select(r => r.GetProperty("key").GetString()));
        Assert.Equal(["alpha-talks", "alpha-later", "beta"], json.RootElement.GetProperty("comparison").GetProperty("length").EnumerateObject().Select(p => p.Name));
        var page = site.Html("stories/talks/index.html");
        Assert.Equal(["report-alpha-talks", "report-alpha-later", "report-beta"], page.QuerySelectorAll("article.report").Select(a => a.Id));
    }
}
