using DivergingReports.Diagnostics;
using DivergingReports.Model;

namespace DivergingReports.Validation.Checks;

/// <summary>A divergence position speaks for an outlet with a report in the story: its source id, or the id of one of its reported articles.</summary>
internal sealed class DivergenceOutlets : IContentCheck
{
    public void Run(Publication publication, DiagnosticBag bag)
    {
        var articles = publication.Articles.ToDictionary(a => a.Id, StringComparer.Ordinal);
        var knownSources = publication.Sources.Select(s => s.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var story in publication.Stories)
        {
            var reported = story.Reports
                .Select(r => articles.GetValueOrDefault(r.Article.Value))
                .OfType<Article>()
                .ToArray();
            // Every key that may name an outlet here, and the source it stands for.
            var outletOf = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var article in reported)
            {
                outletOf[article.Id] = article.SourceId;
                if (article.SourceId.Length > 0) outletOf[article.SourceId] = article.SourceId;
            }
            // An unknown article or an article's unknown source is reported already; judging the
            // positions against a typo would only repeat it.
            if (story.Reports.Count == 0 || reported.Length < story.Reports.Count || reported.Any(a => !knownSources.Contains(a.SourceId))) continue;

            foreach (var divergence in story.Divergences)
            {
                var given = new Dictionary<string, FileLocation>(StringComparer.Ordinal);
                foreach (var position in divergence.Positions)
                {
                    var key = position.Outlet.Value;
                    if (!outletOf.TryGetValue(key, out var outlet))
                    {
                        var sources = reported.Select(a => a.SourceId).Where(s => s.Length > 0).Distinct().ToArray();
                        bag.Error(DiagnosticCode.OutletNotReported, position.Outlet.At, $"'{key}' has no report in this story",
                            Suggestions.Hint(key, outletOf.Keys.ToArray(), "outlets with a report") is { } hint && hint.StartsWith("did", StringComparison.Ordinal)
                                ? hint
                                : "the story's reports are from " + string.Join(", ", sources));
                        continue;
                    }
                    // An outlet with one report may be named by source or by article, but only once.
                    var reportsOfOutlet = reported.Count(a => a.SourceId == outlet);
                    var identity = reportsOfOutlet > 1 && key != outlet ? key : outlet;
                    if (!given.TryAdd(identity, position.Outlet.At))
                        bag.Error(DiagnosticCode.DuplicatePosition, position.Outlet.At, $"'{key}' is given a position twice on this topic (line {given[identity].Line})",
                            "merge the two into one");
                }
            }
        }
    }
}
