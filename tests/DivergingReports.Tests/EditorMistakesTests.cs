using DivergingReports.Tests.Support;

namespace DivergingReports.Tests;

/// <summary>A publication with a dozen different editor mistakes: `divrep check` names every one, by file and line, in one run.</summary>
public class EditorMistakesTests
{
    [Fact]
    public void Check_reports_a_dozen_mistakes_in_one_run_sorted_by_file_and_line()
    {
        using var p = new TestProject();
        p.Write("site.yml", TestProject.SiteYml + "\npaginate: many\n");                                            // 1
        p.Write("content/sources/alpha.yml", TestProject.AlphaSource.Replace("country: NO", "country: UK")          // 2
            .Replace("lean: left", "lean: far-left"));                                                               // 3
        p.Write("content/sources/gamma.yml", "name: Gamma\nhomepage: javascript:alert(1)\n");                       // 4
        p.Write("content/sources/delta.yml", "name: Delta\ndomains: [beta.example]\n");                             // 5
        p.Write("content/articles/beta-talks.md", TestProject.BetaArticle.Replace("2025-07-03T18:30:00+02:00", "2025-02-30")); // 6
        p.Write("content/articles/orphan.md", "---\ntitle: Orphan\nsource: gama\npublished: 2025-07-01\n---\nText.\n"); // 7
        p.Write("content/pages/tags.md", "---\ntitle: Our tags\n---\nText.\n");                                     // 8
        p.Write("content/breakdowns/2025-07-03-talks.yml", TestProject.Story
            .Replace("tags: [talks, diplomacy]", "tags: [talks, Diplomacy]")                                         // 9
            .Replace("article: beta-talks", "article: beta-talk")                                                   // 10
            .Replace("divergences:", "divergence:"));                                                                // 11
        p.Write("content/breakdowns/other.yml", "title: Other\ndate: 2025-07-04\nslug: talks\nsummary: x\nreports:\n\t- article: alpha-talks\n"); // 12

        var run = p.Run("check");

        Assert.Equal(1, run.ExitCode);
        var expected = new[]
        {
            "content/articles/beta-talks.md(4,12): error DR0104",
            "content/articles/orphan.md(3,9): error DR0201",
            "content/breakdowns/2025-07-03-talks.yml(3,15): error DR0105",
            "content/breakdowns/2025-07-03-talks.yml(9,14): error DR0202",
            "content/breakdowns/2025-07-03-talks.yml(11,1): error DR0101",
            "content/breakdowns/other.yml(6,1): error DR0001",
            "content/pages/tags.md(1,1): error DR0214",
            "content/sources/alpha.yml(3,10): error DR0107",
            "content/sources/alpha.yml(5,7): error DR0207",
            "content/sources/delta.yml(2,11): error DR0206",
            "content/sources/gamma.yml(2,11): error DR0106",
            "site.yml(6,11): error DR0108",
        };
        var diagnostics = run.Lines.Where(l => l.Contains(": error DR") || l.Contains(": warning DR")).ToArray();
        foreach (var prefix in expected)
            Assert.Contains(diagnostics, l => l.StartsWith(prefix, StringComparison.Ordinal));
        var positions = diagnostics.Select(Position).ToArray();
        Assert.Equal(positions.OrderBy(x => x.Path, StringComparer.Ordinal).ThenBy(x => x.Line).ThenBy(x => x.Column), positions);
        Assert.Contains("content/sources/alpha.yml(3,10): error DR0107: 'UK' is not an ISO 3166-1 country code (did you mean 'GB' (United Kingdom)?)", diagnostics);
        Assert.Contains(diagnostics, l => l.StartsWith("content/breakdowns/2025-07-03-talks.yml(9,14)") && l.Contains("did you mean 'beta-talks'?"));
        Assert.Contains(diagnostics, l => l.StartsWith("content/breakdowns/2025-07-03-talks.yml(11,1)") && l.Contains("did you mean 'divergences'?"));
    }

    private static (string Path, int Line, int Column) Position(string line)
    {
        var m = System.Text.RegularExpressions.Regex.Match(line, @"^(.*?)\((\d+),(\d+)\)");
        return (m.Groups[1].Value, int.Parse(m.Groups[2].Value), int.Parse(m.Groups[3].Value));
    }
}
