using DivergingReports.Diagnostics;
using DivergingReports.Model;

namespace DivergingReports.Validation.Checks;

/// <summary>An article no story reports is never published: usually a forgotten report or a typo in an id.</summary>
internal sealed class UnusedArticles : IContentCheck
{
    public void Run(Publication publication, DiagnosticBag bag)
    {
        // A breakdown in error may have lost reports it does have: say nothing rather than something false.
        if (publication.Stories.Any(s => s.ReportsIncomplete)) return;
        var used = new HashSet<string>(publication.Articles.Count, StringComparer.Ordinal);
        foreach (var story in publication.Stories)
            foreach (var report in story.Reports) used.Add(report.Article.Value);
        // A report naming an article that does not exist is usually a typo of an unused one, which that
        // error already suggests: the article it suggests is not reported again.
        var unknown = used.Where(id => !publication.ArticlesById.ContainsKey(id)).ToArray();
        var ids = unknown.Length == 0 ? [] : publication.Articles.Select(a => a.Id).ToArray();
        var suggested = unknown.SelectMany(id => Suggestions.Closest(id, ids)).ToHashSet(StringComparer.Ordinal);
        foreach (var article in publication.Articles.Where(a => !used.Contains(a.Id) && !suggested.Contains(a.Id)))
            bag.Warning(DiagnosticCode.UnusedArticle, article.At, $"article '{article.Id}' is used by no story",
                "add it to a breakdown's reports, or delete it");
    }
}
