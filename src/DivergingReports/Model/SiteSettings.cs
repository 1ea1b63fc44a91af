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
    /// <summary>Stories per page of the home page's list of cards.</summary>
    public required int Paginate { get; init; }
    /// <summary>Stories per page of a country's or a tag's list: its short entries take about a fifth of a card's room.</summary>
    public int PaginateEntries => Paginate * EntriesPerCard;
    public required int FeedItems { get; init; }
    public GiscusSettings? Giscus { get; init; }
    /// <summary>Whether every build makes the search index (as <c>divrep build --search</c> does).</summary>
    public bool Search { get; init; }
    public string? Cname { get; init; }
    /// <summary>Whether each story's data repeats the articles' full texts (open_data: full); by default it does not, as its page already has them.</summary>
    public bool OpenDataFull { get; init; }
    /// <summary>The publication's own lean scale, left to right; empty when the site rates no leans.</summary>
    public required IReadOnlyList<string> Spectrum { get; init; }
    /// <summary>Extra importer rules: whole lines matching one of these are dropped from pastes.</summary>
    public required IReadOnlyList<string> ImportNoise { get; init; }
    /// <summary>How large content may be; bounds every file read and every story compared.</summary>
    public ContentLimits Limits { get; init; } = ContentLimits.Default;
    /// <summary>Where <c>divrep deploy</c> publishes the site; null when site.yml has no deploy block.</summary>
    public DeploySettings? Deploy { get; init; }

    /// <summary>open_data's values: summary, the default, and full.</summary>
    public static readonly IReadOnlyList<string> OpenDataValues = ["summary", "full"];

    public const int DefaultPaginate = 20;
    public const int EntriesPerCard = 5;
    public const int DefaultFeedItems = 50;
    public const string DefaultQuestion = "How did your country report this?";
}

/// <summary>Comments through giscus (GitHub Discussions).</summary>
public sealed record GiscusSettings(string Repo, string RepoId, string Category, string CategoryId);

/// <summary>site.yml's deploy block: an S3-compatible bucket. Never a credential: those come from the environment.</summary>
public sealed record DeploySettings
{
    public required string Bucket { get; init; }
    public string Region { get; init; } = DefaultRegion;
    /// <summary>The service's address for R2, B2 or MinIO; null for AWS S3 itself.</summary>
    public Uri? Endpoint { get; init; }
    /// <summary>Empty, or a folder of the bucket ending in '/'.</summary>
    public string Prefix { get; init; } = "";
    public int MaxDeletes { get; init; } = DefaultMaxDeletes;
    public bool Gzip { get; init; }
    public bool ForcePathStyle { get; init; }

    public const string DefaultRegion = "us-east-1";
    public const int DefaultMaxDeletes = 256;
}
