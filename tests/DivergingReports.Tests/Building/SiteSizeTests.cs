using System.Globalization;
using System.Text.RegularExpressions;
using DivergingReports.Tests.Support;

namespace DivergingReports.Tests.Building;

/// <summary>
/// build --stats tells where a site's bytes go, the summary line says how large the site is, and a site
/// nearing GitHub Pages' limit is warned about by build and check (a small limit stands in for 1 GB).
/// </summary>
public class SiteSizeTests
{
    private static readonly Regex StatsRow = new(@"^\s*([\d,]+)\s+([\d,]+)\s+(.+)$");

    /// <summary>What is on disk under the output folder, counted here file by file.</summary>
    private static (long Bytes, int Files) OnDisk(string folder)
    {
        var files = Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Select(f => new FileInfo(f).Length).ToArray();
        return (files.Sum(), files.Length);
    }

    [Fact]
    public void Stats_give_bytes_and_files_per_kind_that_add_up_to_the_site_on_disk_in_invariant_figures()
    {
        using var project = TestProject.FromShippedContent();
        var before = CultureInfo.CurrentCulture;
        CliRun run;
        // A German machine writes 1.234,5: the table must not change with it.
        CultureInfo.CurrentCulture = new CultureInfo("de-DE");
        try { run = project.Run("build", "--stats"); }
        finally { CultureInfo.CurrentCulture = before; }
        Assert.True(run.ExitCode == 0, run.Out + run.Error);

        var rows = run.Lines.Select(l => StatsRow.Match(l)).Where(m => m.Success)
            .Select(m => (Bytes: long.Parse(m.Groups[1].Value.Replace(",", ""), CultureInfo.InvariantCulture),
                Files: int.Parse(m.Groups[2].Value.Replace(",", ""), CultureInfo.InvariantCulture), Kind: m.Groups[3].Value))
            .ToArray();
        var total = Assert.Single(rows, r => r.Kind.StartsWith("the site", StringComparison.Ordinal));
        var kinds = rows.Where(r => r != total).ToArray();
        Assert.Contains(kinds, r => r.Kind == "story pages" && r.Files == 1);
        Assert.Contains(kinds, r => r.Kind == "story data (JSON)" && r.Files == 1);
        Assert.Contains(kinds, r => r.Kind == "feeds" && r.Files >= 3);
        Assert.Contains(kinds, r => r.Kind == "assets");
        Assert.Equal(kinds.Length, kinds.Select(r => r.Kind).Distinct().Count());

        var disk = OnDisk(project.PathOf("_site"));
        Assert.Equal(disk, (kinds.Sum(r => r.Bytes), kinds.Sum(r => r.Files)));
        Assert.Equal(disk, (total.Bytes, total.Files));
        // Thousands are grouped with commas, as in the rest of divrep's output.
        Assert.Contains(run.Lines, l => Regex.IsMatch(l, @"^\d{1,3}(,\d{3})+\s"));
    }

    [Fact]
    public void The_summary_line_says_how_large_the_site_is_and_a_rebuild_that_changes_nothing_says_it_too()
    {
        using var project = new TestProject();
        var first = project.Run("build");
        var second = project.Run("build");
        var kb = OnDisk(project.PathOf("_site")).Bytes / 1000.0;
        foreach (var run in new[] { first, second })
        {
            var summary = Assert.Single(run.Lines, l => l.StartsWith("build:", StringComparison.Ordinal));
            var size = Regex.Match(summary, @"files, ([\d.]+) kB in _site");
            Assert.True(size.Success, summary);
            Assert.Equal(kb, double.Parse(size.Groups[1].Value, CultureInfo.InvariantCulture), 0.05);
        }
    }

    [Fact]
    public void A_site_past_80_percent_of_the_pages_limit_gets_a_warning_that_says_how_large_and_what_to_do()
    {
        using var project = new TestProject();
        var bytes = OnDisk(BuildOnce(project)).Bytes;

        var near = project.RunWithPagesLimit(bytes * 10 / 9, "build");
        Assert.Equal(0, near.ExitCode);
        var warning = Assert.Single(near.Lines, l => l.Contains("DR0412", StringComparison.Ordinal));
        Assert.StartsWith("_site(1,1): warning DR0412: the site is ", warning);
        Assert.Contains("90 % of the", warning);
        Assert.Contains("GitHub Pages refuses sites over 1 GB", warning);
        Assert.Contains("divrep deploy", warning);
        Assert.EndsWith("0 errors, 1 warning", near.Lines[^1]);

        var small = project.RunWithPagesLimit(bytes * 2, "build");
        Assert.DoesNotContain(small.Lines, l => l.Contains("DR0412", StringComparison.Ordinal));
        Assert.EndsWith("0 errors, 0 warnings", small.Lines[^1]);
    }

    [Fact]
    public void Check_reads_the_last_builds_size_and_with_pages_a_site_over_the_limit_fails()
    {
        using var project = new TestProject();
        var bytes = OnDisk(BuildOnce(project)).Bytes;

        // Nothing built into the folder named: nothing to say about its size.
        var none = project.RunWithPagesLimit(1, "check", "--pages", "--output", "elsewhere");
        Assert.Equal(0, none.ExitCode);
        Assert.DoesNotContain("DR0412", none.Out);

        var over = project.RunWithPagesLimit(bytes / 2, "check");
        Assert.Equal(0, over.ExitCode);
        Assert.Contains(over.Lines, l => l.StartsWith("_site(1,1): warning DR0412: the site is ", StringComparison.Ordinal) && l.Contains("Pages would refuse it"));

        var refused = project.RunWithPagesLimit(bytes / 2, "check", "--pages");
        Assert.Equal(1, refused.ExitCode);
        Assert.Contains(refused.Lines, l => l.StartsWith("_site(1,1): error DR0412: ", StringComparison.Ordinal));
        Assert.EndsWith("1 error, 0 warnings", refused.Lines[^1]);

        // Near the limit but under it, Pages still takes the site: a warning, and the check passes.
        var near = project.RunWithPagesLimit(bytes * 10 / 9, "check", "--pages");
        Assert.Equal(0, near.ExitCode);
        Assert.Contains(near.Lines, l => l.StartsWith("_site(1,1): warning DR0412: ", StringComparison.Ordinal));
    }

    private static string BuildOnce(TestProject project)
    {
        var run = project.Run("build");
        Assert.True(run.ExitCode == 0, run.Out + run.Error);
        return project.PathOf("_site");
    }
}
