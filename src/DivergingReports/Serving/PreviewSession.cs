using System.Diagnostics;
using DivergingReports.Building;
using DivergingReports.Content;
using DivergingReports.Diagnostics;
using DivergingReports.Planning;
using DivergingReports.Rendering.Templates;
using DivergingReports.Writing;

namespace DivergingReports.Serving;

/// <summary>What one preview rebuild did; <paramref name="Full"/> when it read everything, <paramref name="Quick"/> when it took the quick path for an edit that kept the site's shape.</summary>
public sealed record RebuildOutcome(bool Succeeded, IReadOnlyList<Diagnostic> Diagnostics, PreviewWriteResult? Written, TimeSpan Took, bool Full)
{
    public bool Quick { get; init; }
}

/// <summary>
/// The site as <c>divrep serve</c> shows it: built into a private folder (never _site/), rebuilt
/// after each change. A rebuild reads again only the files that changed, and renders only the
/// files whose inputs changed (their keys). An edit of breakdowns or articles that keeps the site's
/// shape (<see cref="SiteShape"/>) and brings no problem takes a quicker path still: the last good
/// build is patched, and only the files that show the edited stories are considered. A rebuild
/// that fails keeps the last good site and its problems are kept for the browser overlay.
/// </summary>
public sealed class PreviewSession
{
    private readonly SitePipeline _pipeline;
    private readonly ProjectPaths _paths;
    private readonly Lock _lock = new();
    private readonly Dictionary<string, UInt128> _written = new(StringComparer.Ordinal);
    /// <summary>The last good rebuild, which an edit that keeps the site's shape patches; null when the next must be whole.</summary>
    private PreparedSite? _last;
    /// <summary>The last rebuild stopped half-way (an error thrown); the next must be whole.</summary>
    private bool _interrupted;

    public PreviewSession(ProjectPaths paths, string folder, BuildOptions options, TemplateEngine engine)
    {
        _pipeline = new SitePipeline(paths, options, engine);
        _paths = paths;
        Folder = folder;
        Directory.CreateDirectory(folder);
    }

    /// <summary>Where the preview's files are.</summary>
    public string Folder { get; }

    /// <summary>The site's root path ("/" or "/diverging-reports/"), from the last good build.</summary>
    public string BasePath { get; private set; } = "/";

    /// <summary>Whether the last good build's site has search (site.yml's search, or serve --search).</summary>
    public bool Search { get; private set; }

    /// <summary>Whether a build has succeeded yet: until one has, the folder holds no site to show.</summary>
    public bool Built => _built;
    private volatile bool _built;

    /// <summary>The problems of the last rebuild; empty when it succeeded.</summary>
    public IReadOnlyList<Diagnostic> Problems { get; private set; } = [];

    /// <summary>
    /// Rebuilds after <paramref name="changedPaths"/> (project-relative); null or empty means everything.
    /// An unexpected error is a failed rebuild with one problem (<see cref="DiagnosticCode.PreviewFault"/>);
    /// a file unreadable for an instant mid-save throws <see cref="IOException"/>, to be retried at the next change.
    /// </summary>
    public RebuildOutcome Rebuild(IReadOnlyCollection<string>? changedPaths = null)
    {
        lock (_lock)
        {
            var clock = Stopwatch.StartNew();
            // After a rebuild stopped half-way, what the pipeline kept may be half old, half new: the next reads everything.
            var full = _interrupted || changedPaths is not { Count: > 0 };
            _interrupted = true;
            try
            {
                var outcome = Rebuild(full ? null : changedPaths!, clock);
                _interrupted = false;
                return outcome;
            }
            catch (Exception e) when (e is not (IOException or UnauthorizedAccessException))
            {
                _last = null;
                return Fail([Fault(e, changedPaths ?? [])], clock);
            }
        }
    }

    private RebuildOutcome Rebuild(IReadOnlyCollection<string>? changedPaths, Stopwatch clock)
    {
        var full = changedPaths is null;
        if (!full && _last is { } last)
        {
            try
            {
                if (_pipeline.Patch(last, changedPaths!) is { Files: { } files } patched)
                {
                    var written = PreviewWriter.Write(Folder, files, _written, someFiles: true);
                    _last = patched with { Files = null };
                    return new RebuildOutcome(true, patched.Loaded!.Diagnostics, written, clock.Elapsed, Full: false) { Quick = true };
                }
            }
            catch (TemplateException)
            {
                // The whole rebuild below reports it.
            }
        }
        _last = null;
        if (full) _pipeline.Forget();
        var site = _pipeline.Prepare(full ? null : changedPaths);
        if (site.Files is not { } all) return Fail(site.Diagnostics, clock);
        try
        {
            var written = PreviewWriter.Write(Folder, all, _written);
            BasePath = site.Plan!.Urls.BasePath;
            Search = site.Plan.Search;
            Problems = [];
            _built = true;
            if (!site.Loaded!.HasErrors) _last = site with { Files = null };
            return new RebuildOutcome(true, site.Loaded.Diagnostics, written, clock.Elapsed, full);
        }
        catch (TemplateException e)
        {
            return Fail([.. site.Diagnostics, .. e.Diagnostics], clock);
        }
    }

    /// <summary>An error no check foresaw, as the one problem of the rebuild: named at the file the editor last saved (its folder's events aside).</summary>
    private Diagnostic Fault(Exception e, IReadOnlyCollection<string> changedPaths)
    {
        var files = changedPaths.Where(p => File.Exists(Path.Combine(_paths.Root, p))).Order(StringComparer.Ordinal).ToArray();
        var file = files.FirstOrDefault() ?? changedPaths.Order(StringComparer.Ordinal).FirstOrDefault() ?? "site.yml";
        var saved = files.Length > 1 ? $" (after changes to {file} and {files.Length - 1} more)" : "";
        return new Diagnostic(Severity.Error, DiagnosticCode.PreviewFault.Id, FileLocation.StartOf(file),
            $"the preview could not rebuild{saved}: {e.GetType().Name}: {e.Message}",
            "the last good site is still shown; save again to rebuild, and if this comes back, run divrep build to see whether it fails too");
    }

    private const string NoSiteYetHint = "no site has been built yet; save again to rebuild, and if this comes back, run divrep build to see whether it fails too";

    private RebuildOutcome Fail(IReadOnlyList<Diagnostic> found, Stopwatch clock)
    {
        var diagnostics = found.Order(Diagnostic.Order).ToArray();
        // Before the first good build there is no last good site: the fault's hint must not promise one.
        if (!_built) diagnostics = diagnostics.Select(d => d.Code == DiagnosticCode.PreviewFault.Id ? d with { Hint = NoSiteYetHint } : d).ToArray();
        Problems = diagnostics.Where(d => d.IsError).ToArray();
        return new RebuildOutcome(false, diagnostics, null, clock.Elapsed, true);
    }
}
