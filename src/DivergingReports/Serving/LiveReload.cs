using DivergingReports.Diagnostics;

namespace DivergingReports.Serving;

/// <summary>
/// The browsers watching the preview, each on a server-sent events stream, told to reload or shown
/// the problems. What the server holds for them is bounded whatever they do: each has at most
/// <see cref="LiveReloadClient.MostPending"/> messages waiting, a problems message has a size limit
/// (<see cref="ProblemsEvent"/>), and at most <see cref="MostClients"/> follow at once.
/// </summary>
public sealed class LiveReload
{
    /// <summary>
    /// The most browsers that follow at once; the oldest stream is ended for a new one (a browser
    /// whose stream ends connects again by itself). Far above what one editor opens: a browser
    /// keeps at most six connections to one address.
    /// </summary>
    public const int MostClients = 100;

    private const string ReloadEvent = "event: reload\ndata: {}\n\n";

    private readonly LinkedList<LiveReloadClient> _clients = [];
    private readonly Lock _lock = new();

    /// <summary>How many browsers follow the preview now.</summary>
    internal int Clients
    {
        get { lock (_lock) return _clients.Count; }
    }

    /// <summary>The most messages waiting for any one browser now.</summary>
    internal int MostPendingNow
    {
        get { lock (_lock) return _clients.Select(c => c.Pending).DefaultIfEmpty(0).Max(); }
    }

    /// <summary>A new browser; <paramref name="unsubscribe"/> lets it go (call it when its request ends, however it ends).</summary>
    public LiveReloadClient Subscribe(out Action unsubscribe)
    {
        var client = new LiveReloadClient();
        LiveReloadClient? oldest = null;
        lock (_lock)
        {
            var node = _clients.AddLast(client);
            unsubscribe = () =>
            {
                lock (_lock)
                    if (node.List is not null) _clients.Remove(node);
            };
            if (_clients.Count > MostClients)
            {
                oldest = _clients.First!.Value;
                _clients.RemoveFirst();
            }
        }
        oldest?.Close();
        return client;
    }

    public void Reload()
    {
        foreach (var client in Snapshot()) client.Reload(ReloadEvent);
    }

    public void ShowProblems(IReadOnlyList<Diagnostic> problems)
    {
        var message = ProblemsEvent.Of(problems);
        foreach (var client in Snapshot()) client.ShowProblems(message);
    }

    /// <summary>Ends every stream, so the server can stop without waiting on open connections.</summary>
    public void Close()
    {
        foreach (var client in Snapshot()) client.Close();
        lock (_lock) _clients.Clear();
    }

    private LiveReloadClient[] Snapshot()
    {
        lock (_lock) return [.. _clients];
    }
}
