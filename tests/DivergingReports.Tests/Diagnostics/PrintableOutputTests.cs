using DivergingReports.Diagnostics;
using DivergingReports.Tests.Support;

namespace DivergingReports.Tests.Diagnostics;

/// <summary>
/// What divrep prints quotes the content, and the content is anybody's: no value may start a line
/// of its own (a CI runner reads "::" lines as its commands) or send a control character to the
/// terminal. Control characters in the text are said, where they stand, and left out of the pages.
/// </summary>
public class PrintableOutputTests
{
    // A tag that tries to mask the log's secrets and forge an annotation, then clear the screen.
    private const string Forged = "bad\\n::add-mask::secret\\n::error file=site.yml,line=1::forged\\e[2J";

    [Fact]
    public void A_value_with_line_breaks_and_escape_codes_prints_as_one_line_with_no_control_character()
    {
        using var project = new TestProject();
        project.Write("content/breakdowns/2025-07-03-talks.yml", TestProject.Story.Replace("tags: [talks, diplomacy]", $"tags: [\"{Forged}\"]"));

        var run = CliRun.Execute(project.Root, ["check"], new Dictionary<string, string> { ["GITHUB_ACTIONS"] = "true" });

        Assert.Equal(1, run.ExitCode);
        Assert.DoesNotContain(run.Out, c => char.IsControl(c) && c is not '\n' and not '\r');
        var lines = run.Out.Split('\n');
        Assert.DoesNotContain(lines, l => l.StartsWith("::add-mask::", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.StartsWith("::error file=site.yml", StringComparison.Ordinal));
        // The mistake is still said, once in each form, with the value shown escaped.
        var plain = Assert.Single(lines, l => l.StartsWith("content/breakdowns/2025-07-03-talks.yml(", StringComparison.Ordinal) && l.Contains(": error ", StringComparison.Ordinal));
        Assert.Contains("bad\\n::add-mask::secret\\n::error file=site.yml,line=1::forged\\u001b[2J", plain);
        Assert.Single(lines, l => l.StartsWith("::error file=content/breakdowns/2025-07-03-talks.yml,", StringComparison.Ordinal));
        // Its escape character is also said, as text pages leave out.
        Assert.Single(lines, l => l.StartsWith("content/breakdowns/2025-07-03-talks.yml(", StringComparison.Ordinal) && l.Contains($"warning {DiagnosticCode.ControlCharacter.Id}", StringComparison.Ordinal));
    }

    [Fact]
    public void A_control_character_in_a_text_is_warned_of_where_it_stands_and_left_out_of_the_page()
    {
        using var project = new TestProject();
        project.Write("content/breakdowns/2025-07-03-talks.yml", TestProject.Story.Replace("title: The talks", "title: \"The \\e[31mtalks\""));
        project.Write("content/articles/alpha-talks.md", TestProject.AlphaArticle.Replace("The talks lasted", "The talks\u0007 lasted"));

        var check = project.Run("check");
        Assert.Equal(0, check.ExitCode);
        var warnings = check.Lines.Where(l => l.Contains($"warning {DiagnosticCode.ControlCharacter.Id}", StringComparison.Ordinal)).ToArray();
        Assert.Equal(2, warnings.Length);
        // The title's escape, written \e in YAML, at its value; the article's bell where it stands in the text.
        Assert.Contains(warnings, w => w.StartsWith("content/breakdowns/2025-07-03-talks.yml(1,8)", StringComparison.Ordinal) && w.Contains("U+001B", StringComparison.Ordinal));
        Assert.Contains(warnings, w => w.StartsWith("content/articles/alpha-talks.md(7,10)", StringComparison.Ordinal) && w.Contains("U+0007", StringComparison.Ordinal));

        var site = project.Build();
        foreach (var page in site.HtmlFiles())
            Assert.DoesNotContain(site.Text(page), c => c is '\u0007' or '\u001b');
        Assert.Contains("The [31mtalks", site.Html("stories/talks/index.html").QuerySelector("h1")!.TextContent);
    }
}
