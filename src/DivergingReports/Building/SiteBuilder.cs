using DivergingReports.Content;
using DivergingReports.Diagnostics;
using DivergingReports.Planning;
using DivergingReports.Rendering;
using DivergingReports.Rendering.Templates;
using DivergingReports.Writing;

namespace DivergingReports.Building;

/// <summary>The outcome of a build: every problem found, and what was written when the build succeeded.</summary>
public sealed record BuildResult(IReadOnlyList<Diagnostic> Diagnostics, WriteResult? Written, int StoryCount)
{
    /// <summary>How long each stage took, in the order they ran.</summary>
    public IReadOnlyList<(string Stage, TimeSpan Took)> Timings { get; init; } = [];

    public bool Succeeded => Written is not null;
}

/// <summary>
/// <c>divrep build</c>, stage by stage: files → model (and checks) → templates → site plan → pages on
/// disk. Any error stops the build before the output folder is touched. The build cache beside the
/// output lets a build whose inputs did not change stop after hashing them, and one whose inputs
/// did render only the files those inputs make.
/// </summary>
public static class SiteBuilder
{
    public static BuildResult Build(ProjectPaths paths, string output, BuildOptions options)
    {
        var timings = new List<(string, TimeSpan)>();
        var clock = System.Diagnostics.Stopwatch.StartNew();
        void Stage(string name) { timings.Add((name, clock.Elapsed)); clock.Restart(); }

        var optionsKey = PageKeys.Options(options);
        var cache = BuildCache.Read(output) is { } read && read.Options == optionsKey ? read : null;
        // With no cache to compare with, the list of inputs is needed only once the site is written: it is made while the content loads.
        var listing = cache is null ? Task.Run(() => BuildInputs.List(paths)) : Task.FromResult(BuildInputs.List(paths));
        // With one, what the output folder holds is listed while the inputs are hashed: a build that
        // changes nothing needs both, and the writer needs the listing in any case.
        var onDisk = cache is null ? null : Task.Run(() => FileStamp.List(output));
        if (cache is not null && BuildInputs.Same(BuildInputs.Hash(paths, listing.Result), cache.Inputs) && OutputIntact(onDisk!.GetAwaiter().GetResult(), cache)
            && OutputFolder.Refusal(output, paths) is null)
        {
            Stage("compare with the last build: nothing changed");
            return new BuildResult(cache.Warnings, new WriteResult(0, cache.Files.Count, 0), cache.StoryCount) { Timings = timings };
        }
        if (cache is not null) Stage("compare with the last build");

        // The templates are hashed and compiled while the content loads: neither needs the other.
        // They are hashed before they are compiled, so an edit while building is seen by the next build.
        var bag = new DiagnosticBag();
        var compiling = Task.Run(() => { var theme = Theme.Load(paths, bag); return (Theme: theme, Set: ScribanTemplateSet.Load(theme, bag)); });
        var loaded = PublicationLoader.Load(paths);
        Stage("load and check content");
        foreach (var d in loaded.Diagnostics) bag.Add(d);
        if (OutputFolder.Refusal(output, paths) is { } refusal)
            bag.Error(DiagnosticCode.OutputRefused, FileLocation.StartOf(paths.Relative(output)), "cannot build here: " + refusal,
                "choose another --output folder, such as _site");
        var (theme, templates) = compiling.GetAwaiter().GetResult();
        Stage("hash and compile templates (what is left of it once loaded)");
        if (bag.HasErrors || templates is null) return new BuildResult(bag.Sorted(), null, 0) { Timings = timings };

        var plan = new SitePlan(loaded.Publication, options);
        var views = new ViewFactory(plan);
        var keys = new PageKeys(plan, loaded.Hashes, PageKeys.SiteWide(optionsKey, loaded.Hashes.Of("site.yml")), templates);
        Stage("plan the site");
        try
        {
            var (written, files) = SiteWriter.Write(output, new SitePages(plan, views, templates, theme, keys).All(), cache, onDisk?.GetAwaiter().GetResult());
            Stage("render and write pages");
            var diagnostics = bag.Sorted();
            Remember(output, new BuildCache
            {
                Options = optionsKey,
                StoryCount = plan.Stories.Count,
                Inputs = BuildInputs.Hashed(listing.GetAwaiter().GetResult(), paths, loaded.Hashes, theme.SiteHashes),
                Warnings = diagnostics,
                Files = files,
            });
            Stage("write the build cache");
            return new BuildResult(diagnostics, written, plan.Stories.Count) { Timings = timings };
        }
        catch (TemplateException e)
        {
            foreach (var d in e.Diagnostics) bag.Add(d);
            return new BuildResult(bag.Sorted(), null, plan.Stories.Count);
        }
        catch (IOException e)
        {
            // An article read again while rendering was moved or changed meanwhile: build again.
            bag.Error(DiagnosticCode.Unreadable, FileLocation.StartOf("content"), e.Message, "run the build again once the files have settled");
            return new BuildResult(bag.Sorted(), null, plan.Stories.Count);
        }
    }

    /// <summary>
    /// Writes the build cache. The site is built by now: a cache that cannot be written (a read-only
    /// parent folder, a full disk) only means the next build is a full one, so the old cache is let go.
    /// </summary>
    private static void Remember(string output, BuildCache cache)
    {
        try
        {
            cache.Write(output);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            try { BuildCache.Delete(output); }
            catch (Exception again) when (again is IOException or UnauthorizedAccessException) { /* a stale cache is checked against the files on disk */ }
        }
    }

    /// <summary>True when the output folder holds just the files the last build wrote, each with the size and time it left them with.</summary>
    private static bool OutputIntact(IReadOnlyDictionary<string, FileStamp> onDisk, BuildCache cache) =>
        onDisk.Count == cache.Files.Count && cache.Files.All(f => onDisk.TryGetValue(f.Key, out var stamp) && stamp == f.Value.Stamp);
}
