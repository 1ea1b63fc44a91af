using DivergingReports.Planning;

namespace DivergingReports.Rendering.Pages;

/// <summary>/ and /page/N/: the latest stories, site.yml's paginate to a page.</summary>
public sealed class HomePages : PageKind
{
    protected override IEnumerable<SiteFile> Files(PageMaker site, ShownStories? changed)
    {
        var plan = site.Plan;
        return site.ListingPages(SiteUrls.Home, plan.Stories, plan.Site.Paginate, "home", "home", site.Views.Home,
            n => n == 1 ? plan.Site.Title : $"Page {n}", plan.Site.Description, site.Feed("Latest stories", "feed.xml"),
            changed?.PagesOf(plan.Stories, plan.Site.Paginate) ?? (_ => true));
    }
}
