using System.Text;
using DivergingReports.Cli.Commands;
using DivergingReports.Content.Schema;
using DivergingReports.Tests.Support;

namespace DivergingReports.Tests.DotnetTool;

/// <summary>
/// divrep help content: the content reference from the tool itself, for an editor who installed
/// divrep and has no copy of its repository (the site.yml init writes points there).
/// </summary>
public class HelpContentTests
{
    [Theory]
    [InlineData("help", "content")]
    [InlineData("--help", "content")]
    [InlineData("-h", "content")]
    public void Help_content_prints_the_content_reference_anywhere(params string[] args)
    {
        // Outside any publication: the reference is the tool's own.
        using var folder = new TestProject(minimal: false);
        var run = folder.Run(args);

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Equal("", run.Error);
        Assert.Equal(ContentReference.Markdown().TrimEnd('\n'), run.Out.ReplaceLineEndings("\n").TrimEnd('\n'));
        // The same text as docs/content-reference.md in the repository.
        var doc = File.ReadAllText(Path.Combine(TestProject.RepositoryRoot(), "docs", "content-reference.md"));
        Assert.Equal(doc.TrimEnd('\n'), run.Out.ReplaceLineEndings("\n").TrimEnd('\n'));
        Assert.Contains("`base_url`", run.Out);
    }

    [Fact]
    public void The_list_of_commands_says_where_the_reference_is()
    {
        var run = CliRun.Execute(Path.GetTempPath(), ["--help"]);
        Assert.Contains("divrep help content", run.Out);
    }

    [Theory]
    [InlineData("help", "contnet")]
    [InlineData("help", "fields")]
    public void A_topic_typed_wrongly_is_one_line_on_stderr_and_exit_code_2(params string[] args)
    {
        var run = CliRun.Execute(Path.GetTempPath(), args);
        Assert.Equal(2, run.ExitCode);
        Assert.Equal("", run.Out);
        Assert.Single(run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("not a command or a help topic (content)", run.Error);
        if (args[1] == "contnet") Assert.Contains("did you mean 'content'?", run.Error);
    }

    [Fact]
    public void The_site_yml_init_writes_points_to_a_command_that_prints_the_reference()
    {
        var siteYml = Encoding.UTF8.GetString(InitCommand.Files(null).Single(f => f.Path == "site.yml").Bytes);
        var header = string.Join("\n", siteYml.Split('\n').TakeWhile(l => l.StartsWith('#')));
        Assert.DoesNotContain("docs/content-reference.md", header);
        var command = System.Text.RegularExpressions.Regex.Match(header, @"run (divrep help \w+)").Groups[1].Value;
        Assert.Equal("divrep help content", command);

        var run = CliRun.Execute(Path.GetTempPath(), command.Split(' ')[1..]);
        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith("# Content reference", run.Out);
    }

    [Fact]
    public void Init_says_where_the_reference_is()
    {
        using var folder = new TestProject(minimal: false);
        var init = CliRun.Execute(folder.Root, ["init", "site", "--minimal"]);
        Assert.Equal(0, init.ExitCode);
        Assert.Contains(init.Lines, l => l.StartsWith("divrep help content", StringComparison.Ordinal));
        Assert.Contains(init.Lines, l => l.StartsWith("divrep serve", StringComparison.Ordinal));
    }

    [Fact]
    public void The_readme_names_the_reference_command()
    {
        Assert.Contains("divrep help content", File.ReadAllText(Path.Combine(TestProject.RepositoryRoot(), "README.md")));
    }
}
