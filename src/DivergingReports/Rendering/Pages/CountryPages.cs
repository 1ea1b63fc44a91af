using DivergingReports.Planning;

namespace DivergingReports.Rendering.Pages;

/// <summary>/countries/: every country of coverage; /countries/&lt;cc>/: its stories, paginated, and their feed.</summary>
public sealed class CountryPages : StoryGroupPages
{
    protected override SiteFile Index(PageMaker site) =>
        site.HtmlPage(SiteUrls.Countries, "countries", "countries", () => new(site.Views.Countries(), "Countries",
            "Stories by the country of the outlets that covered them."), (k, path) => k.Everything(path));

    protected override IEnumerable<KeyValuePair<string, IReadOnlyList<PlannedStory>>> Groups(SitePlan plan) => plan.StoriesByCountry;

    protected override IEnumerable<SiteFile> List(PageMaker site, string code, IReadOnlyList<PlannedStory> stories, Func<int, bool> pages)
    {
        var name = ViewFactory.CountryName(code);
        return site.StoryList(SiteUrls.Country(code), stories, "country", name, $"Stories covered by outlets from {name}.", n => site.Views.Country(code, n), pages);
    }
}
