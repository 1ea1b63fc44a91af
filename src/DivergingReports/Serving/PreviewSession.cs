using System.Diagnostics;
using DivergingReports.Content;
using DivergingReports.Diagnostics;
using DivergingReports.Model;
using DivergingReports.Planning;
using DivergingReports.Rendering;
using DivergingReports.Rendering.Templates;
using DivergingReports.Writing;

namespace DivergingReports.Serving;

/// <summary>What one preview rebuild did.</summary>
public sealed record RebuildOutcome(bool Succeeded, IReadOnlyList<Diagnostic> Diagnostics, PreviewWriteResult? Written, TimeSpan Took, bool Full);

/// <summary>
/// The site as <c>divrep serve</c> shows it: built into a private folder (never _site/), rebuilt
/// after each change with only the files the change touches rendered again. A rebuild that fails
/// keeps the last good site and its problems are kept for the browser overlay.
/// </summary>
public sealed class PreviewSession
{
    private readonly ProjectPaths _paths;
    private readonly BuildOptions _options;
    private readonly Lock _lock = new();
    private Publication? _lastGood;

    public PreviewSession(ProjectPaths paths, string folder, BuildOptions options)
    {
        _paths = paths;
        Folder = folder;
        _options = options;
        Directory.CreateDirectory(folder);
    }

    /// <summary>Where the preview's files are.</summary>
    public string Folder { get; }

    /// <summary>The site's root path ("/" or "/diverging-reports/"), from the last good build.</summary>
    public string BasePath { get; private set; } = "/";

    /// <summary>The problems of the last rebuild; empty when it succeeded.</summary>
    public IReadOnlyList<Diagnostic> Problems { get; private set; } = [];

    /// <summary>Rebuilds after <paramref name="changedPaths"/> (project-relative); null or empty means everything.</summary>
    public RebuildOutcome Rebuild(IReadOnlyCollection<string>? changedPaths = null)
    {
        lock (_lock)
        {
            var clock = Stopwatch.StartNew();
            var loaded = PublicationLoader.Load(_paths);
            var bag = new DiagnosticBag();
            foreach (var d in loaded.Diagnostics) bag.Add(d);
            var templates = HandlebarsTemplateSet.Load(_paths, bag);
            if (bag.HasErrors || templates is null) return Fail(bag, clock);

            var base_ = _options.BaseUrl ?? loaded.Publication.Site.BaseUrl;
            var plan = new SitePlan(loaded.Publication, _options with { BaseUrl = base_ });
            var views = new ViewFactory(plan);
            var affected = _lastGood is null || changedPaths is null || changedPaths.Count == 0
                ? null
                : AffectedStories.Of(changedPaths, _lastGood, loaded.Publication);
            try
            {
                var written = PreviewWriter.Write(Folder, new SitePages(plan, views, templates, _paths).All(),
                    file => affected is null || file.Story is null || affected.Contains(file.Story));
                _lastGood = loaded.Publication;
                BasePath = plan.Urls.BasePath;
                Problems = [];
                return new RebuildOutcome(true, loaded.Diagnostics, written, clock.Elapsed, affected is null);
            }
            catch (TemplateException e)
            {
                bag.Add(e.Diagnostic);
                return Fail(bag, clock);
            }
        }
    }

    private RebuildOutcome Fail(DiagnosticBag bag, Stopwatch clock)
    {
        var diagnostics = bag.Sorted();
        Problems = diagnostics.Where(d => d.IsError).ToArray();
        return new RebuildOutcome(false, diagnostics, null, clock.Elapsed, true);
    }
}
