using DivergingReports.Diagnostics;
using DivergingReports.Tests.Support;

namespace DivergingReports.Tests.Diagnostics;

/// <summary>How a run reports: every problem at once, sorted, in the canonical form, as GitHub annotations, with the right exit code.</summary>
public class ReportingTests
{
    private const string StoryPath = "content/breakdowns/2025-07-03-talks.yml";

    /// <summary>Five mistakes in four files.</summary>
    private static TestProject WithSeveralMistakes()
    {
        var p = new TestProject();
        // site.yml line 4, value at column 11.
        p.Write("site.yml", TestProject.SiteYml.Replacing("timezone: Europe/Oslo", "timezone: Mars/Base"));
        // beta.yml line 3, value at column 10.
        p.Write("content/sources/beta.yml", TestProject.BetaSource.Replacing("country: US", "country: UK"));
        // alpha-talks.md file line 4, value at column 12.
        p.Write("content/articles/alpha-talks.md", TestProject.AlphaArticle.Replacing("published: 2025-07-03", "published: July 3"));
        // The story: line 2 value at column 7, and line 11 key at column 1.
        p.Write(StoryPath, TestProject.Story
            .Replacing("date: 2025-07-03", "date: 2025-13-45")
            .Replacing("divergences:", "divergence:"));
        return p;
    }

    /// <summary>One error (an unknown article) and, because of it, one warning (beta-talks is used by no story).</summary>
    private static TestProject WithUnknownArticle()
    {
        var p = new TestProject();
        p.Write(StoryPath, TestProject.Story.Replacing("  - article: beta-talks", "  - article: beta-talk"));
        // beta-talks is now used by no story, but the error already suggests it; this one is a warning of its own.
        p.Write("content/articles/orphan.md", "---\ntitle: Orphan\nsource: alpha\npublished: 2025-07-01\n---\n\nText.\n");
        return p;
    }

    private const string UnknownArticleLine =
        "content/breakdowns/2025-07-03-talks.yml(9,14): error DR0202: report names unknown article 'beta-talk' (did you mean 'beta-talks'?)";

    private const string UnusedArticleLine =
        "content/articles/orphan.md(1,1): warning DR0208: article 'orphan' is used by no story (add it to a breakdown's reports, or delete it)";

    [Fact]
    public void One_run_reports_every_mistake_of_every_file_sorted_by_file_then_line()
    {
        using var p = WithSeveralMistakes();

        var result = p.Load();

        var got = result.Diagnostics.Select(d => $"{d.Location} {d.Code}").ToArray();
        Assert.Equal(
        [
            "content/articles/alpha-talks.md(4,12) DR0104",
            "content/breakdowns/2025-07-03-talks.yml(2,7) DR0104",
            "content/breakdowns/2025-07-03-talks.yml(11,1) DR0101",
            "content/sources/beta.yml(3,10) DR0107",
            "site.yml(4,11) DR0112",
        ], got);
        Assert.All(result.Diagnostics, d => Assert.Equal(Severity.Error, d.Severity));
    }

    [Fact]
    public void Check_prints_every_mistake_in_order_then_the_count_and_exits_1()
    {
        using var p = WithSeveralMistakes();

        var run = p.Run("check");

        Assert.Equal(1, run.ExitCode);
        var lines = run.Lines;
        Assert.Equal(6, lines.Count);
        Assert.StartsWith("content/articles/alpha-talks.md(4,12): error DR0104: ", lines[0]);
        Assert.StartsWith("content/breakdowns/2025-07-03-talks.yml(2,7): error DR0104: ", lines[1]);
        Assert.StartsWith("content/breakdowns/2025-07-03-talks.yml(11,1): error DR0101: ", lines[2]);
        Assert.StartsWith("content/sources/beta.yml(3,10): error DR0107: ", lines[3]);
        Assert.StartsWith("site.yml(4,11): error DR0112: ", lines[4]);
        Assert.EndsWith("5 errors, 0 warnings", lines[5]);
    }

    [Fact]
    public void A_diagnostic_prints_in_the_canonical_compiler_form()
    {
        using var p = WithUnknownArticle();

        var result = p.Load();

        Assert.Equal(UnknownArticleLine, result.Single(DiagnosticCode.UnknownArticle).ToString());
        Assert.Equal(UnusedArticleLine, result.Single(DiagnosticCode.UnusedArticle).ToString());
    }

    [Fact]
    public void A_diagnostic_without_a_hint_prints_no_parentheses()
    {
        var d = new Diagnostic(Severity.Error, "DR0104", new FileLocation("content/breakdowns/x.yml", 2, 7), "'date' is not a valid date: 'July 3'");

        Assert.Equal("content/breakdowns/x.yml(2,7): error DR0104: 'date' is not a valid date: 'July 3'", d.ToString());
    }

    [Fact]
    public void Under_github_actions_check_also_prints_annotations_and_exits_1()
    {
        using var p = WithUnknownArticle();

        var run = CliRun.Execute(p.Root, ["check"], new Dictionary<string, string> { ["GITHUB_ACTIONS"] = "true" });

        Assert.Equal(1, run.ExitCode);
        Assert.Contains(UnknownArticleLine, run.Lines);
        Assert.Contains(
            "::error file=content/breakdowns/2025-07-03-talks.yml,line=9,col=14,title=DR0202::report names unknown article 'beta-talk' (did you mean 'beta-talks'?)",
            run.Lines);
        Assert.Contains(UnusedArticleLine, run.Lines);
        Assert.Contains(run.Lines, l => l.StartsWith("::warning file=content/articles/orphan.md,line=1,col=1,title=DR0208::", StringComparison.Ordinal));
        Assert.Equal(2, run.Lines.Count(l => l.StartsWith("::", StringComparison.Ordinal)));
    }

    [Fact]
    public void Without_github_actions_check_prints_no_annotations()
    {
        using var p = WithUnknownArticle();

        var run = CliRun.Execute(p.Root, ["check"], new Dictionary<string, string>());

        Assert.Equal(1, run.ExitCode);
        Assert.Contains(UnknownArticleLine, run.Lines);
        Assert.DoesNotContain(run.Lines, l => l.StartsWith("::", StringComparison.Ordinal));
    }

    [Fact]
    public void Check_in_a_folder_without_site_yml_exits_2()
    {
        using var p = new TestProject(minimal: false);

        var run = p.Run("check");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("no site.yml", run.Error);
    }

    [Fact]
    public void An_unknown_verb_exits_2()
    {
        using var p = new TestProject();

        var run = p.Run("frobnicate");

        Assert.Equal(2, run.ExitCode);
    }

    [Fact]
    public void Check_on_the_minimal_publication_exits_0()
    {
        using var p = new TestProject();

        var run = p.Run("check");

        Assert.Equal(0, run.ExitCode);
        Assert.Single(run.Lines);
        Assert.EndsWith("0 errors, 0 warnings", run.Lines[0]);
    }
}
