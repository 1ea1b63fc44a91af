using System.Text;
using DivergingReports.Content;
using DivergingReports.Planning;
using DivergingReports.Rendering.Feeds;
using DivergingReports.Rendering.Templates;
using DivergingReports.Rendering.Views;

namespace DivergingReports.Rendering;

/// <summary>
/// Every file of the site, in a fixed order, each made only when written: the pages of DESIGN.md's
/// table, the feeds, the files GitHub Pages and search engines expect, and templates/assets/.
/// </summary>
public sealed class SitePages(SitePlan plan, ViewFactory views, ITemplateSet templates, ProjectPaths paths)
{
    private static readonly UTF8Encoding Utf8 = new(false);

    public IEnumerable<SiteFile> All()
    {
        var site = plan.Site;
        var pageCount = Math.Max(1, (plan.Stories.Count + site.Paginate - 1) / site.Paginate);
        for (var page = 1; page <= pageCount; page++)
        {
            var n = page;
            var relative = SiteUrls.HomePage(n);
            yield return Html(relative, () => Page("home", "home", views.Home(n, pageCount),
                n == 1 ? site.Title : $"Page {n}", site.Description, relative, Feed("Latest stories", "feed.xml")));
        }

        foreach (var story in plan.Stories)
        {
            var relative = SiteUrls.Story(story.Slug);
            yield return Html(relative, () => Page("story", "story", views.Story(story), story.Story.Title,
                views.Card(story).Excerpt, relative, jsonLd: StoryData.JsonLd(story, views), ogType: "article")) with { Story = story.Story.Id };
            yield return new SiteFile(SiteUrls.StoryData(story.Slug), () => StoryData.Json(story, views), story.Story.Id);
        }

        yield return Html(SiteUrls.Sources, () => Page("sources", "sources", views.Sources(), "Sources",
            "Every outlet whose reports are compared, by country.", SiteUrls.Sources));
        foreach (var source in plan.Publication.Sources)
        {
            var relative = SiteUrls.Source(source.Id);
            var feed = Feed(source.Name, SiteUrls.Feed(relative));
            yield return Html(relative, () => Page("source", "source", views.Source(source), source.Name,
                $"Reports by {source.Name} compared on {site.Title}.", relative, feed));
            // The feed follows stories, newest first, as every other feed does (the page follows articles).
            var stories = (plan.ReportsBySource.GetValueOrDefault(source.Id) ?? []).Select(x => x.Story).DistinctBy(s => s.Slug)
                .OrderByDescending(s => s.Story.Date.Instant).ThenBy(s => s.Slug, StringComparer.Ordinal);
            yield return new SiteFile(SiteUrls.Feed(relative), () => RssFeed.Write(
                SiteFeeds.Channel(views, $"{source.Name} — {site.Title}", $"Stories with a report by {source.Name}.", relative, SiteUrls.Feed(relative), stories)));
        }

        yield return Html(SiteUrls.Countries, () => Page("countries", "countries", views.Countries(), "Countries",
            "Stories by the country of the outlets that covered them.", SiteUrls.Countries));
        foreach (var (code, stories) in plan.StoriesByCountry)
        {
            var relative = SiteUrls.Country(code);
            var name = ViewFactory.CountryName(code);
            yield return Html(relative, () => Page("country", "listing", views.Country(code), name,
                $"Stories covered by outlets from {name}.", relative, Feed(name, SiteUrls.Feed(relative))));
            yield return new SiteFile(SiteUrls.Feed(relative), () => RssFeed.Write(
                SiteFeeds.Channel(views, $"{name} — {site.Title}", $"Stories covered by outlets from {name}.", relative, SiteUrls.Feed(relative), stories)));
        }

        yield return Html(SiteUrls.Tags, () => Page("tags", "tags", views.Tags(), "Tags", "Stories by topic.", SiteUrls.Tags));
        foreach (var (tag, stories) in plan.StoriesByTag)
        {
            var relative = SiteUrls.Tag(tag);
            yield return Html(relative, () => Page("tag", "listing", views.Tag(tag), tag,
                $"Stories tagged {tag}.", relative, Feed(tag, SiteUrls.Feed(relative))));
            yield return new SiteFile(SiteUrls.Feed(relative), () => RssFeed.Write(
                SiteFeeds.Channel(views, $"{tag} — {site.Title}", $"Stories tagged {tag}.", relative, SiteUrls.Feed(relative), stories)));
        }

        yield return Html(SiteUrls.Blindspots, () => Page("blindspots", "blindspots", views.Blindspots(), "Blindspots",
            "Stories whose reports all come from one country or one side of the spectrum.", SiteUrls.Blindspots));

        foreach (var page in plan.Publication.Pages)
        {
            var relative = SiteUrls.Page(page.Id);
            yield return Html(relative, () => Page("page", "page", views.Page(page), page.Title, page.Description ?? "", relative));
        }

        yield return new SiteFile("404.html", () => Page("not-found", "404", views.NotFound(), "Page not found",
            "There is no page at this address.", "404.html"));

        var latest = SiteFeeds.Channel(views, site.Title, site.Description, SiteUrls.Home, "feed.xml", plan.Stories);
        yield return new SiteFile("feed.xml", () => RssFeed.Write(latest));
        yield return new SiteFile("atom.xml", () => AtomFeed.Write(latest with { SelfUrl = views.Urls.Absolute("atom.xml") }));
        yield return new SiteFile("feed.json", () => JsonFeed.Write(latest with { SelfUrl = views.Urls.Absolute("feed.json") }));

        yield return new SiteFile("sitemap.xml", () => Sitemap.Write(SitemapEntries()));
        yield return new SiteFile("robots.txt", () => Robots.Write(views.Urls.Absolute("sitemap.xml")));
        yield return new SiteFile(".nojekyll", () => []);
        if (site.Cname is { } cname) yield return new SiteFile("CNAME", () => Utf8.GetBytes(cname + "\n"));

        foreach (var asset in Assets()) yield return asset;
    }

    private LinkView Feed(string title, string relative) => new(title, views.Urls.Path(relative));

    private static SiteFile Html(string relative, Func<byte[]> content) => new(relative + "index.html", content);

    private byte[] Page(string kind, string template, object view, string title, string description, string relative,
        LinkView? feed = null, string? jsonLd = null, string ogType = "website")
    {
        var content = templates.Render(template, view);
        var layout = views.Layout(kind, title, description, relative, content, feed, jsonLd, ogType);
        return Utf8.GetBytes(templates.Render("base", layout));
    }

    private IEnumerable<SitemapEntry> SitemapEntries()
    {
        var zone = plan.Site.TimeZone;
        var newest = plan.Stories.Count > 0 ? Dates.InZone(plan.Stories.Max(s => s.LastChange), zone) : (DateTimeOffset?)null;
        yield return new SitemapEntry(views.Urls.Absolute(SiteUrls.Home), newest);
        foreach (var story in plan.Stories)
            yield return new SitemapEntry(views.Urls.Absolute(SiteUrls.Story(story.Slug)), Dates.InZone(story.LastChange, zone));
        foreach (var listing in new[] { SiteUrls.Sources, SiteUrls.Countries, SiteUrls.Tags, SiteUrls.Blindspots })
            yield return new SitemapEntry(views.Urls.Absolute(listing), null);
        foreach (var source in plan.Publication.Sources)
            yield return new SitemapEntry(views.Urls.Absolute(SiteUrls.Source(source.Id)), null);
        foreach (var code in plan.StoriesByCountry.Keys)
            yield return new SitemapEntry(views.Urls.Absolute(SiteUrls.Country(code)), null);
        foreach (var tag in plan.StoriesByTag.Keys)
            yield return new SitemapEntry(views.Urls.Absolute(SiteUrls.Tag(tag)), null);
        foreach (var page in plan.Publication.Pages)
            yield return new SitemapEntry(views.Urls.Absolute(SiteUrls.Page(page.Id)), null);
    }

    /// <summary>templates/assets/ as is, under assets/.</summary>
    private IEnumerable<SiteFile> Assets()
    {
        var folder = Path.Combine(paths.Templates, "assets");
        if (!Directory.Exists(folder)) yield break;
        foreach (var file in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).OrderBy(f => f, StringComparer.Ordinal))
        {
            var relative = Path.GetRelativePath(folder, file).Replace('\\', '/');
            if (relative.Split('/').Any(part => part.StartsWith('.'))) continue;
            yield return new SiteFile(SiteUrls.Asset(relative), () => File.ReadAllBytes(file));
        }
    }
}
