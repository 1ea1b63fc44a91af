using CommandLine;
using DivergingReports.Content;
using DivergingReports.Diagnostics;

namespace DivergingReports.Cli.Commands;

[Verb("check", HelpText = "Validate every content file and report each problem with file, line and column. Writes nothing.")]
public sealed class CheckOptions : ProjectOptions
{
    [Value(0, MetaName = "MORE", Hidden = true)]
    public IEnumerable<string> More { get; set; } = [];

    public override IEnumerable<string> Unexpected => More;
}

public static class CheckCommand
{
    public static int Run(CheckOptions options, CliContext context)
    {
        if (options.Resolve(context) is not { } paths) return ExitCodes.Usage;
        var result = PublicationLoader.Load(paths);
        DiagnosticWriter.Write(context.Out, result.Diagnostics, context.GitHubActions);
        var p = result.Publication;
        context.Out.WriteLine(
            "check: " + string.Join(", ", DiagnosticWriter.Count(p.Sources.Count, "source"), DiagnosticWriter.Count(p.Articles.Count, "article"),
                DiagnosticWriter.Count(p.Stories.Count, "story"), DiagnosticWriter.Count(p.Pages.Count, "page")) + ": " + DiagnosticWriter.Summary(result.Diagnostics));
        return result.HasErrors ? ExitCodes.ContentErrors : ExitCodes.Ok;
    }
}
