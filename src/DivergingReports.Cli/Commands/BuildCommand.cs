using CommandLine;
using DivergingReports.Rendering.Templates;
using DivergingReports.Building;
using DivergingReports.Diagnostics;
using DivergingReports.Planning;
using DivergingReports.Search;
using DivergingReports.Validation;

namespace DivergingReports.Cli.Commands;

[Verb("build", HelpText = "Build the site into _site/ (or --output DIR). A failed build leaves the previous site untouched.")]
public sealed class BuildOptions : ProjectOptions
{
    [Option('o', "output", HelpText = "The folder to build into. Default: _site in the publication's folder.")]
    public string? Output { get; set; }

    [Option("drafts", HelpText = "Include stories marked draft: true.")]
    public bool Drafts { get; set; }

    [Option("base-url", HelpText = "The address the site is published at, instead of site.yml's base_url.")]
    public string? BaseUrl { get; set; }

    [Option("search", HelpText = "Make the search index with Pagefind (installed by npm ci in the publication's folder), as site.yml's search: true does.")]
    public bool Search { get; set; }

    [Option("timings", HelpText = "Print how long each stage of the build took.")]
    public bool Timings { get; set; }

    [Option("stats", HelpText = "Print the site's size by kind of file (story pages, story data, feeds, lists, …): bytes and files.")]
    public bool Stats { get; set; }

    [Value(0, MetaName = "MORE", Hidden = true)]
    public IEnumerable<string> More { get; set; } = [];

    public override IEnumerable<string> Unexpected => More;
}

public static class BuildCommand
{
    public static int Run(BuildOptions options, CliContext context)
    {
        if (options.Resolve(context) is not { } paths) return ExitCodes.Usage;
        Uri? baseUrl = null;
        if (options.BaseUrl is not null && (baseUrl = WebAddresses.Parse(options.BaseUrl)) is null)
        {
            context.Error.WriteLine($"divrep build: --base-url '{Printable.Escape(options.BaseUrl)}' is not an http(s) address");
            return ExitCodes.Usage;
        }
        if (baseUrl is not null && !baseUrl.AbsolutePath.EndsWith('/')) baseUrl = new Uri(baseUrl.GetLeftPart(UriPartial.Path) + "/");
        var output = Path.GetFullPath(Path.Combine(context.WorkingDirectory, options.Output ?? Path.Combine(paths.Root, "_site")));

        var result = SiteBuilder.Build(paths, output, new Planning.BuildOptions(options.Drafts, baseUrl, options.Search), ScribanTemplateSet.Load);
        // The size is checked on every build, the cached one too: a site that grew past the warning says so each time.
        var diagnostics = PagesLimit.Add(result.Diagnostics, result.Size, paths.Relative(output), context.PagesLimit);
        DiagnosticWriter.Write(context.Out, diagnostics, context.GitHubActions);
        if (result.Missing is { } missing)
        {
            context.Error.WriteLine($"divrep build: search needs Pagefind, but {Printable.Escape(missing)}: {Pagefind.InstallHint}, or build without search");
            return ExitCodes.Usage;
        }
        if (options.Timings)
        {
            foreach (var (stage, took) in result.Timings)
                context.Out.WriteLine(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"  {took.TotalMilliseconds,8:0} ms  {stage}"));
            var peak = System.Diagnostics.Process.GetCurrentProcess().PeakWorkingSet64 / (1024 * 1024);
            context.Out.WriteLine(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"  {peak,8} MB  peak memory (working set)"));
            var allocated = GC.GetTotalAllocatedBytes() / (1024 * 1024);
            context.Out.WriteLine(string.Create(System.Globalization.CultureInfo.InvariantCulture,
                $"  {allocated,8} MB  allocated; collections: {GC.CollectionCount(0)} / {GC.CollectionCount(1)} / {GC.CollectionCount(2)} (generation 0 / 1 / 2), paused {GC.GetTotalPauseDuration().TotalMilliseconds:0} ms"));
            if (result.Written is { } made)
                context.Out.WriteLine(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"  {made.Rendered,8} files rendered (the others' inputs did not change)"));
        }
        if (options.Stats && result.Size is { } size) SizeTable.Write(context.Out, size);
        if (result.Written is not { } written)
        {
            context.Out.WriteLine($"build: failed, {DiagnosticWriter.Summary(diagnostics)}; {Printable.Escape(paths.Relative(output))} was left as it was");
            return ExitCodes.ContentErrors;
        }
        var index = result.Search is { } search ? $", a search index of {DiagnosticWriter.Count(search.Pages, "page")}" : "";
        // A draft left out is said, so that an editor who forgot draft: true does not look for the story in vain.
        var drafts = result.DraftsLeftOut > 0 ? $" ({DiagnosticWriter.Count(result.DraftsLeftOut, "draft")} left out: --drafts includes {(result.DraftsLeftOut == 1 ? "it" : "them")})" : "";
        var bytes = result.Size is { } total ? ", " + SiteSize.Readable(total.Bytes) : "";
        context.Out.WriteLine($"build: {DiagnosticWriter.Count(result.StoryCount, "story")}{drafts}, {DiagnosticWriter.Count(written.Total, "file")}{bytes} in {Printable.Escape(paths.Relative(output))} "
            + $"({written.Written} written, {written.Unchanged} unchanged, {written.Removed} removed){index}: {DiagnosticWriter.Summary(diagnostics)}");
        return ExitCodes.Ok;
    }
}
