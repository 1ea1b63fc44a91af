using System.Text.Json;
using System.Xml.Linq;
using AngleSharp.Html.Parser;
using DivergingReports.Tests.Support;

namespace DivergingReports.Tests.Building;

/// <summary>
/// A story marked draft: true. A build says it left the draft out; a build with --drafts shows it,
/// marked as a draft on its page and in every list, and never offers it to a feed reader or a
/// search engine.
/// </summary>
public class DraftTests
{
    private static readonly HtmlParser Parser = new();
    private static readonly SyntheticPublication.StoryInfo Draft = SyntheticPublication.Stories.Single(s => s.Draft);

    [Fact]
    public void A_build_says_how_many_drafts_it_left_out_and_says_it_again_when_nothing_changed()
    {
        using var project = SyntheticPublication.Create();
        foreach (var attempt in new[] { "first", "nothing changed" })
        {
            var run = project.Run("build");
            Assert.True(run.ExitCode == 0, run.Out + run.Error);
            var summary = Assert.Single(run.Lines, l => l.StartsWith("build:", StringComparison.Ordinal));
            Assert.Contains($"{SyntheticPublication.Published.Count} stories (1 draft left out: --drafts includes it)", summary);
        }
        Assert.False(Directory.Exists(project.PathOf($"_site/stories/{Draft.Slug}")), "the draft was published");

        var withDrafts = project.Run("build", "--drafts", "--output", "preview");
        Assert.DoesNotContain("left out", withDrafts.Out);
    }

    [Fact]
    public void With_drafts_the_draft_is_marked_on_its_page_and_in_the_lists_and_reaches_no_feed_or_sitemap()
    {
        using var project = SyntheticPublication.Create();
        var site = project.Build("--drafts");
        var storyUrl = new Uri(site.BaseUrl, $"stories/{Draft.Slug}/").AbsoluteUri;

        var page = Parser.ParseDocument(File.ReadAllText(Path.Combine(site.Folder, "stories", Draft.Slug, "index.html")));
        Assert.Contains("Draft", page.QuerySelector(".draft-banner")?.TextContent ?? "");
        var published = SyntheticPublication.Published[0];
        var other = Parser.ParseDocument(File.ReadAllText(Path.Combine(site.Folder, "stories", published.Slug, "index.html")));
        Assert.Null(other.QuerySelector(".draft-banner"));

        // On the home page (the draft is the newest story), its card and only its card says so.
        var home = Parser.ParseDocument(File.ReadAllText(Path.Combine(site.Folder, "index.html")));
        var marked = home.QuerySelectorAll(".card").Where(c => c.QuerySelector(".draft-mark") is not null).ToArray();
        var card = Assert.Single(marked);
        Assert.Equal(Draft.Title, card.QuerySelector(".card__title")!.TextContent.Trim());

        // On its tag's page, whose entries are shorter than cards, too.
        var tag = Parser.ParseDocument(File.ReadAllText(Path.Combine(site.Folder, "tags", Draft.Tags[0], "index.html")));
        var entry = Assert.Single(tag.QuerySelectorAll(".card-list > li"), li => li.QuerySelector(".draft-mark") is not null);
        Assert.Equal(Draft.Title, entry.QuerySelector("h2")!.TextContent.Trim());

        // Every feed and the sitemap leave it out, and still carry the published stories.
        foreach (var feed in new[] { "feed.xml", "atom.xml", $"sources/{Draft.Sources[0]}/feed.xml", $"tags/{Draft.Tags[0]}/feed.xml" })
        {
            var links = XDocument.Load(Path.Combine(site.Folder, feed)).Descendants()
                .Where(e => e.Name.LocalName is "link" or "guid" or "id")
                .Select(e => e.Attribute("href")?.Value ?? e.Value).ToArray();
            Assert.DoesNotContain(storyUrl, links);
            Assert.Contains(links, l => l.Contains("/stories/", StringComparison.Ordinal));
        }
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(site.Folder, "feed.json")));
        var items = json.RootElement.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("url").GetString()).ToArray();
        Assert.DoesNotContain(storyUrl, items);
        Assert.Equal(new Uri(site.BaseUrl, $"stories/{published.Slug}/").AbsoluteUri, items[0]);
        var sitemap = XDocument.Load(Path.Combine(site.Folder, "sitemap.xml")).Descendants().Where(e => e.Name.LocalName == "loc").Select(e => e.Value).ToArray();
        Assert.DoesNotContain(storyUrl, sitemap);
        Assert.Contains(new Uri(site.BaseUrl, $"stories/{published.Slug}/").AbsoluteUri, sitemap);
    }
}
