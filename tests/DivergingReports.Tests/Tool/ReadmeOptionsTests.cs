using System.Reflection;
using System.Text.RegularExpressions;
using CommandLine;
using DivergingReports.Cli;
using DivergingReports.Tests.Support;

namespace DivergingReports.Tests.DotnetTool;

/// <summary>The README tells every option divrep's help offers: an editor reads the README, not the source.</summary>
public class ReadmeOptionsTests
{
    public static TheoryData<string, string> EveryOption()
    {
        var data = new TheoryData<string, string>();
        foreach (var verb in Usage.Verbs)
            foreach (var option in CommandLineTests.Options(verb))
            {
                data.Add(Usage.Name(verb), "--" + option.LongName);
                if (option.ShortName is { Length: > 0 } s) data.Add(Usage.Name(verb), "-" + s);
            }
        data.Add("", "--version");
        return data;
    }

    private static readonly Lazy<string> Readme = new(() => File.ReadAllText(Path.Combine(TestProject.RepositoryRoot(), "README.md")));

    [Theory]
    [MemberData(nameof(EveryOption))]
    public void The_readme_names_every_option(string verb, string option)
    {
        // As a word of its own: -o, not the -o of --output or of a file name.
        var named = new Regex($@"(?<![\w-]){Regex.Escape(option)}(?![\w-])");
        Assert.True(named.IsMatch(Readme.Value), $"README.md does not mention {option}{(verb.Length > 0 ? $" of divrep {verb}" : "")}");
    }

    [Fact]
    public void The_readme_names_every_command()
    {
        foreach (var verb in Usage.Verbs.Select(Usage.Name))
            Assert.Contains($"divrep {verb}", Readme.Value);
    }
}
