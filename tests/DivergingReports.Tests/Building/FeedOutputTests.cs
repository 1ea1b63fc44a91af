using System.Text.Json;
using System.Xml.Linq;
using DivergingReports.Tests.Support;

namespace DivergingReports.Tests.Building;

/// <summary>The built feeds carry the stories with absolute URLs and dates in the site's time zone.</summary>
public class FeedOutputTests
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    [Fact]
    public void A_feed_reader_given_any_page_finds_the_sites_feed_and_the_home_page_names_every_format()
    {
        var site = ReadOnlySite.SyntheticPublication.Site;
        // What a reader's feed reader finds in a page's head: each alternate feed, by type and address, resolved as it would.
        static (string Type, string Path)[] Announced(BuiltSite site, string page) => site.Html(page).QuerySelectorAll("head link[rel=alternate]")
            .Select(l => (l.GetAttribute("type")!, new Uri(new Uri(SyntheticPublication.BaseUrl), l.GetAttribute("href")!).AbsolutePath)).ToArray();
        var root = new Uri(SyntheticPublication.BaseUrl).AbsolutePath;

        Assert.Equal([("application/rss+xml", root + "feed.xml"), ("application/atom+xml", root + "atom.xml"), ("application/feed+json", root + "feed.json")],
            Announced(site, "index.html"));
        var story = site.Files("index.html").First(f => f.StartsWith("stories/", StringComparison.Ordinal));
        Assert.Equal([("application/rss+xml", root + "feed.xml")], Announced(site, story));
        // A country's page also announces its own feed, which is there.
        var country = site.Files("index.html").First(f => f.StartsWith("countries/", StringComparison.Ordinal) && f != "countries/index.html");
        var announced = Announced(site, country);
        Assert.Equal([("application/rss+xml", root + "feed.xml"), ("application/rss+xml", root + country.Replace("index.html", "feed.xml"))], announced);
        Assert.All(announced, a => Assert.True(site.Exists(a.Path[root.Length..]), $"{a.Path} is announced but not built"));
    }

    [Fact]
    public void Rss_atom_and_json_feed_carry_every_story_with_absolute_links()
    {
        using var project = new TestProject();
        project.Write("content/breakdowns/2025-07-05-later.yml", TestProject.Story.Replace("title: The talks", "title: Later talks").Replace("date: 2025-07-03", "date: 2025-07-05"));
        var site = project.Build();

        var rss = XDocument.Parse(site.Text("feed.xml"));
        var items = rss.Root!.Element("channel")!.Elements("item").ToArray();
        Assert.Equal(["Later talks", "The talks"], items.Select(i => i.Element("title")!.Value));
        Assert.Equal("https://example.org/test/stories/later/", items[0].Element("link")!.Value);
        // 2025-07-05 in Europe/Oslo is midnight at +02:00.
        Assert.Equal("Sat, 05 Jul 2025 00:00:00 +0200", items[0].Element("pubDate")!.Value);
        Assert.Contains("Two delegations met.", items[0].Element("description")!.Value);

        var atom = XDocument.Parse(site.Text("atom.xml"));
        var entries = atom.Root!.Elements(Atom + "entry").ToArray();
        Assert.Equal(2, entries.Length);
        Assert.Equal("https://example.org/test/stories/later/", entries[0].Element(Atom + "link")!.Attribute("href")!.Value);
        Assert.Equal("2025-07-05T00:00:00+02:00", entries[0].Element(Atom + "published")!.Value);

        using var json = JsonDocument.Parse(site.Text("feed.json"));
        Assert.Equal("https://jsonfeed.org/version/1.1", json.RootElement.GetProperty("version").GetString());
        Assert.Equal("https://example.org/test/feed.json", json.RootElement.GetProperty("feed_url").GetString());
        var jsonItems = json.RootElement.GetProperty("items").EnumerateArray().ToArray();
        Assert.Equal(2, jsonItems.Length);
        Assert.All(jsonItems, i => Assert.StartsWith("https://example.org/test/stories/", i.GetProperty("url").GetString()));
    }

    [Fact]
    public void Each_source_country_and_tag_has_its_own_feed_of_its_stories()
    {
        using var project = new TestProject();
        project.Write("content/articles/beta-later.md", TestProject.BetaArticle.Replace("Beta reports the talks", "Beta only"));
        project.Write("content/breakdowns/2025-07-05-beta-only.yml",
            "title: Beta only\ndate: 2025-07-05\ntags: [solo]\nsummary: Only Beta.\nreports:\n  - article: beta-later\n");
        var site = project.Build();

        string[] Titles(string feed) => XDocument.Parse(site.Text(feed)).Root!.Element("channel")!.Elements("item").Select(i => i.Element("title")!.Value).ToArray();
        Assert.Equal(["The talks"], Titles("sources/alpha/feed.xml"));
        Assert.Equal(["Beta only", "The talks"], Titles("sources/beta/feed.xml"));
        Assert.Equal(["The talks"], Titles("countries/no/feed.xml"));
        Assert.Equal(["Beta only"], Titles("tags/solo/feed.xml"));
        var self = XDocument.Parse(site.Text("tags/solo/feed.xml")).Root!.Element("channel")!.Element(Atom + "link")!.Attribute("href")!.Value;
        Assert.Equal("https://example.org/test/tags/solo/feed.xml", self);
    }
}
