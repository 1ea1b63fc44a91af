using DivergingReports.Planning;

namespace DivergingReports.Rendering.Pages;

/// <summary>/search/: the search form and its results, found by the page's script in Pagefind's index; only on a site with search.</summary>
public sealed class SearchPage : PageKind
{
    protected override IEnumerable<SiteFile> Files(PageMaker site, ShownStories? changed)
    {
        // It shows no story: the results come from the index, made after the pages.
        if (changed is not null || !site.Plan.Search) yield break;
        yield return site.HtmlPage(SiteUrls.Search, "search", "search", () => new(site.Views.Search(), "Search",
            "Search the stories, outlets, countries and tags."), (k, path) => k.SiteWide(path));
    }
}
