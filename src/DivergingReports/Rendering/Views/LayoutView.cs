namespace DivergingReports.Rendering.Views;

/// <summary>What the base layout (the theme's base.sbn) receives around every page.</summary>
public sealed record LayoutView
{
    public required SiteView Site { get; init; }
    /// <summary>The page's title (without the site's name).</summary>
    public required string Title { get; init; }
    /// <summary>The title for &lt;title&gt; and Open Graph: "Page — Site", or the site's name alone on the home page.</summary>
    public required string FullTitle { get; init; }
    public required string Description { get; init; }
    public required string CanonicalUrl { get; init; }
    /// <summary>"website", or "article" on story pages.</summary>
    public required string OgType { get; init; }
    /// <summary>An RSS feed for this listing, besides the site's: its address and title.</summary>
    public LinkView? Feed { get; init; }
    /// <summary>JSON-LD for search engines, already serialised with &lt; and &gt; escaped.</summary>
    public TrustedHtml? LdJson { get; init; }
    /// <summary>The page kind ("story", "home", …): set on &lt;body&gt; for styling.</summary>
    public required string Kind { get; init; }
    /// <summary>The page's own template, rendered.</summary>
    public required TrustedHtml ContentHtml { get; init; }
}

/// <summary>The publication, for the header and footer of every page.</summary>
public sealed record SiteView
{
    public required string Title { get; init; }
    public required string Description { get; init; }
    public required string Language { get; init; }
    public required string HomeUrl { get; init; }
    public required string StylesheetUrl { get; init; }
    /// <summary>The address of the theme's assets/ on the site, ending in a slash.</summary>
    public required string AssetsUrl { get; init; }
    public required string FeedUrl { get; init; }
    public required string AtomUrl { get; init; }
    public required string JsonFeedUrl { get; init; }
    /// <summary>The search page, when the site has search (then every page has a search form leading there); otherwise null.</summary>
    public string? SearchUrl { get; init; }
    /// <summary>The main navigation: sources, countries, tags, blindspots, then the free pages.</summary>
    public required IReadOnlyList<LinkView> Navigation { get; init; }
}

/// <summary>A link: its text and where it goes.</summary>
public sealed record LinkView(string Text, string Url);
