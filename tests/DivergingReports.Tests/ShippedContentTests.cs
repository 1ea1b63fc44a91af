using DivergingReports.Tests.Support;

namespace DivergingReports.Tests;

public class ShippedContentTests
{
    [Fact]
    public void The_shipped_sample_story_checks_clean_with_no_warnings()
    {
        using var project = TestProject.FromShippedContent();
        var run = project.Run("check");
        Assert.True(run.ExitCode == 0, run.Out + run.Error);
        Assert.Contains("0 errors, 0 warnings", run.Out);
    }

    [Fact]
    public void The_minimal_test_project_checks_clean()
    {
        using var project = new TestProject();
        var result = project.Load();
        Assert.True(result.Diagnostics.Count == 0, string.Join("\n", result.Diagnostics));
        Assert.Equal(2, result.Publication.Articles.Count);
    }
}
