namespace DivergingReports.Model;

/// <summary>The whole publication as loaded: every collection sorted by id, so iteration is deterministic.</summary>
public sealed record Publication
{
    public required SiteSettings Site { get; init; }
    public required IReadOnlyList<Source> Sources { get; init; }
    public required IReadOnlyList<Article> Articles { get; init; }
    public required IReadOnlyList<Story> Stories { get; init; }
    public required IReadOnlyList<Page> Pages { get; init; }
}
