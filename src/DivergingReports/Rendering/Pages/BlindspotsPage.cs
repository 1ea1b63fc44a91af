using DivergingReports.Planning;

namespace DivergingReports.Rendering.Pages;

/// <summary>/blindspots/: stories whose reports all come from one country or one side of the spectrum.</summary>
public sealed class BlindspotsPage : PageKind
{
    protected override IEnumerable<SiteFile> Files(PageMaker site, ShownStories? changed)
    {
        var shown = site.Plan.Blindspots.Select(b => b.Story);
        if (changed is not null && !changed.AnyOf(shown)) yield break;
        // Its key follows the stories it shows: a blindspot's reason comes from its outlets (in the
        // story's key) and the spectrum (site.yml, in every key).
        yield return site.HtmlPage(SiteUrls.Blindspots, "blindspots", "blindspots", () => new(site.Views.Blindspots(), "Blindspots",
            "Stories whose reports all come from one country or one side of the spectrum."), (k, path) => k.Listing(path, shown));
    }
}
