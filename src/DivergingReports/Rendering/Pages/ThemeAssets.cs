using DivergingReports.Planning;

namespace DivergingReports.Rendering.Pages;

/// <summary>/assets/…: the theme's assets/ (the publication's own or the built-in ones) copied as they are.</summary>
public sealed class ThemeAssets : PageKind
{
    protected override IEnumerable<SiteFile> Files(PageMaker site, ShownStories? changed)
    {
        if (changed is not null) yield break;
        foreach (var asset in site.Theme.Assets)
            yield return site.Keyed(new SiteFile(SiteUrls.Asset(asset.Name["assets/".Length..]), () => asset.Bytes), (k, path) => k.Asset(path, asset));
    }
}
