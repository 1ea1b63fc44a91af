using DivergingReports.Diagnostics;
using DivergingReports.Model;

namespace DivergingReports.Validation.Checks;

/// <summary>Each report names an article that exists, once per story; a comparison needs two reports.</summary>
internal sealed class ReportedArticles : IStoryCheck
{
    public void Run(Publication publication, DiagnosticBag bag)
    {
        var ids = publication.ArticlesById;
        var seen = new Dictionary<string, Claimed<string>>(StringComparer.Ordinal);
        foreach (var story in publication.Stories)
        {
            seen.Clear();
            foreach (var report in story.Reports)
            {
                var id = report.Article.Value;
                if (!ids.ContainsKey(id))
                    bag.Error(DiagnosticCode.UnknownArticle, report.Article.At, $"report names unknown article '{id}'",
                        Suggestions.Hint(id, publication.Articles.Select(a => a.Id).ToArray(), "articles") ?? "add the article to content/articles/ (divrep import can make it from a paste)");
                if (seen.TryGetValue(id, out var first))
                    bag.Error(DiagnosticCode.DuplicateReport, report.Article.At, $"article '{id}' is already a report in this story (line {first.At.Line})",
                        "list each article once");
                else seen.Add(id, report.Article);
            }
            if (story.Reports.Count == 1)
                bag.Warning(DiagnosticCode.TooFewReports, story.At, "this story has only one report, so there is nothing to compare",
                    "add the other outlets' articles to 'reports'");
        }
    }
}
