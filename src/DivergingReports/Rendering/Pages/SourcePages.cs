using DivergingReports.Planning;
using DivergingReports.Rendering.Feeds;

namespace DivergingReports.Rendering.Pages;

/// <summary>/sources/: every outlet; /sources/&lt;id&gt;/: one outlet's articles, newest first, and its feed.</summary>
public sealed class SourcePages : PageKind
{
    protected override IEnumerable<SiteFile> Files(PageMaker site, ShownStories? changed)
    {
        var plan = site.Plan;
        // The index counts each outlet's reports: no edit that keeps the site's shape changes it.
        if (changed is null)
            yield return site.HtmlPage(SiteUrls.Sources, "sources", "sources", () => new(site.Views.Sources(), "Sources",
                "Every outlet whose reports are compared, by country."), (k, path) => k.Everything(path));
        IEnumerable<Model.Source> sources = changed is null ? plan.Publication.Sources
            : changed.All.SelectMany(s => s.Outlets).DistinctBy(s => s.Id).OrderBy(s => s.Id, StringComparer.Ordinal);
        foreach (var source in sources)
            foreach (var file in Outlet(site, source))
                yield return file;
    }

    /// <summary>An outlet's page (its articles, newest first) and its feed (the stories they feed, newest first, as every other feed).</summary>
    private static IEnumerable<SiteFile> Outlet(PageMaker site, Model.Source source)
    {
        var plan = site.Plan;
        var relative = SiteUrls.Source(source.Id);
        var reports = plan.ReportsBySource.GetValueOrDefault(source.Id) ?? [];
        yield return site.HtmlPage(relative, "source", "source", () => new(site.Views.Source(source), source.Name,
            $"Reports by {source.Name} compared on {plan.Site.Title}."), (k, path) => k.Source(path, source, reports.Select(x => x.Story)),
            site.Feed(source.Name, SiteUrls.Feed(relative)));
        var stories = reports.Select(x => x.Story).DistinctBy(s => s.Slug)
            .OrderByDescending(s => s.Story.Date.Instant).ThenBy(s => s.Slug, StringComparer.Ordinal).ToArray();
        yield return site.Keyed(new SiteFile(SiteUrls.Feed(relative), () => RssFeed.Write(
            SiteFeeds.Channel(site.Views, $"{source.Name} — {plan.Site.Title}", $"Stories with a report by {source.Name}.", relative, SiteUrls.Feed(relative), stories))),
            (k, path) => k.Source(path, source, SiteFeeds.Shown(stories, plan.Site.FeedItems)));
    }
}
