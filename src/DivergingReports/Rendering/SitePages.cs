using System.Text;
using DivergingReports.Content;
using DivergingReports.Planning;
using DivergingReports.Rendering.Feeds;
using DivergingReports.Rendering.Templates;
using DivergingReports.Rendering.Views;

namespace DivergingReports.Rendering;

/// <summary>
/// Every file of the site, in a fixed order, each made only when written: the pages of DESIGN.md's
/// table, the feeds, the files GitHub Pages and search engines expect, and the theme's assets.
/// </summary>
public sealed class SitePages(SitePlan plan, ViewFactory views, ITemplateSet templates, Theme theme, PageKeys? keys = null)
{
    private static readonly UTF8Encoding Utf8 = new(false);

    public IEnumerable<SiteFile> All()
    {
        var site = plan.Site;
        foreach (var page in HomePages(_ => true)) yield return page;
        foreach (var story in plan.Stories)
            foreach (var file in StoryFiles(story))
                yield return file;

        yield return Keyed(HtmlPage(SiteUrls.Sources, "sources", "sources", () => new(views.Sources(), "Sources",
            "Every outlet whose reports are compared, by country.")), Everything);
        foreach (var source in plan.Publication.Sources)
            foreach (var file in SourceFiles(source))
                yield return file;

        yield return Keyed(HtmlPage(SiteUrls.Countries, "countries", "countries", () => new(views.Countries(), "Countries",
            "Stories by the country of the outlets that covered them.")), Everything);
        foreach (var (code, stories) in plan.StoriesByCountry)
            foreach (var file in CountryList(code, stories, _ => true))
                yield return file;

        yield return Keyed(HtmlPage(SiteUrls.Tags, "tags", "tags", () => new(views.Tags(), "Tags", "Stories by topic.")), Everything);
        foreach (var (tag, stories) in plan.StoriesByTag)
            foreach (var file in TagList(tag, stories, _ => true))
                yield return file;

        yield return BlindspotsPage();

        foreach (var page in plan.Publication.Pages)
            yield return Keyed(HtmlPage(SiteUrls.Page(page.Id), "page", "page", () => new(views.Page(page), page.Title, page.Description ?? "")),
                (k, path) => k.Content(path, page.At.Path));

        yield return NotFoundPage();
        foreach (var feed in LatestFeeds()) yield return feed;

        yield return Keyed(new SiteFile("sitemap.xml", () => Sitemap.Write(SitemapEntries())), Everything);
        yield return Keyed(new SiteFile("robots.txt", () => Robots.Write(views.Urls.Absolute("sitemap.xml"))), SiteWide);
        yield return Keyed(new SiteFile(".nojekyll", () => []), SiteWide);
        if (site.Cname is { } cname) yield return Keyed(new SiteFile("CNAME", () => Utf8.GetBytes(cname + "\n")), SiteWide);

        foreach (var asset in theme.Assets)
            yield return Keyed(new SiteFile(SiteUrls.Asset(asset.Name["assets/".Length..]), () => asset.Bytes), (k, path) => k.Asset(path, asset));
    }

    /// <summary>
    /// The files that show <paramref name="stories"/>, as <see cref="All"/> makes them: their pages and
    /// data, the page of each list they are on (home, countries, tags) and its feed, their outlets'
    /// pages and feeds, the latest feeds, and the blindspots and 404 pages when they are on them. After
    /// an edit that keeps the site's shape (<see cref="Planning.SiteShape"/>), no other file can change.
    /// </summary>
    public IEnumerable<SiteFile> Showing(IReadOnlyCollection<PlannedStory> stories)
    {
        if (stories.Count == 0) yield break;
        var on = stories.ToHashSet(ReferenceEqualityComparer.Instance);
        // The numbers of the pages of a list that hold any of the stories.
        Func<int, bool> PagesOf(IReadOnlyList<PlannedStory> list)
        {
            var pages = new HashSet<int>();
            for (var i = 0; i < list.Count; i++)
                if (on.Contains(list[i])) pages.Add(i / plan.Site.Paginate + 1);
            return pages.Contains;
        }

        foreach (var page in HomePages(PagesOf(plan.Stories))) yield return page;
        foreach (var story in stories)
            foreach (var file in StoryFiles(story))
                yield return file;
        foreach (var source in stories.SelectMany(s => s.Outlets).DistinctBy(s => s.Id).OrderBy(s => s.Id, StringComparer.Ordinal))
            foreach (var file in SourceFiles(source))
                yield return file;
        foreach (var code in stories.SelectMany(s => s.Countries).Distinct().Order(StringComparer.Ordinal))
            foreach (var file in CountryList(code, plan.StoriesByCountry[code], PagesOf(plan.StoriesByCountry[code])))
                yield return file;
        foreach (var tag in stories.SelectMany(s => s.Story.Tags).Distinct().Order(StringComparer.Ordinal))
            foreach (var file in TagList(tag, plan.StoriesByTag[tag], PagesOf(plan.StoriesByTag[tag])))
                yield return file;
        if (plan.Blindspots.Any(b => on.Contains(b.Story))) yield return BlindspotsPage();
        if (plan.Stories.Take(ViewFactory.NotFoundStories).Any(on.Contains)) yield return NotFoundPage();
        foreach (var feed in LatestFeeds()) yield return feed;
    }

    /// <summary>The home page and its page/N/ pages (those <paramref name="pages"/> picks).</summary>
    private IEnumerable<SiteFile> HomePages(Func<int, bool> pages) =>
        ListingPages(SiteUrls.Home, plan.Stories, "home", "home", views.Home,
            n => n == 1 ? plan.Site.Title : $"Page {n}", plan.Site.Description, Feed("Latest stories", "feed.xml"), pages);

    /// <summary>A story's page and its index.json.</summary>
    private IEnumerable<SiteFile> StoryFiles(PlannedStory story)
    {
        var relative = SiteUrls.Story(story.Slug);
        yield return Keyed(HtmlPage(relative, "story", "story", () => new(views.Story(story), story.Story.Title, views.Card(story).Excerpt,
            StoryData.JsonLd(story, views)), ogType: "article"), (k, path) => k.Story(path, story));
        yield return Keyed(new SiteFile(SiteUrls.StoryData(story.Slug), output => StoryData.Json(story, views, output)),
            (k, path) => k.Story(path, story));
    }

    /// <summary>An outlet's page (its articles, newest first) and its feed (the stories they feed, newest first, as every other feed).</summary>
    private IEnumerable<SiteFile> SourceFiles(Model.Source source)
    {
        var site = plan.Site;
        var relative = SiteUrls.Source(source.Id);
        var reports = plan.ReportsBySource.GetValueOrDefault(source.Id) ?? [];
        yield return Keyed(HtmlPage(relative, "source", "source", () => new(views.Source(source), source.Name,
            $"Reports by {source.Name} compared on {site.Title}."), Feed(source.Name, SiteUrls.Feed(relative))),
            (k, path) => k.Source(path, source, reports.Select(x => x.Story)));
        var stories = reports.Select(x => x.Story).DistinctBy(s => s.Slug)
            .OrderByDescending(s => s.Story.Date.Instant).ThenBy(s => s.Slug, StringComparer.Ordinal).ToArray();
        yield return Keyed(new SiteFile(SiteUrls.Feed(relative), () => RssFeed.Write(
            SiteFeeds.Channel(views, $"{source.Name} — {site.Title}", $"Stories with a report by {source.Name}.", relative, SiteUrls.Feed(relative), stories))),
            (k, path) => k.Source(path, source, stories.Take(site.FeedItems)));
    }

    private IEnumerable<SiteFile> CountryList(string code, IReadOnlyList<PlannedStory> stories, Func<int, bool> pages)
    {
        var name = ViewFactory.CountryName(code);
        return StoryList(SiteUrls.Country(code), stories, "country", name, $"Stories covered by outlets from {name}.", n => views.Country(code, n), pages);
    }

    private IEnumerable<SiteFile> TagList(string tag, IReadOnlyList<PlannedStory> stories, Func<int, bool> pages) =>
        StoryList(SiteUrls.Tag(tag), stories, "tag", tag, $"Stories tagged {tag}.", n => views.Tag(tag, n), pages);

    // Its key follows the stories it shows: a blindspot's reason comes from its outlets (in the story's
    // key) and the spectrum (site.yml, in every key).
    private SiteFile BlindspotsPage() =>
        Keyed(HtmlPage(SiteUrls.Blindspots, "blindspots", "blindspots", () => new(views.Blindspots(), "Blindspots",
            "Stories whose reports all come from one country or one side of the spectrum.")), (k, path) => k.Listing(path, plan.Blindspots.Select(b => b.Story)));

    private SiteFile NotFoundPage() =>
        Keyed(HtmlPage("404.html", "not-found", "404", () => new(views.NotFound(), "Page not found",
            "There is no page at this address."), path: "404.html"), (k, path) => k.Listing(path, plan.Stories.Take(ViewFactory.NotFoundStories)));

    /// <summary>The latest stories as RSS, Atom and JSON Feed.</summary>
    private IEnumerable<SiteFile> LatestFeeds()
    {
        var site = plan.Site;
        var latest = new Lazy<FeedChannel>(() => SiteFeeds.Channel(views, site.Title, site.Description, SiteUrls.Home, "feed.xml", plan.Stories));
        UInt128 Latest(PageKeys k, string path) => k.Listing(path, plan.Stories.Take(site.FeedItems));
        yield return Keyed(new SiteFile("feed.xml", () => RssFeed.Write(latest.Value)), Latest);
        yield return Keyed(new SiteFile("atom.xml", () => AtomFeed.Write(latest.Value with { SelfUrl = views.Urls.Absolute("atom.xml") })), Latest);
        yield return Keyed(new SiteFile("feed.json", () => JsonFeed.Write(latest.Value with { SelfUrl = views.Urls.Absolute("feed.json") })), Latest);
    }

    private LinkView Feed(string title, string relative) => new(title, views.Urls.Path(relative));

    /// <summary>A country's or a tag's stories: the pages of the list, and its RSS feed of the latest.</summary>
    private IEnumerable<SiteFile> StoryList(string relative, IReadOnlyList<PlannedStory> stories, string kind, string name, string description,
        Func<int, object> view, Func<int, bool> pages)
    {
        var feed = SiteUrls.Feed(relative);
        foreach (var page in ListingPages(relative, stories, kind, "listing", view, n => n == 1 ? name : $"{name}, page {n}", description, Feed(name, feed), pages))
            yield return page;
        yield return Keyed(new SiteFile(feed, () => RssFeed.Write(SiteFeeds.Channel(views, $"{name} — {plan.Site.Title}", description, relative, feed, stories))),
            (k, path) => k.Listing(path, stories.Take(plan.Site.FeedItems)));
    }

    /// <summary>
    /// The pages of a list of stories (the home page, a country, a tag), site.yml's paginate to a page:
    /// the listing's own address, then page/N/; those <paramref name="pages"/> picks by number.
    /// </summary>
    private IEnumerable<SiteFile> ListingPages(string listing, IReadOnlyList<PlannedStory> stories, string kind, string template,
        Func<int, object> view, Func<int, string> title, string description, LinkView feed, Func<int, bool> pages)
    {
        var size = plan.Site.Paginate;
        var pageCount = SiteUrls.PageCount(stories.Count, size);
        for (var page = 1; page <= pageCount; page++)
        {
            if (!pages(page)) continue;
            var n = page;
            yield return Keyed(HtmlPage(SiteUrls.Paged(listing, n), kind, template, () => new(view(n), title(n), description), feed),
                (k, path) => k.Listing(path, stories.Skip((n - 1) * size).Take(size), $"{n}/{pageCount}"));
        }
    }

    /// <summary>The file with its key, when keys are kept; a page's key covers the templates it is made with.</summary>
    private SiteFile Keyed(SiteFile file, Func<PageKeys, string, UInt128> key) =>
        keys is null ? file : file with { KeyOf = () => file.Template is { } template ? keys.Page(key(keys, file.Path), template) : key(keys, file.Path) };

    private static UInt128 Everything(PageKeys keys, string path) => keys.Everything(path);

    private static UInt128 SiteWide(PageKeys keys, string path) => keys.SiteWide(path);

    /// <summary>What a page shows, made only when the page is: the template's view, the page's title and description, its JSON-LD.</summary>
    private sealed record PageContent(object View, string Title, string Description, string? JsonLd = null);

    /// <summary>
    /// A page made with the theme's template <paramref name="template"/> inside the layout, at <paramref name="relative"/>
    /// (its index.html, or <paramref name="path"/>); <paramref name="kind"/> is the layout's name for it.
    /// </summary>
    private SiteFile HtmlPage(string relative, string kind, string template, Func<PageContent> content, LinkView? feed = null,
        string ogType = "website", string? path = null) =>
        new(path ?? relative + "index.html", output => Page(output, kind, template, content(), relative, feed, ogType)) { Template = template };

    // Stands in the layout for the page's content, which is spliced in as it is written rather than
    // copied into one more large string. Unguessable, so no text of the site can imitate it.
    private static readonly string ContentMark = $"\0{Guid.NewGuid():N}\0";

    private void Page(FileBytes output, string kind, string template, PageContent page, string relative, LinkView? feed, string ogType)
    {
        using var content = new PageText();
        templates.Render(template, page.View, content);
        using var frame = new PageText();
        templates.Render("base", views.Layout(kind, page.Title, page.Description, relative, ContentMark, feed, page.JsonLd, ogType), frame);
        var rest = frame.Chars;
        for (var at = rest.IndexOf(ContentMark); at >= 0; at = rest.IndexOf(ContentMark))
        {
            output.WriteText(rest[..at]);
            output.WriteText(content.Chars);
            rest = rest[(at + ContentMark.Length)..];
        }
        output.WriteText(rest);
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

}
