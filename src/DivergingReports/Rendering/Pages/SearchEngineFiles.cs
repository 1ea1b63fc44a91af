using System.Text;
using DivergingReports.Planning;
using DivergingReports.Rendering.Feeds;

namespace DivergingReports.Rendering.Pages;

/// <summary>
/// What search engines and GitHub Pages expect: /sitemap.xml, /robots.txt, /.nojekyll and, when
/// site.yml names a custom domain, /CNAME. None shows what an edit that keeps the site's shape changes.
/// </summary>
public sealed class SearchEngineFiles : PageKind
{
    private static readonly UTF8Encoding Utf8 = new(false);

    protected override IEnumerable<SiteFile> Files(PageMaker site, ShownStories? changed)
    {
        if (changed is not null) yield break;
        var views = site.Views;
        yield return site.Keyed(new SiteFile("sitemap.xml", () => Sitemap.Write(Entries(site.Plan, views))), (k, path) => k.Everything(path));
        yield return site.Keyed(new SiteFile("robots.txt", () => Robots.Write(views.Urls.Absolute("sitemap.xml"))), (k, path) => k.SiteWide(path));
        yield return site.Keyed(new SiteFile(".nojekyll", () => []), (k, path) => k.SiteWide(path));
        if (site.Plan.Site.Cname is { } cname)
            yield return site.Keyed(new SiteFile("CNAME", () => Utf8.GetBytes(cname + "\n")), (k, path) => k.SiteWide(path));
    }

    private static IEnumerable<SitemapEntry> Entries(SitePlan plan, ViewFactory views)
    {
        var zone = plan.Site.TimeZone;
        // A draft, which a --drafts build shows for preview, is never offered to search engines.
        var published = plan.Stories.Where(s => !s.Story.Draft).ToArray();
        var newest = published.Length > 0 ? Dates.InZone(published.Max(s => s.LastChange), zone) : (DateTimeOffset?)null;
        yield return new SitemapEntry(views.Urls.Absolute(SiteUrls.Home), newest);
        foreach (var story in published)
            yield return new SitemapEntry(views.Urls.Absolute(SiteUrls.Story(story.Slug)), Dates.InZone(story.LastChange, zone));
        foreach (var listing in new[] { SiteUrls.Sources, SiteUrls.Countries, SiteUrls.Tags, SiteUrls.Blindspots })
            yield return new SitemapEntry(views.Urls.Absolute(listing), null);
        foreach (var source in plan.Publication.Sources)
            yield return new SitemapEntry(views.Urls.Absolute(SiteUrls.Source(source.Id)), null);
        foreach (var code in plan.StoriesByCountry.Keys)
            yield return new SitemapEntry(views.Urls.Absolute(SiteUrls.Country(code)), null);
        foreach (var tag in plan.StoriesByTag.Keys)
            yield return new SitemapEntry(views.Urls.Absolute(SiteUrls.Tag(tag)), null);
        foreach (var page in plan.Publication.Pages)
            yield return new SitemapEntry(views.Urls.Absolute(SiteUrls.Page(page.Id)), null);
    }
}
