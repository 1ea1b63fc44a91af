using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using DivergingReports.Content;
using DivergingReports.Diagnostics;
using DivergingReports.Planning;
using DivergingReports.Rendering.Templates;
using DivergingReports.Search;
using DivergingReports.Writing;

namespace DivergingReports.Serving;

/// <summary>
/// <c>divrep serve</c> as a whole: a first build into a private folder, the server, and a watcher
/// that rebuilds after each change and tells the browsers. Content errors never stop it, nor does
/// any error of a rebuild: it is logged and shown, and the next save rebuilds again. A site with
/// search also gets its index, made in the background (<see cref="SearchPreview"/>).
/// </summary>
public sealed class PreviewHost : IAsyncDisposable
{
    private readonly ProjectPaths _paths;
    private readonly string _folder;
    private readonly PreviewSession _session;
    private readonly LiveReload _reload = new();
    private readonly TextWriter _log;
    private readonly bool _githubActions;
    private readonly TimeSpan? _searchQuiet;
    private readonly Lock _searchLock = new();
    private PreviewServer? _server;
    private SiteWatcher? _watcher;
    private volatile SearchPreview? _search;
    /// <summary>The log said that Pagefind is missing; said once until search is turned off and on again.</summary>
    private bool _searchMissingSaid;
    private bool _disposed;

    private PreviewHost(ProjectPaths paths, string folder, PreviewSession session, TextWriter log, bool githubActions, TimeSpan? searchQuiet)
    {
        _paths = paths;
        _folder = folder;
        _session = session;
        _log = log;
        _githubActions = githubActions;
        _searchQuiet = searchQuiet;
    }

    public PreviewSession Session => _session;
    public Uri Address => _server!.Address;

    /// <summary>The browsers following the preview, for tests that count them.</summary>
    internal LiveReload LiveReload => _reload;

    /// <summary>Raised after each rebuild, for tests and tools that wait on one.</summary>
    public event Action<RebuildOutcome>? Rebuilt;

    /// <summary>The search index, while the site has search and Pagefind is installed; null otherwise.</summary>
    public SearchPreview? Search => _search;

    /// <param name="settle">How long a burst of saves may pause and still be one rebuild (the watcher's default when null).</param>
    /// <param name="search">Make the search index even when site.yml does not ask for it (serve --search).</param>
    /// <param name="searchQuiet">How long rebuilds must pause before the index is made again (<see cref="SearchPreview.DefaultQuiet"/> when null).</param>
    /// <exception cref="PortInUseException">The port is taken.</exception>
    /// <exception cref="PagefindMissingException">The site has search and Pagefind is not installed; nothing was served.</exception>
    public static async Task<PreviewHost> StartAsync(ProjectPaths paths, TemplateEngine engine, int port, bool drafts, TextWriter log, bool githubActions = false,
        TimeSpan? settle = null, bool search = false, TimeSpan? searchQuiet = null)
    {
        var site = PublicationLoader.LoadSiteAndSources(paths, new DiagnosticBag()).Site;
        // Said before anything is served or built, as divrep build says it: the editor installs it and starts again.
        if ((search || site.Search) && Pagefind.Find(paths, out var missing) is null) throw new PagefindMissingException(missing);
        var folder = PrivateFolder(paths, port);
        if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
        // Links are built for the preview's own address, under base_url's path, so sub-path links behave as published.
        var options = new BuildOptions(drafts, new Uri($"http://127.0.0.1:{port}{site.BaseUrl.AbsolutePath}"), search);
        // The site in a folder of its own: the search indexes are made beside it, where the preview's writer does not clean.
        var session = new PreviewSession(paths, Path.Combine(folder, "site"), options, engine);
        var host = new PreviewHost(paths, folder, session, log, githubActions, searchQuiet);
        // The port first: a taken one is said at once, before a build the editor would wait for.
        try
        {
            host._server = await PreviewServer.StartAsync(host._session, host._reload, port, () => host._search?.Folders ?? []);
        }
        catch
        {
            // Nothing is served: nothing is left in the temp folder either.
            await host.DisposeAsync();
            throw;
        }
        host.Follow([], "first build");
        host._watcher = new SiteWatcher(paths, host.OnChanged, settle);
        return host;
    }

    /// <summary>Where the preview of this publication on this port is built (the site in site/, search indexes beside it): under the system's temp folder, never _site/ (two previews of one publication keep apart).</summary>
    public static string PrivateFolder(ProjectPaths paths, int port)
    {
        var hash = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes($"{paths.Root}:{port}")))[..12].ToLowerInvariant();
        return Path.Combine(Path.GetTempPath(), "divrep-serve-" + hash);
    }

    private void OnChanged(IReadOnlyCollection<string> changed) =>
        Follow(changed, changed.Count == 0 ? "files changed (too many at once to follow: all read again)"
            : string.Join(", ", changed.Take(3)) + (changed.Count > 3 ? $" and {changed.Count - 3} more" : ""));

    /// <summary>Rebuilds, says how it went, and tells the browsers. Never throws: it runs on the watcher's thread, where an error would end the process.</summary>
    private void Follow(IReadOnlyCollection<string> changed, string what)
    {
        try
        {
            RebuildOutcome outcome;
            try
            {
                outcome = _session.Rebuild(changed);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // A file mid-save can be unreadable for an instant: the next event rebuilds again.
                Log($"{Now()} could not read the change yet: {Printable.Escape(e.Message)}");
                return;
            }
            Report(outcome, what);
            if (outcome.Succeeded) _reload.Reload();
            else _reload.ShowProblems(_session.Problems);
            if (outcome.Succeeded) FollowSearch(outcome.Written);
            Rebuilt?.Invoke(outcome);
        }
        catch (Exception e)
        {
            // The session turns a rebuild's own errors into problems; this is what is left (the log, a listener).
            Log($"{Now()} could not follow the change: {Printable.Escape($"{e.GetType().Name}: {e.Message}")}");
        }
    }

    /// <summary>
    /// After a good rebuild: the index is made again when the site's files changed, begun when
    /// site.yml turned search on (Pagefind looked for again, so that one installed meanwhile is
    /// found), and removed when it turned search off.
    /// </summary>
    private void FollowSearch(PreviewWriteResult? written)
    {
        lock (_searchLock)
        {
            if (_disposed) return;
            if (!_session.Search)
            {
                _search?.Dispose();
                _search = null;
                _searchMissingSaid = false;
                return;
            }
            if (_search is { } search)
            {
                if (written is null || written.Written + written.Removed > 0) search.Changed();
                return;
            }
            if (Pagefind.Find(_paths, out var missing) is not { } pagefind)
            {
                if (!_searchMissingSaid) Log($"{Now()} search index: not made, search needs Pagefind, but {Printable.Escape(missing)}: {Pagefind.InstallHint}; the preview goes on without search results");
                _searchMissingSaid = true;
                return;
            }
            _searchMissingSaid = false;
            _search = new SearchPreview(pagefind, _session.Folder, _folder, line => Log($"{Now()} search index: {line}"), _searchQuiet);
        }
    }

    private void Log(string line)
    {
        lock (_log)
        {
            _log.WriteLine(line);
            _log.Flush();
        }
    }

    private void Report(RebuildOutcome outcome, string what)
    {
        lock (_log)
        {
            DiagnosticWriter.Write(_log, outcome.Diagnostics, _githubActions);
            var ms = outcome.Took.TotalMilliseconds.ToString("0", CultureInfo.InvariantCulture);
            _log.WriteLine(outcome is { Succeeded: true, Written: { } w }
                ? $"{Now()} {Printable.Escape(what)}: {DiagnosticWriter.Count(w.Rendered, "page")} rendered{(outcome.Full ? " (whole site)" : "")}, {w.Written} changed, {w.Removed} removed in {ms} ms"
                : $"{Now()} {Printable.Escape(what)}: {DiagnosticWriter.Summary(outcome.Diagnostics)}; {(_session.Built ? "still showing the last good site" : "no site built yet, fix them and save")} ({ms} ms)");
            _log.Flush();
        }
    }

    private static string Now() => DateTime.Now.ToString("HH:mm:ss", CultureInfo.InvariantCulture);

    public async ValueTask DisposeAsync()
    {
        _watcher?.Dispose();
        lock (_searchLock)
        {
            // A run under way is stopped (Pagefind killed) before its folder goes with the private folder.
            _disposed = true;
            _search?.Dispose();
            _search = null;
        }
        if (_server is not null) await _server.DisposeAsync();
        try { Directory.Delete(_folder, recursive: true); }
        catch (IOException) { }
    }
}
