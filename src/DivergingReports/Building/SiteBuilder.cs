using DivergingReports.Content;
using DivergingReports.Diagnostics;
using DivergingReports.Planning;
using DivergingReports.Rendering;
using DivergingReports.Rendering.Templates;
using DivergingReports.Search;
using DivergingReports.Writing;

namespace DivergingReports.Building;

/// <summary>The outcome of a build: every problem found, and what was written when the build succeeded.</summary>
public sealed record BuildResult(IReadOnlyList<Diagnostic> Diagnostics, WriteResult? Written, int StoryCount)
{
    /// <summary>How long each stage took, in the order they ran.</summary>
    public IReadOnlyList<(string Stage, TimeSpan Took)> Timings { get; init; } = [];

    /// <summary>The stories marked draft: true that the build left out (none with --drafts).</summary>
    public int DraftsLeftOut { get; init; }

    /// <summary>The search index made with the site, when the site has search.</summary>
    public IndexRun? Search { get; init; }

    /// <summary>Why the build could not start: the site has search and Pagefind is not installed. The CLI says so in one line and exits 2.</summary>
    public string? Missing { get; init; }

    /// <summary>The size of the site in the output folder once the build succeeded.</summary>
    public SiteSize? Size { get; init; }

    public bool Succeeded => Written is not null;
}

/// <summary>
/// <c>divrep build</c>: the <see cref="SitePipeline"/>, then the site made whole beside the output
/// folder and switched in at once (<see cref="SiteWriter"/>, <see cref="StagedSite"/>). Any error,
/// in the content or in writing the site, stops the build before the output folder is touched; one
/// build at a time writes a given folder (<see cref="OutputLock"/>). The build cache
/// beside the output lets a build whose inputs did not change stop after hashing them, and one
/// whose inputs did render only the files those inputs make. A site with search is indexed by
/// Pagefind in the staging folder, before it is put in place: the site and its index change together.
/// </summary>
public static class SiteBuilder
{
    public static BuildResult Build(ProjectPaths paths, string output, BuildOptions options, TemplateEngine engine)
    {
        output = Path.TrimEndingDirectorySeparator(Path.GetFullPath(output));
        OutputLock? held = null;
        // A folder the build refuses is not touched, not even beside it: the refusal is reported with the content's problems.
        if (OutputFolder.Refusal(output, paths) is null)
        {
            try
            {
                held = OutputLock.TryTake(output);
                if (held is null)
                    return Failed(DiagnosticCode.OutputBusy, "another build is writing this folder now", "wait for it to finish, or build into another --output folder");
                // What builds stopped on the way (killed, the machine shut down) left beside the folder.
                StagingFolders.RemoveStale(output);
                BuildCache.DeletePending(output);
            }
            catch (SiteWriteException e)
            {
                held?.Dispose();
                return Failed(DiagnosticCode.SiteNotWritten, WriteFailure(paths, e), WriteFailureHint);
            }
        }
        using (held) return BuildLocked(paths, output, options, engine);

        BuildResult Failed(DiagnosticCode code, string message, string hint)
        {
            var bag = new DiagnosticBag();
            bag.Error(code, FileLocation.StartOf(paths.Relative(output)), message, hint);
            return new BuildResult(bag.Sorted(), null, 0);
        }
    }

    private const string WriteFailureHint = "the previous site was left as it was; free some space or fix the folder's permissions, then build again";

    private static string WriteFailure(ProjectPaths paths, SiteWriteException e) => $"the site could not be written: {paths.Relative(e.Path)}: {e.Reason}";

    private static BuildResult BuildLocked(ProjectPaths paths, string output, BuildOptions options, TemplateEngine engine)
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
            return new BuildResult(cache.Warnings, new WriteResult(0, cache.Files.Count, 0), cache.StoryCount)
            {
                Timings = timings, DraftsLeftOut = cache.DraftsLeftOut, Size = SiteSize.Of(onDisk!.GetAwaiter().GetResult()),
            };
        }
        if (cache is not null) Stage("compare with the last build");

        var site = new SitePipeline(paths, options, engine).Prepare(stage: Stage);
        var bag = new DiagnosticBag();
        foreach (var d in site.Diagnostics) bag.Add(d);
        if (OutputFolder.Refusal(output, paths) is { } refusal)
            bag.Error(DiagnosticCode.OutputRefused, FileLocation.StartOf(paths.Relative(output)), "cannot build here: " + refusal,
                "choose another --output folder, such as _site");
        var storyCount = site.Plan?.Stories.Count ?? 0;
        var draftsLeftOut = site.Plan is { } plan ? plan.Publication.Stories.Count - storyCount : 0;
        Pagefind? pagefind = null;
        if (site.Plan is { Search: true } && (pagefind = Pagefind.Find(paths, out var missing)) is null)
            return new BuildResult(bag.Sorted(), null, storyCount) { Timings = timings, Missing = missing };
        if (bag.HasErrors || site.Files is not { } files) return new BuildResult(bag.Sorted(), null, storyCount) { Timings = timings };
        try
        {
            using var staged = SiteWriter.Stage(output, files, cache, onDisk?.GetAwaiter().GetResult(), whole: pagefind is not null);
            Stage("render and write pages");
            timings.Add(("of which in the templates (time on every core, added up)", site.Templates!.Spent));
            IndexRun? index = null;
            if (pagefind is not null)
            {
                index = SearchIndex.Make(pagefind, staged.Folder, Path.Combine(staged.Folder, SiteUrls.SearchIndex));
                if (!index.Made)
                {
                    bag.Error(DiagnosticCode.SearchIndexFailed, FileLocation.StartOf(paths.Relative(output)), "the search index could not be made: " + index.Problem,
                        "the previous site and its index were left as they were; build again, or reinstall Pagefind with npm ci");
                    return new BuildResult(bag.Sorted(), null, storyCount) { Timings = timings };
                }
                staged.Include(SiteUrls.SearchIndex);
                Stage("make the search index (Pagefind)");
            }
            var diagnostics = bag.Sorted();
            staged.Publish(new BuildCache
            {
                Options = optionsKey,
                StoryCount = storyCount,
                DraftsLeftOut = draftsLeftOut,
                Inputs = BuildInputs.Hashed(listing.GetAwaiter().GetResult(), paths, site.Loaded!.Hashes, site.Theme!.SiteHashes),
                Warnings = diagnostics,
                Files = staged.Files,
            });
            Stage(staged.Changed ? "put the site in place, write the build cache" : "write the build cache (the site did not change)");
            return new BuildResult(diagnostics, staged.Result, storyCount)
            {
                Timings = timings, Search = index, DraftsLeftOut = draftsLeftOut, Size = SiteSize.Of(staged.Files),
            };
        }
        catch (TemplateException e)
        {
            foreach (var d in e.Diagnostics) bag.Add(d);
            return new BuildResult(bag.Sorted(), null, storyCount) { Timings = timings };
        }
        catch (SiteWriteException e)
        {
            bag.Error(DiagnosticCode.SiteNotWritten, FileLocation.StartOf(paths.Relative(output)), WriteFailure(paths, e), WriteFailureHint);
            return new BuildResult(bag.Sorted(), null, storyCount) { Timings = timings };
        }
        catch (IOException e)
        {
            // An article read again while rendering was moved or changed meanwhile: build again.
            bag.Error(DiagnosticCode.Unreadable, FileLocation.StartOf("content"), e.Message, "run the build again once the files have settled");
            return new BuildResult(bag.Sorted(), null, storyCount) { Timings = timings };
        }
    }

    /// <summary>True when the output folder holds just the files the last build wrote, each with the size and time it left them with.</summary>
    private static bool OutputIntact(IReadOnlyDictionary<string, FileStamp> onDisk, BuildCache cache) =>
        onDisk.Count == cache.Files.Count && cache.Files.All(f => onDisk.TryGetValue(f.Key, out var stamp) && stamp == f.Value.Stamp);
}
