using DivergingReports.Planning;

namespace DivergingReports.Rendering.Pages;

/// <summary>/tags/: every tag; /tags/&lt;tag>/: its stories, paginated, and their feed.</summary>
public sealed class TagPages : PageKind
{
    protected override IEnumerable<SiteFile> Files(PageMaker site, ShownStories? changed)
    {
        var plan = site.Plan;
        // The index counts each tag's stories: no edit that keeps the site's shape changes it.
        if (changed is null)
            yield return site.HtmlPage(SiteUrls.Tags, "tags", "tags", () => new(site.Views.Tags(), "Tags", "Stories by topic."), (k, path) => k.Everything(path));
        foreach (var (tag, stories) in plan.StoriesByTag)
        {
            if (changed is not null && !changed.AnyOf(stories)) continue;
            foreach (var file in site.StoryList(SiteUrls.Tag(tag), stories, "tag", tag, $"Stories tagged {tag}.",
                         n => site.Views.Tag(tag, n), changed?.PagesOf(stories, plan.Site.Paginate) ?? (_ => true)))
                yield return file;
        }
    }
}
