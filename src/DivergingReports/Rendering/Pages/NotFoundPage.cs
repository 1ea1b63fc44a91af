namespace DivergingReports.Rendering.Pages;

/// <summary>/404.html, which GitHub Pages serves at any missing address: a way home and the latest stories.</summary>
public sealed class NotFoundPage : PageKind
{
    protected override IEnumerable<SiteFile> Files(PageMaker site, ShownStories? changed)
    {
        var latest = site.Plan.Stories.Take(ViewFactory.NotFoundStories);
        if (changed is not null && !changed.AnyOf(latest)) yield break;
        yield return site.HtmlPage("404.html", "not-found", "404", () => new(site.Views.NotFound(), "Page not found",
            "There is no page at this address."), (k, path) => k.Listing(path, latest), path: "404.html");
    }
}
