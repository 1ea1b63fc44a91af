using DivergingReports.Diagnostics;
using DivergingReports.Model;

namespace DivergingReports.Validation.Checks;

/// <summary>Each report names an article that exists, once per story; a comparison needs two reports.</summary>
internal sealed class ReportedArticles : IContentCheck
{
    public void Run(Publication publication, DiagnosticBag bag)
    {
        var ids = publication.Articles.Select(a => a.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var story in publication.Stories)
        {
            var seen = new Dictionary<string, FileLocation>(StringComparer.Ordinal);
            foreach (var report in story.Reports)
            {
                var id = report.Article.Value;
                if (!ids.Contains(id))
                    bag.Error(DiagnosticCode.UnknownArticle, report.Article.At, $"report names unknown article '{id}'",
                        Suggestions.Hint(id, ids, "articles") ?? "add the article to content/articles/ (divrep import can make it from a paste)");
                if (!seen.TryAdd(id, report.Article.At))
                    bag.Error(DiagnosticCode.DuplicateReport, report.Article.At, $"article '{id}' is already a report in this story (line {seen[id].Line})",
                        "list each article once");
            }
            if (story.Reports.Count == 1)
                bag.Warning(DiagnosticCode.TooFewReports, story.At, "this story has only one report, so there is nothing to compare",
                    "add the other outlets' articles to 'reports'");
        }
    }
}
