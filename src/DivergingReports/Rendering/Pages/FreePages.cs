using DivergingReports.Planning;

namespace DivergingReports.Rendering.Pages;

/// <summary>/&lt;page&gt;/: the free pages of content/pages/ (About, Methodology), which show no story.</summary>
public sealed class FreePages : PageKind
{
    protected override IEnumerable<SiteFile> Files(PageMaker site, ShownStories? changed)
    {
        if (changed is not null) yield break;
        foreach (var page in site.Plan.Publication.Pages)
            yield return site.HtmlPage(SiteUrls.Page(page.Id), "page", "page", () => new(site.Views.Page(page), page.Title, page.Description ?? ""),
                (k, path) => k.Content(path, page.At.Path));
    }
}
