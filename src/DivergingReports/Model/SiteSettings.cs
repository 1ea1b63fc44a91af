namespace DivergingReports.Model;

/// <summary>site.yml: the publication's settings.</summary>
public sealed record SiteSettings
{
    public required string Title { get; init; }
    public required string Description { get; init; }
    /// <summary>Absolute, always ending in '/'; may carry a sub-path (a GitHub Pages project site).</summary>
    public required Uri BaseUrl { get; init; }
    public required string Language { get; init; }
    public required TimeZoneInfo TimeZone { get; init; }
    public required string Question { get; init; }
    public required int Paginate { get; init; }
    public required int FeedItems { get; init; }
    public GiscusSettings? Giscus { get; init; }
    /// <summary>Whether every build makes the search index (as <c>divrep build --search</c> does).</summary>
    public bool Search { get; init; }
    public string? Cname { get; init; }
    /// <summary>The publication's own lean scale, left to right; empty when the site rates no leans.</summary>
    public required IReadOnlyList<string> Spectrum { get; init; }
    /// <summary>Extra importer rules: whole lines matching one of these are dropped from pastes.</summary>
    public required IReadOnlyList<string> ImportNoise { get; init; }
    /// <summary>How large content may be; bounds every file read and every story compared.</summary>
    public ContentLimits Limits { get; init; } = ContentLimits.Default;

    public const int DefaultPaginate = 20;
    public const int DefaultFeedItems = 50;
    public const string DefaultQuestion = "How did your country report this?";
}

/// <summary>Comments through giscus (GitHub Discussions).</summary>
public sealed record GiscusSettings(string Repo, string RepoId, string Category, string CategoryId);
