using DivergingReports.Planning;

namespace DivergingReports.Rendering.Pages;

/// <summary>/countries/: every country of coverage; /countries/&lt;cc>/: its stories, paginated, and their feed.</summary>
public sealed class CountryPages : PageKind
{
    protected override IEnumerable<SiteFile> Files(PageMaker site, ShownStories? changed)
    {
        var plan = site.Plan;
        // The index counts each country's stories: no edit that keeps the site's shape changes it.
        if (changed is null)
            yield return site.HtmlPage(SiteUrls.Countries, "countries", "countries", () => new(site.Views.Countries(), "Countries",
                "Stories by the country of the outlets that covered them."), (k, path) => k.Everything(path));
        foreach (var (code, stories) in plan.StoriesByCountry)
        {
            if (changed is not null && !changed.AnyOf(stories)) continue;
            var name = ViewFactory.CountryName(code);
            foreach (var file in site.StoryList(SiteUrls.Country(code), stories, "country", name, $"Stories covered by outlets from {name}.",
                         n => site.Views.Country(code, n), changed?.PagesOf(stories, plan.Site.Paginate) ?? (_ => true)))
                yield return file;
        }
    }
}
