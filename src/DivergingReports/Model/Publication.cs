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
    public IReadOnlyDictionary<string, Article> ArticlesById => ArticleLookup;

    private Dictionary<string, Article> ArticleLookup => _articlesById ??= Articles.ToDictionary(a => a.Id, StringComparer.Ordinal);

    public IReadOnlyDictionary<string, Source> SourcesById => _sourcesById ??= Sources.ToDictionary(s => s.Id, StringComparer.Ordinal);

    /// <summary>
    /// The publication with <paramref name="stories"/> and <paramref name="articles"/> in place of
    /// those with their ids (which it has): nothing is sorted again, and the lookup of articles is
    /// copied rather than made again.
    /// </summary>
    public Publication With(IReadOnlyCollection<Story> stories, IReadOnlyCollection<Article> articles)
    {
        var byId = articles.Count == 0 ? _articlesById : new Dictionary<string, Article>(ArticleLookup, StringComparer.Ordinal);
        foreach (var article in articles) byId![article.Id] = article;
        return this with
        {
            Stories = Replaced(Stories, stories, s => s.Id),
            Articles = Replaced(Articles, articles, a => a.Id),
            _articlesById = byId,
        };
    }

    /// <summary>The story with id <paramref name="id"/>; null when there is none.</summary>
    public Story? StoryWithId(string id) => IndexOf(Stories, id, s => s.Id) is var at and >= 0 ? Stories[at] : null;

    /// <summary>A copy of <paramref name="sorted"/> (by id) with each of <paramref name="replacements"/> where the item of its id is.</summary>
    private static IReadOnlyList<T> Replaced<T>(IReadOnlyList<T> sorted, IReadOnlyCollection<T> replacements, Func<T, string> id)
    {
        if (replacements.Count == 0) return sorted;
        var copy = sorted.ToArray();
        foreach (var item in replacements)
        {
            var at = IndexOf(copy, id(item), id);
            if (at < 0) throw new ArgumentException($"the publication has no item '{id(item)}' to replace", nameof(replacements));
            copy[at] = item;
        }
        return copy;
    }

    /// <summary>Where the item with id <paramref name="key"/> is in <paramref name="sorted"/> (by id, ordinal); -1 when it is not.</summary>
    private static int IndexOf<T>(IReadOnlyList<T> sorted, string key, Func<T, string> id)
    {
        int low = 0, high = sorted.Count - 1;
        while (low <= high)
        {
            var middle = (low + high) / 2;
            var order = string.CompareOrdinal(id(sorted[middle]), key);
            if (order == 0) return middle;
            if (order < 0) low = middle + 1;
            else high = middle - 1;
        }
        return -1;
    }

    private Dictionary<string, Article>? _articlesById;
    private IReadOnlyDictionary<string, Source>? _sourcesById;
}
