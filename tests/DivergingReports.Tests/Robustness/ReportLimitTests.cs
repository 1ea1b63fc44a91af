using DivergingReports.Diagnostics;
using DivergingReports.Tests.Support;

namespace DivergingReports.Tests.Robustness;

/// <summary>A story compares at most site.yml's limits.reports_per_story reports; past it, one error at the first report too many.</summary>
public class ReportLimitTests
{
    [Fact]
    public void A_story_past_the_limit_is_one_error_at_its_first_report_too_many_and_raising_the_limit_lets_it_build()
    {
        using var project = new TestProject();
        project.Write("site.yml", TestProject.SiteYml + "\nlimits:\n  reports_per_story: 3\n");
        var reports = new List<string>();
        for (var i = 1; i <= 4; i++)
        {
            project.Write($"content/articles/alpha-{i}.md", TestProject.AlphaArticle.Replace("/talks/", $"/talks-{i}/").Replace("an hour", $"{i} hours"));
            reports.Add($"  - article: alpha-{i}");
        }
        project.Write("content/breakdowns/2025-07-04-many.yml", "title: Many\ndate: 2025-07-04\nsummary: Four reports.\nreports:\n" + string.Join("\n", reports) + "\n");

        var check = project.Run("check");

        Assert.Equal(1, check.ExitCode);
        var error = Assert.Single(check.Lines, l => l.Contains(DiagnosticCode.TooManyReports.Id, StringComparison.Ordinal));
        // The fourth report, on line 8.
        Assert.StartsWith("content/breakdowns/2025-07-04-many.yml(8,", error, StringComparison.Ordinal);
        Assert.Contains("compares 4 reports; a story may compare 3", error, StringComparison.Ordinal);
        Assert.Contains("limits.reports_per_story", error, StringComparison.Ordinal);
        Assert.Equal(1, project.Run("build").ExitCode);

        project.Write("site.yml", TestProject.SiteYml + "\nlimits:\n  reports_per_story: 4\n");
        var site = project.Build();
        Assert.Equal(4, site.Html("stories/many/index.html").QuerySelectorAll("article[id^='report-alpha-']").Length);
    }
}
