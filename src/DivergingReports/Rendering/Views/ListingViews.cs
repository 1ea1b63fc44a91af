namespace DivergingReports.Rendering.Views;

/// <summary>sources.sbn: every outlet, grouped by country (outlets of unknown country last).</summary>
public sealed record SourcesView(IReadOnlyList<SourceGroupView> Groups);

public sealed record SourceGroupView(string Country, string? CountryUrl, IReadOnlyList<SourceEntryView> Sources);

public sealed record SourceEntryView(string Name, string Url, int ReportCount);

/// <summary>source.sbn: one outlet, its facts, and every article of it with the story it feeds.</summary>
public sealed record SourceView
{
    public required string Name { get; init; }
    public string? Homepage { get; init; }
    public string? Country { get; init; }
    /// <summary>The country's page, when it has stories.</summary>
    public string? CountryUrl { get; init; }
    public string? Lean { get; init; }
    public TrustedHtml? DescriptionHtml { get; init; }
    public required IReadOnlyList<FactView> Facts { get; init; }
    public required IReadOnlyList<SourceArticleView> Articles { get; init; }
    public required string FeedUrl { get; init; }
}

public sealed record FactView(string Label, string Value);

public sealed record SourceArticleView(string Headline, DateView Published, string? OriginalUrl, LinkView Story);

/// <summary>countries.sbn and tags.sbn: every country (or tag) with its number of stories.</summary>
public sealed record IndexView(IReadOnlyList<IndexEntryView> Entries);

public sealed record IndexEntryView(string Name, string Url, int StoryCount);

/// <summary>
/// listing.sbn: the stories of one country or tag. <paramref name="SearchFilter"/> is "country" or
/// "tag" on the listing's first page, which search finds by its heading; null on page/2/ and beyond,
/// and when the site has no search.
/// </summary>
public sealed record ListingView(string Heading, string Intro, IReadOnlyList<StoryCardView> Stories, string FeedUrl, PaginationView Pagination,
    string? SearchFilter);

/// <summary>blindspots.sbn: one-sided stories and why.</summary>
public sealed record BlindspotsView(IReadOnlyList<BlindspotView> Stories);

public sealed record BlindspotView(StoryCardView Story, string Reason);

/// <summary>page.sbn: a free page.</summary>
public sealed record PageView(string Title, TrustedHtml BodyHtml);

/// <summary>404.sbn.</summary>
public sealed record NotFoundView(string HomeUrl, IReadOnlyList<StoryCardView> Latest);
