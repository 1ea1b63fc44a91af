using DivergingReports.Planning;
using DivergingReports.Rendering.Templates;
using DivergingReports.Rendering.Views;

namespace DivergingReports.Rendering.Pages;

/// <summary>
/// What every kind of page is made with: the plan, the views, the story analysis, the theme's
/// templates and, when a build keeps them, the page keys. A page is declared once, with its
/// template, the content its view shows and the key of the inputs it shows, and made only when written.
/// </summary>
public sealed class PageMaker(SitePlan plan, ViewFactory views, StoryAnalysis analysis, ITemplateSet templates, Theme theme, PageKeys? keys = null)
{
    public SitePlan Plan => plan;
    public ViewFactory Views => views;
    public StoryAnalysis Analysis => analysis;
    public Theme Theme => theme;

    /// <summary>What a page shows, made only when the page is: the template's view, the page's title and description, its JSON-LD.</summary>
    public sealed record PageContent(object View, string Title, string Description, string? JsonLd = null);

    /// <summary>
    /// A page made with the theme's template <paramref name="template"/> inside the layout, at
    /// <paramref name="relative"/> (its index.html, or <paramref name="path"/>); <paramref name="kind"/>
    /// is the layout's name for it; <paramref name="key"/> is the key of the inputs it shows.
    /// </summary>
    public SiteFile HtmlPage(string relative, string kind, string template, Func<PageContent> content, Func<PageKeys, string, UInt128> key,
        LinkView? feed = null, string ogType = "website", string? path = null) =>
        Keyed(new SiteFile(path ?? relative + "index.html", output => Page(output, kind, template, content(), relative, feed, ogType)) { Template = template }, key);

    /// <summary>The file with its key, when keys are kept; a page's key covers the theme files it is made with.</summary>
    public SiteFile Keyed(SiteFile file, Func<PageKeys, string, UInt128> key) =>
        keys is null ? file : file with { KeyOf = () => file.Template is { } template ? keys.Page(key(keys, file.Path), template) : key(keys, file.Path) };

    /// <summary>
    /// The pages of a list of stories (the home page, a country, a tag), <paramref name="size"/> to a
    /// page: the listing's own address, then page/N/; those <paramref name="pages"/> picks by number.
    /// </summary>
    public IEnumerable<SiteFile> ListingPages(string listing, IReadOnlyList<PlannedStory> stories, int size, string kind, string template,
        Func<int, object> view, Func<int, string> title, string description, LinkView feed, Func<int, bool> pages)
    {
        var pageCount = SiteUrls.PageCount(stories.Count, size);
        for (var page = 1; page <= pageCount; page++)
        {
            if (!pages(page)) continue;
            var n = page;
            yield return HtmlPage(SiteUrls.Paged(listing, n), kind, template, () => new(view(n), title(n), description),
                (k, path) => k.Listing(path, stories.Skip((n - 1) * size).Take(size), $"{n}/{pageCount}"), feed);
        }
    }

    /// <summary>
    /// A country's or a tag's stories: the pages of the list (those <paramref name="pages"/> picks)
    /// and its RSS feed of the latest.
    /// </summary>
    public IEnumerable<SiteFile> StoryList(string relative, IReadOnlyList<PlannedStory> stories, string kind, string name, string description,
        Func<int, object> view, Func<int, bool> pages)
    {
        var feed = SiteUrls.Feed(relative);
        foreach (var page in ListingPages(relative, stories, plan.Site.PaginateEntries, kind, "listing", view, n => n == 1 ? name : $"{name}, page {n}", description, Feed(name, feed), pages))
            yield return page;
        yield return Keyed(new SiteFile(feed, () => Feeds.RssFeed.Write(SiteFeeds.Channel(views, $"{name} — {plan.Site.Title}", description, relative, feed, stories))),
            (k, path) => k.Listing(path, SiteFeeds.Shown(stories, plan.Site.FeedItems)));
    }

    /// <summary>A link to a listing's own RSS feed, for the layout's &lt;head&gt;.</summary>
    public LinkView Feed(string title, string relative) => new(title, views.Urls.Path(relative));

    // Stands in the layout for the page's content, which is spliced in as it is written rather than
    // copied into one more large string. Unguessable, so no text of the site can imitate it.
    private static readonly string ContentMark = $"\0{Guid.NewGuid():N}\0";

    private void Page(FileBytes output, string kind, string template, PageContent page, string relative, LinkView? feed, string ogType)
    {
        using var content = new PageText();
        templates.Render(template, page.View, content, views.Site);
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
}
