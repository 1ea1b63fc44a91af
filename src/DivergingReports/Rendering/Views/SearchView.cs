namespace DivergingReports.Rendering.Views;

/// <summary>
/// search.sbn: the search page. The page's script loads Pagefind's index from
/// <see cref="IndexUrl"/> and keeps only results under <see cref="BasePath"/>; without JavaScript
/// the page offers <see cref="Lists"/> instead.
/// </summary>
public sealed record SearchView
{
    /// <summary>The site's root path, "/" or "/diverging-reports/": Pagefind's result addresses are made under it.</summary>
    public required string BasePath { get; init; }
    /// <summary>The folder of the search index (pagefind.js), ending in a slash.</summary>
    public required string IndexUrl { get; init; }
    /// <summary>The page's script, assets/search.js.</summary>
    public required string ScriptUrl { get; init; }
    /// <summary>The lists of stories a reader can browse without search: latest, sources, countries, tags.</summary>
    public required IReadOnlyList<LinkView> Lists { get; init; }
}
