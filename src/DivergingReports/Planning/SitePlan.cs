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
        SourcesById = publication.SourcesById;
        var articles = publication.ArticlesById;

        Stories = publication.Stories
            .Where(s => options.Drafts || !s.Draft)
            .Select(s => new PlannedStory(s, s.Reports
                .Select(r => articles[r.Article.Value])
                .Zip(s.Reports, (a, r) => new ReportedArticle(r, a, SourcesById[a.SourceId]))
                .ToArray()))
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
