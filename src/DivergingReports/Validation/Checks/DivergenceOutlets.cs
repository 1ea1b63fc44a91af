using DivergingReports.Diagnostics;
using DivergingReports.Model;

namespace DivergingReports.Validation.Checks;

/// <summary>A divergence position speaks for an outlet with a report in the story: its source id, or the id of one of its reported articles.</summary>
internal sealed class DivergenceOutlets : IStoryCheck
{
    public void Run(Publication publication, DiagnosticBag bag)
    {
        var articles = publication.ArticlesById;
        var knownSources = publication.SourcesById;
        // A story has a handful of reports and positions: lists are quicker than tables here.
        var reported = new List<Article>();
        var given = new List<(string Identity, FileLocation At)>();
        foreach (var story in publication.Stories)
        {
            if (story.Reports.Count == 0 || story.Divergences.Count == 0) continue;
            // An unknown article or an article's unknown source is reported already; judging the
            // positions against a typo would only repeat it.
            reported.Clear();
            foreach (var report in story.Reports)
                if (articles.TryGetValue(report.Article.Value, out var article) && knownSources.ContainsKey(article.SourceId)) reported.Add(article);
            if (reported.Count < story.Reports.Count) continue;

            foreach (var divergence in story.Divergences)
            {
                given.Clear();
                foreach (var position in divergence.Positions)
                {
                    var key = position.Outlet.Value;
                    var outlet = OutletNamedBy(key, reported);
                    if (outlet is null)
                    {
                        var keys = reported.SelectMany(a => new[] { a.Id, a.SourceId }).Distinct().ToArray();
                        var sources = reported.Select(a => a.SourceId).Distinct().ToArray();
                        bag.Error(DiagnosticCode.OutletNotReported, position.Outlet.At, $"'{key}' has no report in this story",
                            Suggestions.Hint(key, keys, "outlets with a report") is { } hint && hint.StartsWith("did", StringComparison.Ordinal)
                                ? hint
                                : "the story's reports are from " + string.Join(", ", sources));
                        continue;
                    }
                    // An outlet with one report may be named by source or by article, but only once.
                    var reportsOfOutlet = 0;
                    foreach (var article in reported) if (article.SourceId == outlet) reportsOfOutlet++;
                    var identity = reportsOfOutlet > 1 && key != outlet ? key : outlet;
                    var first = given.FindIndex(g => g.Identity == identity);
                    if (first >= 0)
                        bag.Error(DiagnosticCode.DuplicatePosition, position.Outlet.At, $"'{key}' is given a position twice on this topic (line {given[first].At.Line})",
                            "merge the two into one");
                    else given.Add((identity, position.Outlet.At));
                }
            }
        }
    }

    /// <summary>The source a position's key names: a source id of a report, or the id of a reported article; null when neither.</summary>
    private static string? OutletNamedBy(string key, List<Article> reported)
    {
        foreach (var article in reported) if (article.SourceId == key) return key;
        foreach (var article in reported) if (article.Id == key) return article.SourceId;
        return null;
    }
}
