using System.Globalization;
using DivergingReports.Diagnostics;
using DivergingReports.Model;

namespace DivergingReports.Validation.Checks;

/// <summary>
/// A story compares at most site.yml's limits.reports_per_story reports: the comparison's work
/// grows with the reports, and a story past any real one is a mistake or an attack.
/// </summary>
internal sealed class ReportsWithinLimit : IStoryCheck
{
    public void Run(Publication publication, DiagnosticBag bag)
    {
        var limit = publication.Site.Limits.ReportsPerStory;
        foreach (var story in publication.Stories)
        {
            if (story.Reports.Count <= limit) continue;
            var first = story.Reports[limit].Article.At;
            bag.Error(DiagnosticCode.TooManyReports, first,
                string.Create(CultureInfo.InvariantCulture, $"this story compares {story.Reports.Count:N0} reports; a story may compare {limit:N0}"),
                "split it into several stories, or raise limits.reports_per_story in site.yml if it is real");
        }
    }
}
