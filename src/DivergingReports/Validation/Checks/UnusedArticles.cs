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
        var used = publication.Stories.SelectMany(s => s.Reports).Select(r => r.Article.Value).ToHashSet(StringComparer.Ordinal);
        // A report naming an article that does not exist is usually a typo of an unused one, which that
        // error already suggests: the article it suggests is not reported again.
        var ids = publication.Articles.Select(a => a.Id).ToArray();
        var known = ids.ToHashSet(StringComparer.Ordinal);
        var suggested = used.Where(id => !known.Contains(id)).SelectMany(id => Suggestions.Closest(id, ids)).ToHashSet(StringComparer.Ordinal);
        foreach (var article in publication.Articles.Where(a => !used.Contains(a.Id) && !suggested.Contains(a.Id)))
            bag.Warning(DiagnosticCode.UnusedArticle, article.At, $"article '{article.Id}' is used by no story",
                "add it to a breakdown's reports, or delete it");
    }
}
