using DivergingReports.Planning;

namespace DivergingReports.Rendering.Pages;

/// <summary>
/// Stories in groups (by country, by tag): an index of the groups, then each group's list of
/// stories, paginated, and its feed.
/// </summary>
public abstract class StoryGroupPages : PageKind
{
    /// <summary>The index of every group.</summary>
    protected abstract SiteFile Index(PageMaker site);

    /// <summary>Each group's key and its stories, newest first, in the site's order.</summary>
    protected abstract IEnumerable<KeyValuePair<string, IReadOnlyList<PlannedStory>>> Groups(SitePlan plan);

    /// <summary>One group's pages (those <paramref name="pages"/> picks by number) and its feed.</summary>
    protected abstract IEnumerable<SiteFile> List(PageMaker site, string key, IReadOnlyList<PlannedStory> stories, Func<int, bool> pages);

    protected sealed override IEnumerable<SiteFile> Files(PageMaker site, ShownStories? changed)
    {
        // The index counts each group's stories: no edit that keeps the site's shape changes it.
        if (changed is null) yield return Index(site);
        foreach (var (key, stories) in Groups(site.Plan))
        {
            if (changed is not null && !changed.AnyOf(stories)) continue;
            foreach (var file in List(site, key, stories, changed?.PagesOf(stories, site.Plan.Site.PaginateEntries) ?? (_ => true)))
                yield return file;
        }
    }
}
