using DivergingReports.Planning;

namespace DivergingReports.Rendering.Pages;

/// <summary>/stories/&lt;slug&gt;/: each story's comparison page, and its data as index.json.</summary>
public sealed class StoryPages : PageKind
{
    protected override IEnumerable<SiteFile> Files(PageMaker site, ShownStories? changed)
    {
        var views = site.Views;
        foreach (var story in site.Plan.Stories)
        {
            if (changed is not null && !changed.Contains(story)) continue;
            // Both files show one analysis of the story's texts.
            var analysed = new SharedAnalysis(() => site.Analysis.Of(story), takers: 2);
            yield return site.HtmlPage(SiteUrls.Story(story.Slug), "story", "story",
                () => new(views.Story(story, analysed.Take()), story.Story.Title, views.Card(story).Excerpt, StoryData.JsonLd(story, views)),
                (k, path) => k.Story(path, story), ogType: "article");
            yield return site.Keyed(new SiteFile(SiteUrls.StoryData(story.Slug), output => StoryData.Json(story, analysed.Take(), views, output)),
                (k, path) => k.Story(path, story));
        }
    }
}
