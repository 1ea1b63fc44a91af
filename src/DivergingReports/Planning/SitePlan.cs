using DivergingReports.Model;

namespace DivergingReports.Planning;

/// <summary>
/// The publication arranged for the site: the stories to publish, newest first, and the indexes
/// every listing needs, built once (by source, country and tag) so no page re-scans all stories.
/// </summary>
public sealed class SitePlan
{
    public Publication Publication { get; }
    public SiteSettings Site { get; }
    public SiteUrls Urls { get; }
    /// <summary>Whether the site has search: its /search/ page, a search form on every page, and the index Pagefind makes.</summary>
    public bool Search { get; }

    /// <summary>Published stories, newest first (date, then slug), drafts only when asked for.</summary>
    public IReadOnlyList<PlannedStory> Stories { get; }
    public IReadOnlyDictionary<string, Source> SourcesById { get; }
    /// <summary>For each source: its reported articles with the story each feeds, newest first.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<(ReportedArticle Report, PlannedStory Story)>> ReportsBySource { get; }
    /// <summary>For each country code with coverage: its stories, newest first.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<PlannedStory>> StoriesByCountry { get; }
    public IReadOnlyDictionary<string, IReadOnlyList<PlannedStory>> StoriesByTag { get; }
    public IReadOnlyList<(PlannedStory Story, string Reason)> Blindspots { get; }

    public SitePlan(Publication publication, BuildOptions options)
    {
        Publication = publication;
        Site = options.BaseUrl is null ? publication.Site : publication.Site with { BaseUrl = options.BaseUrl };
        Urls = new SiteUrls(Site.BaseUrl);
        Search = options.Search || Site.Search;
        SourcesById = publication.SourcesById;
        var articles = publication.ArticlesById;

        Stories = publication.Stories
            .Where(s => options.Drafts || !s.Draft)
            .Select(s => Planned(s, articles, SourcesById))
            .OrderByDescending(s => s.Story.Date.Instant)
            .ThenBy(s => s.Slug, StringComparer.Ordinal)
            .ToArray();

        ReportsBySource = Stories
            .SelectMany(story => story.Reports.Select(report => (Report: report, Story: story)))
            .GroupBy(x => x.Report.Source.Id, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<(ReportedArticle, PlannedStory)>)g
                .OrderByDescending(x => x.Report.Article.Published.Instant)
                .ThenBy(x => x.Report.Article.Id, StringComparer.Ordinal)
                .ToArray(), StringComparer.Ordinal);

        StoriesByCountry = Index(Stories, s => s.Countries);
        StoriesByTag = Index(Stories, s => s.Story.Tags);
        Blindspots = Stories
            .Select(s => (Story: s, Reason: Planning.Blindspots.Reason(s, Site.Spectrum)))
            .Where(x => x.Reason is not null)
            .Select(x => (x.Story, x.Reason!))
            .ToArray();
    }

    private SitePlan(SitePlan plan, Publication publication, IReadOnlyList<PlannedStory> stories,
        IReadOnlyDictionary<string, IReadOnlyList<(ReportedArticle Report, PlannedStory Story)>> reportsBySource,
        IReadOnlyDictionary<string, IReadOnlyList<PlannedStory>> storiesByCountry, IReadOnlyDictionary<string, IReadOnlyList<PlannedStory>> storiesByTag,
        IReadOnlyList<(PlannedStory Story, string Reason)> blindspots)
    {
        Publication = publication;
        Site = plan.Site;
        Urls = plan.Urls;
        Search = plan.Search;
        SourcesById = plan.SourcesById;
        Stories = stories;
        ReportsBySource = reportsBySource;
        StoriesByCountry = storiesByCountry;
        StoriesByTag = storiesByTag;
        Blindspots = blindspots;
    }

    private static PlannedStory Planned(Story story, IReadOnlyDictionary<string, Article> articles, IReadOnlyDictionary<string, Source> sources)
    {
        var reported = story.Reports.Select(r => articles[r.Article.Value]).ToArray();
        var reportsPerSource = reported.CountBy(a => a.SourceId).ToDictionary(StringComparer.Ordinal);
        return new(story, reported
            .Zip(story.Reports, (a, r) => new ReportedArticle(r, a, sources[a.SourceId])
            {
                Key = reportsPerSource[a.SourceId] > 1 ? a.Id : a.SourceId,
            })
            .ToArray());
    }

    /// <summary>
    /// The plan of <paramref name="publication"/>, which differs from this plan's only by edits of
    /// stories that keep the site's shape (<see cref="SiteShape"/>), each given as it was and as it
    /// is: each published one is planned again and put where it was on every list; the lists it is
    /// not on are shared.
    /// </summary>
    public SitePlan With(Publication publication, IReadOnlyCollection<(Story Before, Story After)> edited)
    {
        var replaced = new Dictionary<PlannedStory, PlannedStory>(ReferenceEqualityComparer.Instance);
        foreach (var (was, now) in edited)
        {
            var before = Stories.FirstOrDefault(p => ReferenceEquals(p.Story, was));
            if (before is not null) replaced[before] = Planned(now, publication.ArticlesById, SourcesById);
        }
        if (replaced.Count == 0) return new SitePlan(this, publication, Stories, ReportsBySource, StoriesByCountry, StoriesByTag, Blindspots);

        PlannedStory Now(PlannedStory story) => replaced.GetValueOrDefault(story) ?? story;
        IReadOnlyList<PlannedStory> Swap(IReadOnlyList<PlannedStory> list) => list.Any(replaced.ContainsKey) ? list.Select(Now).ToArray() : list;
        IReadOnlyDictionary<string, IReadOnlyList<PlannedStory>> SwapAll(IReadOnlyDictionary<string, IReadOnlyList<PlannedStory>> index, Func<PlannedStory, IEnumerable<string>> keys)
        {
            var copy = index.ToDictionary(kv => kv.Key, kv => kv.Value, StringComparer.Ordinal);
            foreach (var key in replaced.Values.SelectMany(keys).Distinct()) copy[key] = Swap(copy[key]);
            return copy;
        }

        var reportsBySource = ReportsBySource.ToDictionary(kv => kv.Key, kv => kv.Value, StringComparer.Ordinal);
        foreach (var source in replaced.Values.SelectMany(p => p.Reports).Select(r => r.Source.Id).Distinct())
            reportsBySource[source] = reportsBySource[source]
                .Select(x => replaced.TryGetValue(x.Story, out var now) ? (now.Reports.First(r => r.Article.Id == x.Report.Article.Id), now) : x)
                .ToArray();
        var blindspots = Blindspots.Any(b => replaced.ContainsKey(b.Story)) ? Blindspots.Select(b => (Now(b.Story), b.Reason)).ToArray() : Blindspots;
        return new SitePlan(this, publication, Swap(Stories), reportsBySource,
            SwapAll(StoriesByCountry, s => s.Countries), SwapAll(StoriesByTag, s => s.Story.Tags), blindspots);
    }

    /// <summary>Stories by key, keys sorted, each list in the stories' own order (newest first).</summary>
    private static IReadOnlyDictionary<string, IReadOnlyList<PlannedStory>> Index(IReadOnlyList<PlannedStory> stories, Func<PlannedStory, IEnumerable<string>> keys)
    {
        var index = new SortedDictionary<string, List<PlannedStory>>(StringComparer.Ordinal);
        foreach (var story in stories)
        foreach (var key in keys(story).Distinct())
        {
            if (!index.TryGetValue(key, out var list)) index[key] = list = [];
            list.Add(story);
        }
        return index.ToDictionary(kv => kv.Key, kv => (IReadOnlyList<PlannedStory>)kv.Value, StringComparer.Ordinal);
    }
}
