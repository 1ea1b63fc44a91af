using System.Reflection;
using CommandLine;
using DivergingReports.Cli;
using DivergingReports.Cli.Commands;
using DivergingReports.Tests.Support;

namespace DivergingReports.Tests.DotnetTool;

/// <summary>
/// divrep's command line as other tools': help on stdout with exit code 0 (so divrep --help | less works),
/// --version at the top level only, and a command typed wrongly answered in one line on stderr with exit code 2.
/// </summary>
public class CommandLineTests
{
    /// <summary>The options a command takes, as its help lists them: every [Option] of its options class and the classes it extends.</summary>
    public static IEnumerable<OptionAttribute> Options(Type verb) =>
        verb.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Select(p => p.GetCustomAttribute<OptionAttribute>())
            .OfType<OptionAttribute>()
            .Where(o => !o.Hidden);

    public static TheoryData<string[]> HelpRequests()
    {
        var data = new TheoryData<string[]> { new[] { "--help" }, new[] { "-h" }, new[] { "help" } };
        foreach (var verb in Usage.Verbs.Select(Usage.Name))
        {
            data.Add([verb, "--help"]);
            data.Add([verb, "-h"]);
            data.Add(["help", verb]);
            data.Add(["-h", verb]);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(HelpRequests))]
    public void Help_goes_to_stdout_with_exit_code_0(string[] args)
    {
        using var folder = new TestProject(minimal: false);
        var run = folder.Run(args);

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Equal("", run.Error);
        Assert.DoesNotContain("--version", run.Out.Replace("divrep --version prints the version", ""));
        var verb = args.FirstOrDefault(a => Usage.Verbs.Any(v => Usage.Name(v) == a));
        if (verb is null)
        {
            foreach (var name in Usage.Verbs.Select(Usage.Name)) Assert.Contains($"\n  {name} ", run.Out);
            Assert.Contains("divrep --version", run.Out);
        }
        else
        {
            Assert.Contains($"Usage: divrep {verb} [options]", run.Out);
            Assert.Contains("-h, --help", run.Out);
            Assert.Single(System.Text.RegularExpressions.Regex.Matches(run.Out, "--help"));
        }
    }

    [Theory]
    [InlineData("build", "--drafts", "--help")]
    [InlineData("import", "-h")]
    [InlineData("init", "--minimal", "-h")]
    [InlineData("new", "story", "-h")]
    public void Help_after_other_arguments_is_still_help_and_runs_nothing(params string[] args)
    {
        using var folder = new TestProject(minimal: false);
        var run = folder.Run(args);
        Assert.Equal(0, run.ExitCode);
        Assert.Contains($"Usage: divrep {args[0]}", run.Out);
        Assert.Empty(Directory.EnumerateFileSystemEntries(folder.Root));
    }

    [Fact]
    public void Each_commands_help_lists_every_option_it_takes()
    {
        foreach (var verb in Usage.Verbs)
        {
            var help = CliRun.Execute(Path.GetTempPath(), ["help", Usage.Name(verb)]).Out;
            foreach (var option in Options(verb))
            {
                Assert.Contains("--" + option.LongName, help);
                if (option.ShortName is { Length: > 0 } s) Assert.Contains($"-{s}, --{option.LongName}", help);
            }
        }
    }

    [Fact]
    public void Version_at_the_top_level_prints_the_version_on_stdout()
    {
        var run = CliRun.Execute(Path.GetTempPath(), ["--version"]);
        Assert.Equal(0, run.ExitCode);
        Assert.Equal("", run.Error);
        var version = typeof(Usage).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()!.InformationalVersion;
        Assert.Equal($"divrep {version}", run.Out.TrimEnd());
        Assert.StartsWith("divrep 0.1.0", run.Out);
    }

    [Theory]
    [InlineData("frobnicate")]
    [InlineData("buld")]
    [InlineData("version")]
    [InlineData("--verbose")]
    [InlineData("help", "frobnicate")]
    [InlineData("--version", "build")]
    [InlineData("build", "--version")]
    [InlineData("build", "--foo")]
    [InlineData("build", "-x")]
    [InlineData("build", "-o")]
    [InlineData("build", "--output", "--drafts")]
    [InlineData("build", "--drafts", "--drafts")]
    [InlineData("build", "site")]
    [InlineData("check", "extra")]
    [InlineData("serve", "--port", "eighty")]
    [InlineData("serve", "--port", "0")]
    [InlineData("import")]
    [InlineData("import", "missing.txt")]
    [InlineData("import", "--url", "ftp://example.org/a", "missing.txt")]
    [InlineData("new", "story")]
    [InlineData("new", "poem", "Title")]
    [InlineData("new", "source", "Not An Id")]
    [InlineData("new", "story", "Title", "--date", "tomorrow")]
    [InlineData("new", "story", "Title", "extra")]
    [InlineData("theme")]
    [InlineData("theme", "show")]
    [InlineData("theme", "list", "story")]
    [InlineData("theme", "copy")]
    [InlineData("init")]
    [InlineData("init", "a", "b")]
    public void A_command_used_wrongly_is_one_line_on_stderr_nothing_on_stdout_and_exit_code_2(params string[] args)
    {
        using var project = new TestProject();
        var run = project.Run(args);

        Assert.True(run.ExitCode == 2, $"exit code {run.ExitCode}: {run.Out}{run.Error}");
        Assert.Equal("", run.Out);
        Assert.Single(run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("divrep", run.Error);
    }

    [Fact]
    public void A_misspelt_command_or_option_gets_a_suggestion()
    {
        using var project = new TestProject();
        Assert.Contains("did you mean 'build'?", project.Run("buld").Error);
        Assert.Contains("did you mean '--output'?", project.Run("build", "--outptu", "x").Error);
    }

    [Fact]
    public void What_the_user_typed_is_echoed_without_its_control_characters()
    {
        using var project = new TestProject();
        foreach (var args in new string[][] { ["bu\u001b[2Jild"], ["build", "--fo\u001b[2Jo"], ["check", "x\u001b[2J"], ["help", "x\u009b2J"], ["import", "x\u001b[2J.txt"] })
        {
            var run = project.Run(args);
            Assert.Equal(2, run.ExitCode);
            Assert.DoesNotContain(run.Error, c => c is '\u001b' or '\u009b');
            Assert.Contains("\\u00", run.Error);
        }
    }

    [Fact]
    public void Without_a_command_the_list_of_commands_goes_to_stderr_with_exit_code_2()
    {
        var run = CliRun.Execute(Path.GetTempPath(), []);
        Assert.Equal(2, run.ExitCode);
        Assert.Equal("", run.Out);
        Assert.Contains("  build ", run.Error);
    }

    [Fact]
    public void Every_command_the_assembly_declares_is_one_divrep_runs()
    {
        var declared = typeof(Usage).Assembly.GetTypes().Where(t => t.GetCustomAttribute<VerbAttribute>() is not null);
        Assert.Equal(declared.OrderBy(t => t.Name), Usage.Verbs.OrderBy(t => t.Name));
        Assert.All(Usage.Verbs, v => Assert.True(typeof(VerbOptions).IsAssignableFrom(v), $"{v.Name} does not take -h"));
    }
}
