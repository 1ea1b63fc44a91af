namespace DivergingReports.Model;

/// <summary>The whole publication as loaded: every collection sorted by id, so iteration is deterministic.</summary>
public sealed record Publication
{
    public required SiteSettings Site { get; init; }
    public required IReadOnlyList<Source> Sources { get; init; }
    public required IReadOnlyList<Article> Articles { get; init; }
    public required IReadOnlyList<Story> Stories { get; init; }
    public required IReadOnlyList<Page> Pages { get; init; }

    /// <summary>The articles by id, made once for every check and the site plan that look articles up.</summary>
    public IReadOnlyDictionary<string, Article> ArticlesById => _articlesById ??= Articles.ToDictionary(a => a.Id, StringComparer.Ordinal);

    public IReadOnlyDictionary<string, Source> SourcesById => _sourcesById ??= Sources.ToDictionary(s => s.Id, StringComparer.Ordinal);

    private IReadOnlyDictionary<string, Article>? _articlesById;
    private IReadOnlyDictionary<string, Source>? _sourcesById;
}
