using DivergingReports.Diagnostics;
using DivergingReports.Model;
using DivergingReports.Tests.Support;

namespace DivergingReports.Tests.Robustness;

/// <summary>
/// YAML nested tens of thousands of levels deep once overflowed the stack inside the YAML library
/// and ended the process, taking a running preview with it. Every form of deep nesting is now one
/// diagnostic where the nesting passes the limit, and the rest of the content is still checked.
/// </summary>
public class DeepYamlTests
{
    private const int Deep = 100_000;

    public static TheoryData<string, string, int> DeepForms => new()
    {
        // Brackets: 200 KB, under the default size bound, so the depth is what stops it.
        { "lists in brackets", "tags: " + new string('[', Deep) + new string(']', Deep), 3 },
        { "mappings in braces", "extra: " + string.Concat(Enumerable.Repeat("{a: ", Deep)) + "1" + new string('}', Deep), 3 },
        { "compact block lists", "tags:\n" + string.Concat(Enumerable.Repeat("- ", Deep)) + "x", 4 },
    };

    [Theory]
    [MemberData(nameof(DeepForms))]
    public void A_breakdown_nested_a_hundred_thousand_levels_deep_is_one_diagnostic_in_check_and_build(string form, string deep, int line)
    {
        using var project = new TestProject();
        project.Write("content/breakdowns/2025-07-04-deep.yml", "title: Deep\ndate: 2025-07-04\n" + deep + "\n");

        foreach (var command in new[] { "check", "build" })
        {
            var run = project.Run(command);
            Assert.True(run.ExitCode == 1, $"{form}, {command}: exit {run.ExitCode}\n{run.Out}{run.Error}");
            var error = Assert.Single(run.Lines, l => l.Contains($"error {DiagnosticCode.YamlTooDeep.Id}", StringComparison.Ordinal));
            // Where the nesting passes the limit, within the deep value.
            Assert.StartsWith($"content/breakdowns/2025-07-04-deep.yml({line},", error, StringComparison.Ordinal);
            Assert.Contains($"more than {ContentLimits.YamlDepth} levels", error, StringComparison.Ordinal);
            Assert.Empty(run.Error);
        }
        Assert.False(Directory.Exists(Path.Combine(project.Root, "_site")));
    }

    [Fact]
    public void Deep_front_matter_and_a_deep_site_yml_are_said_too_and_the_other_files_still_checked()
    {
        using var project = new TestProject();
        project.Write("content/articles/alpha-talks.md", TestProject.AlphaArticle.Replace("published: 2025-07-03",
            "published: 2025-07-03\nauthor: " + new string('[', Deep) + new string(']', Deep)));
        project.Write("site.yml", TestProject.SiteYml + "\nspectrum: " + new string('[', Deep) + new string(']', Deep) + "\n");
        project.Write("content/sources/beta.yml", TestProject.BetaSource.Replace("country: US", "country: XX"));

        var run = project.Run("check");

        Assert.Equal(1, run.ExitCode);
        Assert.Single(run.Lines, l => l.StartsWith("content/articles/alpha-talks.md(5,", StringComparison.Ordinal) && l.Contains(DiagnosticCode.YamlTooDeep.Id, StringComparison.Ordinal));
        Assert.Single(run.Lines, l => l.StartsWith("site.yml(", StringComparison.Ordinal) && l.Contains(DiagnosticCode.YamlTooDeep.Id, StringComparison.Ordinal));
        Assert.Single(run.Lines, l => l.StartsWith("content/sources/beta.yml(", StringComparison.Ordinal) && l.Contains(DiagnosticCode.InvalidCountry.Id, StringComparison.Ordinal));
    }

    [Fact]
    public void Nesting_within_the_limit_reads_as_before()
    {
        using var project = new TestProject();
        // A value nested to the limit is an ordinary (wrong-kind) value, not a depth error.
        var nested = new string('[', ContentLimits.YamlDepth - 1) + "x" + new string(']', ContentLimits.YamlDepth - 1);
        project.Write("content/breakdowns/2025-07-03-talks.yml", TestProject.Story.Replace("tags: [talks, diplomacy]", "tags: " + nested));

        var run = project.Run("check");

        Assert.DoesNotContain(run.Lines, l => l.Contains(DiagnosticCode.YamlTooDeep.Id, StringComparison.Ordinal));
        Assert.Contains(run.Lines, l => l.StartsWith("content/breakdowns/2025-07-03-talks.yml(3,", StringComparison.Ordinal) && l.Contains(" error ", StringComparison.Ordinal));
    }
}
