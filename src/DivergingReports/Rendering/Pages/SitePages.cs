namespace DivergingReports.Rendering.Pages;

/// <summary>
/// Every file of the site, in a fixed order, each made only when written: the pages of DESIGN.md's
/// table, the feeds, the files GitHub Pages and search engines expect, and the theme's assets; one
/// <see cref="PageKind"/> each.
/// </summary>
public sealed class SitePages(PageMaker site)
{
    /// <summary>The kinds of file, in the order the site lists them.</summary>
    public static IReadOnlyList<PageKind> Kinds { get; } =
    [
        new HomePages(), new StoryPages(), new SourcePages(), new CountryPages(), new TagPages(), new BlindspotsPage(),
        new FreePages(), new SearchPage(), new NotFoundPage(), new LatestFeeds(), new SearchEngineFiles(), new ThemeAssets(),
    ];

    public PageMaker Maker => site;

    public IEnumerable<SiteFile> All() => Kinds.SelectMany(kind => kind.All(site));

    /// <summary>
    /// The files that show <paramref name="stories"/>, as <see cref="All"/> makes them: after an edit
    /// that keeps the site's shape (<see cref="Planning.SiteShape"/>), no other file can change.
    /// </summary>
    public IEnumerable<SiteFile> Showing(IReadOnlyCollection<Planning.PlannedStory> stories)
    {
        if (stories.Count == 0) return [];
        var changed = new ShownStories(stories);
        return Kinds.SelectMany(kind => kind.Showing(site, changed));
    }
}
