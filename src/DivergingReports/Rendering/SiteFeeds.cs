using DivergingReports.Planning;
using DivergingReports.Rendering.Feeds;

namespace DivergingReports.Rendering;

/// <summary>The feeds' channels: the latest stories of the whole site, or of one source, country or tag.</summary>
public static class SiteFeeds
{
    public static FeedChannel Channel(ViewFactory views, string title, string description, string listing, string self, IEnumerable<PlannedStory> stories)
    {
        var site = views.Plan.Site;
        var items = Shown(stories, site.FeedItems).Select(s => Item(views, s)).ToArray();
        return new FeedChannel(title, description, views.Urls.Absolute(listing), views.Urls.Absolute(self), site.Language, items);
    }

    /// <summary>
    /// The stories a feed carries, and so what its key is made of: the latest <paramref name="items"/>
    /// published ones. A draft, which a --drafts build shows for preview, never reaches a feed reader.
    /// </summary>
    public static IEnumerable<PlannedStory> Shown(IEnumerable<PlannedStory> stories, int items) => stories.Where(s => !s.Story.Draft).Take(items);

    private static FeedItem Item(ViewFactory views, PlannedStory planned)
    {
        var zone = views.Plan.Site.TimeZone;
        var card = views.Card(planned);
        var url = views.Urls.Absolute(SiteUrls.Story(planned.Slug));
        var outlets = string.Join(", ", planned.Outlets.Select(o => o.Name));
        // The feed carries the editor's account and who covered it; the comparison itself is on the page.
        var content = views.SummaryHtml(planned)
            + $"<p>{System.Net.WebUtility.HtmlEncode($"Reports compared: {outlets}.")}</p>";
        return new FeedItem(planned.Story.Title, url, url,
            Dates.InZone(planned.Story.Date, zone), Dates.InZone(planned.LastChange, zone),
            card.Excerpt, content, planned.Story.Tags, null);
    }
}
