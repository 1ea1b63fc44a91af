using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using DivergingReports.Content;
using DivergingReports.Diagnostics;
using DivergingReports.Planning;
using DivergingReports.Rendering.Templates;

namespace DivergingReports.Serving;

/// <summary>
/// <c>divrep serve</c> as a whole: a first build into a private folder, the server, and a watcher
/// that rebuilds after each change and tells the browsers. Content errors never stop it, nor does
/// any error of a rebuild: it is logged and shown, and the next save rebuilds again.
/// </summary>
public sealed class PreviewHost : IAsyncDisposable
{
    private readonly PreviewSession _session;
    private readonly LiveReload _reload = new();
    private readonly TextWriter _log;
    private readonly bool _githubActions;
    private PreviewServer? _server;
    private SiteWatcher? _watcher;

    private PreviewHost(PreviewSession session, TextWriter log, bool githubActions)
    {
        _session = session;
        _log = log;
        _githubActions = githubActions;
    }

    public PreviewSession Session => _session;
    public Uri Address => _server!.Address;

    /// <summary>The browsers following the preview, for tests that count them.</summary>
    internal LiveReload LiveReload => _reload;

    /// <summary>Raised after each rebuild, for tests and tools that wait on one.</summary>
    public event Action<RebuildOutcome>? Rebuilt;

    /// <param name="settle">How long a burst of saves may pause and still be one rebuild (the watcher's default when null).</param>
    /// <exception cref="PortInUseException">The port is taken.</exception>
    public static async Task<PreviewHost> StartAsync(ProjectPaths paths, TemplateEngine engine, int port, bool drafts, TextWriter log, bool githubActions = false, TimeSpan? settle = null)
    {
        var folder = PrivateFolder(paths, port);
        if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
        // Links are built for the preview's own address, under base_url's path, so sub-path links behave as published.
        var siteBase = PublicationLoader.LoadSiteAndSources(paths, new DiagnosticBag()).Site.BaseUrl;
        var options = new BuildOptions(drafts, new Uri($"http://127.0.0.1:{port}{siteBase.AbsolutePath}"));
        var host = new PreviewHost(new PreviewSession(paths, folder, options, engine), log, githubActions);
        // The port first: a taken one is said at once, before a build the editor would wait for.
        host._server = await PreviewServer.StartAsync(host._session, host._reload, port);
        host.Follow([], "first build");
        host._watcher = new SiteWatcher(paths, host.OnChanged, settle);
        return host;
    }

    /// <summary>Where the preview of this publication on this port is built: under the system's temp folder, never _site/ (two previews of one publication keep apart).</summary>
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
            Rebuilt?.Invoke(outcome);
        }
        catch (Exception e)
        {
            // The session turns a rebuild's own errors into problems; this is what is left (the log, a listener).
            Log($"{Now()} could not follow the change: {Printable.Escape($"{e.GetType().Name}: {e.Message}")}");
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
                : $"{Now()} {Printable.Escape(what)}: {DiagnosticWriter.Summary(outcome.Diagnostics)}; still showing the last good site ({ms} ms)");
            _log.Flush();
        }
    }

    private static string Now() => DateTime.Now.ToString("HH:mm:ss", CultureInfo.InvariantCulture);

    public async ValueTask DisposeAsync()
    {
        _watcher?.Dispose();
        if (_server is not null) await _server.DisposeAsync();
        try { Directory.Delete(_session.Folder, recursive: true); }
        catch (IOException) { }
    }
}
