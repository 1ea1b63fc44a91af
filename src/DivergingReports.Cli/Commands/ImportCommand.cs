using CommandLine;
using DivergingReports.Diagnostics;
using DivergingReports.Content.Paste;
using DivergingReports.Importing;
using DivergingReports.Validation;

namespace DivergingReports.Cli.Commands;

[Verb("import", HelpText = "Turn pasted article text into content/articles/<date>-<source>-<headline>.md. Never overwrites.")]
public sealed class ImportVerbOptions : ProjectOptions
{
    [Value(0, MetaName = "FILE", Required = true, HelpText = "Text files holding pasted articles.")]
    public IEnumerable<string> Files { get; set; } = [];

    [Option("source", HelpText = "The source id, when the paste's address does not tell it.")]
    public string? Source { get; set; }

    [Option("url", HelpText = "The original's address, when the paste has no 'Source:' line.")]
    public string? Url { get; set; }

    [Option("published", HelpText = "The publication date (YYYY-MM-DD), when the address does not carry it.")]
    public string? Published { get; set; }
}

public static class ImportCommand
{
    public static int Run(ImportVerbOptions options, CliContext context)
    {
        if (options.Resolve(context) is not { } paths) return ExitCodes.Usage;
        Uri? url = null;
        if (options.Url is not null && (url = WebAddresses.Parse(options.Url)) is null)
        {
            context.Error.WriteLine($"divrep import: --url '{Printable.Escape(options.Url)}' is not an http(s) address");
            return ExitCodes.Usage;
        }
        var inputs = options.Files.Select(f => Path.GetFullPath(Path.Combine(context.WorkingDirectory, f))).ToArray();
        foreach (var missing in inputs.Where(f => !File.Exists(f)))
        {
            context.Error.WriteLine($"divrep import: no such file: {Printable.Escape(missing)}");
            return ExitCodes.Usage;
        }

        var (outcomes, diagnostics) = ArticleImporter.Import(paths, inputs, new PasteOptions(options.Source, url, options.Published));
        foreach (var outcome in outcomes) Report(outcome, context.Out);
        DiagnosticWriter.Write(context.Out, diagnostics, context.GitHubActions);
        context.Out.WriteLine($"import: {outcomes.Count(o => o.Written is not null)} of {outcomes.Count} written: {DiagnosticWriter.Summary(diagnostics)}");
        return diagnostics.Any(d => d.IsError) ? ExitCodes.ContentErrors : ExitCodes.Ok;
    }

    private static void Report(ImportOutcome outcome, TextWriter output)
    {
        output.WriteLine(outcome.Written is null ? $"{Printable.Escape(outcome.Input)}: not imported" : $"{Printable.Escape(outcome.Input)} -> {Printable.Escape(outcome.Written)}");
        if (outcome.Result is not { } result) return;
        foreach (var (field, value, how) in result.Inferred)
            output.WriteLine($"  {field,-10} {Shorten(value)}  (from {how})");
        foreach (var (rule, count) in result.Removed)
            output.WriteLine($"  {"removed",-10} {Printable.Escape(count == 1 ? rule : $"{rule} x{count}")}");
        if (result.EditorSummary is { } summary)
            output.WriteLine($"  {"summary",-10} the publication's own summary of this report was left out of the article text: {Shorten(summary)}");
        foreach (var missing in result.Missing)
            output.WriteLine($"  {"missing",-10} {missing}");
    }

    /// <summary>A pasted value, cut to a line's worth and printable (a paste is anybody's text).</summary>
    private static string Shorten(string text) => Printable.Escape(text.Length <= 90 ? text : text[..87] + "...");
}
