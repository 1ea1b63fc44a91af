using DivergingReports.Planning;
using DivergingReports.Rendering.Feeds;

namespace DivergingReports.Rendering.Pages;

/// <summary>/feed.xml, /atom.xml and /feed.json: the latest stories as RSS, Atom and JSON Feed.</summary>
public sealed class LatestFeeds : PageKind
{
    protected override IEnumerable<SiteFile> Files(PageMaker site, ShownStories? changed)
    {
        var plan = site.Plan;
        var views = site.Views;
        var shown = SiteFeeds.Shown(plan.Stories, plan.Site.FeedItems).ToArray();
        if (changed is not null && !changed.AnyOf(shown)) yield break;
        var latest = new Lazy<FeedChannel>(() => SiteFeeds.Channel(views, plan.Site.Title, plan.Site.Description, SiteUrls.Home, "feed.xml", plan.Stories));
        UInt128 Latest(PageKeys k, string path) => k.Listing(path, shown);
        yield return site.Keyed(new SiteFile("feed.xml", () => RssFeed.Write(latest.Value)), Latest);
        yield return site.Keyed(new SiteFile("atom.xml", () => AtomFeed.Write(latest.Value with { SelfUrl = views.Urls.Absolute("atom.xml") })), Latest);
        yield return site.Keyed(new SiteFile("feed.json", () => JsonFeed.Write(latest.Value with { SelfUrl = views.Urls.Absolute("feed.json") })), Latest);
    }
}
