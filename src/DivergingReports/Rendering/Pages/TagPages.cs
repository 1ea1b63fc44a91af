using DivergingReports.Planning;

namespace DivergingReports.Rendering.Pages;

/// <summary>/tags/: every tag; /tags/&lt;tag>/: its stories, paginated, and their feed.</summary>
public sealed class TagPages : StoryGroupPages
{
    protected override SiteFile Index(PageMaker site) =>
        site.HtmlPage(SiteUrls.Tags, "tags", "tags", () => new(site.Views.Tags(), "Tags", "Stories by topic."), (k, path) => k.Everything(path));

    protected override IEnumerable<KeyValuePair<string, IReadOnlyList<PlannedStory>>> Groups(SitePlan plan) => plan.StoriesByTag;

    protected override IEnumerable<SiteFile> List(PageMaker site, string tag, IReadOnlyList<PlannedStory> stories, Func<int, bool> pages) =>
        site.StoryList(SiteUrls.Tag(tag), stories, "tag", tag, $"Stories tagged {tag}.", n => site.Views.Tag(tag, n), pages);
}
