using System.Diagnostics;
using DivergingReports.Building;
using DivergingReports.Content;
using DivergingReports.Diagnostics;
using DivergingReports.Planning;
using DivergingReports.Rendering;
using DivergingReports.Rendering.Templates;
using DivergingReports.Writing;

namespace DivergingReports.Serving;

/// <summary>What one preview rebuild did.</summary>
public sealed record RebuildOutcome(bool Succeeded, IReadOnlyList<Diagnostic> Diagnostics, PreviewWriteResult? Written, TimeSpan Took, bool Full);

/// <summary>
/// The site as <c>divrep serve</c> shows it: built into a private folder (never _site/), rebuilt
/// after each change. A rebuild reads again only the files that changed, and renders only the
/// files whose inputs changed (their keys). A rebuild that fails keeps the last good site and its
/// problems are kept for the browser overlay.
/// </summary>
public sealed class PreviewSession
{
    private readonly ProjectPaths _paths;
    private readonly BuildOptions _options;
    private readonly Lock _lock = new();
    private readonly Dictionary<string, UInt128> _written = new(StringComparer.Ordinal);
    private LoadMemo? _memo;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> _excerpts = new(StringComparer.Ordinal);
    private (HandlebarsTemplateSet Set, ContentHashes Hashes)? _templates;

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
            var full = changedPaths is not { Count: > 0 };
            var loaded = PublicationLoader.Load(_paths, full ? null : _memo, changedPaths);
            _memo = loaded.Memo;
            var bag = new DiagnosticBag();
            foreach (var d in loaded.Diagnostics) bag.Add(d);
            if (full || _templates is null || changedPaths!.Any(p => p.StartsWith("templates/", StringComparison.Ordinal)))
            {
                var hashes = BuildInputs.HashTemplates(_paths);
                _templates = HandlebarsTemplateSet.Load(_paths, bag) is { } set ? (set, hashes) : null;
            }
            if (bag.HasErrors || _templates is not { } templates) return Fail(bag, clock);

            var base_ = _options.BaseUrl ?? loaded.Publication.Site.BaseUrl;
            var options = _options with { BaseUrl = base_ };
            var plan = new SitePlan(loaded.Publication, options);
            var views = new ViewFactory(plan, _excerpts);
            var keys = new PageKeys(plan, loaded.Hashes, PageKeys.SiteWide(PageKeys.Options(options), loaded.Hashes.Of("site.yml")), templates.Hashes);
            try
            {
                var written = PreviewWriter.Write(Folder, new SitePages(plan, views, templates.Set, _paths, keys).All(), _written);
                BasePath = plan.Urls.BasePath;
                Problems = [];
                return new RebuildOutcome(true, loaded.Diagnostics, written, clock.Elapsed, full);
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
