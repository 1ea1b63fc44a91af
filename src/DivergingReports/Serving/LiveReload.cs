using System.Text.Json;
using System.Threading.Channels;
using DivergingReports.Diagnostics;

namespace DivergingReports.Serving;

/// <summary>The browsers watching the preview, each on a server-sent events stream, told to reload or shown the problems.</summary>
public sealed class LiveReload
{
    private readonly List<Channel<string>> _clients = [];
    private readonly Lock _lock = new();

    public ChannelReader<string> Subscribe(out Action unsubscribe)
    {
        var channel = Channel.CreateUnbounded<string>();
        lock (_lock) _clients.Add(channel);
        unsubscribe = () => { lock (_lock) _clients.Remove(channel); };
        return channel.Reader;
    }

    public void Reload() => Send(Event("reload", "{}"));

    /// <summary>Ends every stream, so the server can stop without waiting on open connections.</summary>
    public void Close()
    {
        lock (_lock)
        {
            foreach (var client in _clients) client.Writer.TryComplete();
            _clients.Clear();
        }
    }

    public void ShowProblems(IReadOnlyList<Diagnostic> problems) => Send(Problems(problems));

    /// <summary>The server-sent event that lists <paramref name="problems"/> for the overlay.</summary>
    public static string Problems(IReadOnlyList<Diagnostic> problems) => Event("problems", JsonSerializer.Serialize(problems.Select(p => new
    {
        file = p.Location.Path,
        line = p.Location.Line,
        column = p.Location.Column,
        code = p.Code,
        message = p.Message,
        hint = p.Hint,
    })));

    private static string Event(string name, string data) => $"event: {name}\ndata: {data}\n\n";

    private void Send(string message)
    {
        lock (_lock)
            foreach (var client in _clients) client.Writer.TryWrite(message);
    }
}
