using System.Globalization;
using System.Threading.Channels;
using DivergingReports.Diagnostics;
using DivergingReports.Search;

namespace DivergingReports.Serving;

/// <summary>The site has search and Pagefind is not installed for the publication: <c>divrep serve</c> says so and stops before serving.</summary>
public sealed class PagefindMissingException(string reason) : Exception("search needs Pagefind, but " + reason)
{
    /// <summary>Why Pagefind cannot be used (<see cref="Pagefind.Find"/>'s reason).</summary>
    public string Reason { get; } = reason;
}

/// <summary>
/// The preview's search index. Pagefind runs in the background, once after the first build and
/// again once the rebuilds have been quiet for a moment (an editor saving every few seconds would
/// otherwise keep it running), one run at a time; saves during a run owe exactly one run after it.
/// Each run writes a folder of its own beside the site's, never inside it (the preview's writer
/// removes files it did not write there). <see cref="Current"/> changes only once a run is whole,
/// so a search meanwhile reads the previous index. The index it replaces is kept until the next one
/// (<see cref="Previous"/>): a search page loaded before the switch still asks for its chunks.
/// </summary>
public sealed class SearchPreview : IDisposable
{
    /// <summary>How long rebuilds must pause before the index is made again.</summary>
    public static readonly TimeSpan DefaultQuiet = TimeSpan.FromSeconds(1);

    private readonly Pagefind _pagefind;
    private readonly string _site;
    private readonly string _folder;
    private readonly Action<string> _log;
    private readonly TimeSpan _quiet;
    private readonly CancellationTokenSource _stop = new();
    // At most one run owed: any number of saves during a run (or the quiet before it) make one more.
    private readonly Channel<bool> _owed = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });
    private readonly Task _loop;
    private long _changes;
    private int _runs;
    private volatile string? _current;
    private volatile string? _previous;

    /// <param name="site">The folder of the built site, which Pagefind reads.</param>
    /// <param name="folder">Where the index folders are made: not inside <paramref name="site"/>.</param>
    /// <param name="log">Gets one line (no time, no "search index:") after each run: what it made, or why it failed.</param>
    public SearchPreview(Pagefind pagefind, string site, string folder, Action<string> log, TimeSpan? quiet = null)
    {
        _pagefind = pagefind;
        _site = site;
        _folder = folder;
        _log = log;
        _quiet = quiet ?? DefaultQuiet;
        _loop = Task.Run(LoopAsync);
    }

    /// <summary>The folder of the last whole index (pagefind.js and its chunks), or null before the first is made.</summary>
    public string? Current => _current;

    /// <summary>The index <see cref="Current"/> replaced, or null: a page that loaded it before the switch finds its files there.</summary>
    public string? Previous => _previous;

    /// <summary>The folders to answer pagefind/ from, newest first.</summary>
    public IReadOnlyList<string> Folders => [.. new[] { _current, _previous }.OfType<string>()];

    /// <summary>Raised after each run, made or not, for tests that wait on one.</summary>
    public event Action<IndexRun>? Indexed;

    /// <summary>The site's files changed on disk: the index is made again once the changes pause.</summary>
    public void Changed()
    {
        Interlocked.Increment(ref _changes);
        _owed.Writer.TryWrite(true);
    }

    private async Task LoopAsync()
    {
        var stop = _stop.Token;
        try
        {
            // The first index follows the first build at once: nothing is being edited yet.
            Index(stop);
            while (await _owed.Reader.WaitToReadAsync(stop))
            {
                long seen;
                do
                {
                    seen = Interlocked.Read(ref _changes);
                    await Task.Delay(_quiet, stop);
                }
                while (Interlocked.Read(ref _changes) != seen);
                // What was saved until now is on disk and this run reads it; a save from now on owes another.
                _owed.Reader.TryRead(out _);
                Index(stop);
            }
        }
        catch (OperationCanceledException)
        {
            // Disposed.
        }
    }

    private void Index(CancellationToken stop)
    {
        var output = Path.Combine(_folder, "search-" + (++_runs).ToString(CultureInfo.InvariantCulture));
        var changes = Interlocked.Read(ref _changes);
        try
        {
            Remove(output);
            var run = SearchIndex.Make(_pagefind, _site, output, stop);
            stop.ThrowIfCancellationRequested();
            var ms = run.Took.TotalMilliseconds.ToString("0", CultureInfo.InvariantCulture);
            if (run.Made)
            {
                // The index before the one replaced is no page's any more: every page loaded since asks for the newer ones.
                var older = _previous;
                _previous = _current;
                _current = output;
                if (older is not null) Remove(older);
                var pages = run.Pages.ToString("N0", CultureInfo.InvariantCulture);
                _log($"{pages} {(run.Pages == 1 ? "page" : "pages")} in {ms} ms");
            }
            // A run that read the site while a rebuild rewrote it may fail; the run owed after it says how that one went.
            else if (Interlocked.Read(ref _changes) == changes)
                _log($"could not be made ({ms} ms): {Printable.Escape(run.Problem)}; {(_current is null ? "search finds nothing until the next save" : "the previous index is still served")}");
            Told(run);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The background loop must outlive any error of one run (a full disk, a listener's fault): the next save tries again.
            _log($"could not be made: {Printable.Escape($"{e.GetType().Name}: {e.Message}")}");
        }
        finally
        {
            if (_current != output && _previous != output) Remove(output);
        }
    }

    private void Told(IndexRun run)
    {
        try { Indexed?.Invoke(run); }
        catch (Exception e) { _log($"a listener failed: {Printable.Escape($"{e.GetType().Name}: {e.Message}")}"); }
    }

    private static void Remove(string folder)
    {
        try
        {
            if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A file still being sent (Windows keeps it): it goes with the preview's private folder.
        }
    }

    /// <summary>Stops a run under way (Pagefind is killed) and removes the index folders.</summary>
    public void Dispose()
    {
        _stop.Cancel();
        try { _loop.Wait(TimeSpan.FromSeconds(10)); }
        catch (AggregateException) { /* the loop ends only by cancellation, which it catches */ }
        foreach (var folder in Folders) Remove(folder);
        _current = _previous = null;
    }
}
