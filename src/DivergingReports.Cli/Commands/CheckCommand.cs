using CommandLine;
using DivergingReports.Building;
using DivergingReports.Content;
using DivergingReports.Diagnostics;

namespace DivergingReports.Cli.Commands;

[Verb("check", HelpText = "Validate every content file and report each problem with file, line and column. Writes nothing.")]
public sealed class CheckOptions : ProjectOptions
{
    [Option('o', "output", HelpText = "The folder the last build wrote, whose size is checked against GitHub Pages' limit. Default: _site in the publication's folder.")]
    public string? Output { get; set; }

    [Option("pages", HelpText = "The site is published on GitHub Pages: a last build over Pages' 1 GB limit is an error, not a warning.")]
    public bool Pages { get; set; }

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
        var output = Path.GetFullPath(Path.Combine(context.WorkingDirectory, options.Output ?? Path.Combine(paths.Root, "_site")));
        // The last build's size, read from disk: nothing is built. No folder, no build yet, nothing to say.
        var diagnostics = PagesLimit.Add(result.Diagnostics, Directory.Exists(output) ? SiteSize.Measure(output) : null,
            paths.Relative(output), context.PagesLimit, strict: options.Pages);
        DiagnosticWriter.Write(context.Out, diagnostics, context.GitHubActions);
        var p = result.Publication;
        context.Out.WriteLine(
            "check: " + string.Join(", ", DiagnosticWriter.Count(p.Sources.Count, "source"), DiagnosticWriter.Count(p.Articles.Count, "article"),
                DiagnosticWriter.Count(p.Stories.Count, "story"), DiagnosticWriter.Count(p.Pages.Count, "page")) + ": " + DiagnosticWriter.Summary(diagnostics));
        return diagnostics.Any(d => d.IsError) ? ExitCodes.ContentErrors : ExitCodes.Ok;
    }
}
