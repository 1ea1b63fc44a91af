using DivergingReports.Diagnostics;
using DivergingReports.Model;

namespace DivergingReports.Validation.Checks;

/// <summary>Free pages live at /&lt;id&gt;/, beside the site's own sections, which they must not shadow.</summary>
internal sealed class ReservedPageNames : IContentCheck
{
    public static readonly IReadOnlyCollection<string> Reserved =
        ["stories", "sources", "countries", "tags", "blindspots", "page", "assets", "feed", "atom", "sitemap", "robots", "404", "index", "search", "pagefind"];

    public void Run(Publication publication, DiagnosticBag bag)
    {
        foreach (var page in publication.Pages.Where(p => Reserved.Contains(p.Id)))
            bag.Error(DiagnosticCode.ReservedPage, page.At, $"a page named '{page.Id}' would take the place of the site's /{page.Id}/",
                "rename the file, such as about-" + page.Id + ".md");
    }
}
