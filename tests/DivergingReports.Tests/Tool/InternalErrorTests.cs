using DivergingReports.Cli;
using DivergingReports.Tests.Support;

namespace DivergingReports.Tests.DotnetTool;

/// <summary>A fault of divrep's own ends the run with one line on standard error and exit code 3, never a stack trace, unless DIVREP_DEBUG=1 asks for it.</summary>
public class InternalErrorTests
{
    /// <summary>Standard output that fails as a broken tool would: not a disk error, an unexpected one.</summary>
    private sealed class FaultyWriter : StringWriter
    {
        public override void Write(char value) => throw new InvalidOperationException("the printer\nfell over\u001b[2J");
        public override void Write(string? value) => Write(' ');
        public override void WriteLine(string? value) => Write(' ');
    }

    [Theory]
    [InlineData(null)]
    [InlineData("1")]
    public void An_internal_error_is_one_line_and_exit_code_3_and_where_it_happened_only_when_asked(string? debug)
    {
        using var project = new TestProject();
        var error = new StringWriter();
        var context = new CliContext(new FaultyWriter(), error, project.Root, name => name == "DIVREP_DEBUG" ? debug : null, () => DateTimeOffset.UnixEpoch);

        var code = Cli.Cli.Run(["check"], context);

        Assert.Equal(ExitCodes.Internal, code);
        var lines = error.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("divrep: an internal error stopped the run (InvalidOperationException: the printer\\nfell over\\u001b[2J)", lines[0], StringComparison.Ordinal);
        Assert.DoesNotContain(error.ToString(), c => c == '\u001b');
        if (debug is null) Assert.Single(lines);
        else Assert.Contains(lines, l => l.TrimStart().StartsWith("at DivergingReports.", StringComparison.Ordinal));
    }
}
