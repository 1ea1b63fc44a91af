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
/// <c>divrep build</c>: the <see cref="SitePipeline"/>, then the site written into the output folder
/// atomically. Any error stops the build before the output folder is touched. The build cache
/// beside the output lets a build whose inputs did not change stop after hashing them, and one
/// whose inputs did render only the files those inputs make.
/// </summary>
public static class SiteBuilder
{
    public static BuildResult Build(ProjectPaths paths, string output, BuildOptions options, TemplateEngine engine)
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

        var site = new SitePipeline(paths, options, engine).Prepare(stage: Stage);
        var bag = new DiagnosticBag();
        foreach (var d in site.Diagnostics) bag.Add(d);
        if (OutputFolder.Refusal(output, paths) is { } refusal)
            bag.Error(DiagnosticCode.OutputRefused, FileLocation.StartOf(paths.Relative(output)), "cannot build here: " + refusal,
                "choose another --output folder, such as _site");
        var storyCount = site.Plan?.Stories.Count ?? 0;
        if (bag.HasErrors || site.Files is not { } files) return new BuildResult(bag.Sorted(), null, storyCount) { Timings = timings };
        try
        {
            var (written, made) = SiteWriter.Write(output, files, cache, onDisk?.GetAwaiter().GetResult());
            Stage("render and write pages");
            timings.Add(("of which in the templates (time on every core, added up)", site.Templates!.Spent));
            var diagnostics = bag.Sorted();
            Remember(output, new BuildCache
            {
                Options = optionsKey,
                StoryCount = storyCount,
                Inputs = BuildInputs.Hashed(listing.GetAwaiter().GetResult(), paths, site.Loaded!.Hashes, site.Theme!.SiteHashes),
                Warnings = diagnostics,
                Files = made,
            });
            Stage("write the build cache");
            return new BuildResult(diagnostics, written, storyCount) { Timings = timings };
        }
        catch (TemplateException e)
        {
            foreach (var d in e.Diagnostics) bag.Add(d);
            return new BuildResult(bag.Sorted(), null, storyCount) { Timings = timings };
        }
        catch (IOException e)
        {
            // An article read again while rendering was moved or changed meanwhile: build again.
            bag.Error(DiagnosticCode.Unreadable, FileLocation.StartOf("content"), e.Message, "run the build again once the files have settled");
            return new BuildResult(bag.Sorted(), null, storyCount) { Timings = timings };
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
