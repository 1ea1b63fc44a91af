using System.Runtime.CompilerServices;
using System.Threading.Channels;

namespace DivergingReports.Serving;

/// <summary>
/// What one browser following the preview has yet to be told. Only the newest news matters, so at
/// most two messages wait, however many rebuilds pass while the browser does not read: one
/// "reload" (a second is the same news) and the latest "problems" (an older list is out of date).
/// A reload supersedes the problems before it: the reloaded page asks for the problems of its day.
/// </summary>
public sealed class LiveReloadClient
{
    /// <summary>The most messages that can wait for one browser.</summary>
    public const int MostPending = 2;

    // Holds one token when something waits: a wake-up for the stream, never the messages themselves.
    private readonly Channel<bool> _waiting = Channel.CreateBounded<bool>(new BoundedChannelOptions(1)
    {
        FullMode = BoundedChannelFullMode.DropWrite,
        SingleReader = true,
    });
    private readonly Lock _lock = new();
    private string? _reload;
    private string? _problems;

    /// <summary>How many messages wait for this browser (0 to <see cref="MostPending"/>).</summary>
    internal int Pending
    {
        get { lock (_lock) return (_reload is null ? 0 : 1) + (_problems is null ? 0 : 1); }
    }

    internal void Reload(string message)
    {
        lock (_lock)
        {
            _reload = message;
            _problems = null;
        }
        _waiting.Writer.TryWrite(true);
    }

    internal void ShowProblems(string message)
    {
        lock (_lock) _problems = message;
        _waiting.Writer.TryWrite(true);
    }

    /// <summary>Ends the stream once what waits has been sent.</summary>
    internal void Close() => _waiting.Writer.TryComplete();

    /// <summary>The messages in the order they are to be sent, as they come; ends when the client is closed.</summary>
    public async IAsyncEnumerable<string> ReadAllAsync([EnumeratorCancellation] CancellationToken cancel = default)
    {
        while (await _waiting.Reader.WaitToReadAsync(cancel))
        {
            _waiting.Reader.TryRead(out _);
            string? reload, problems;
            lock (_lock)
            {
                (reload, problems) = (_reload, _problems);
                (_reload, _problems) = (null, null);
            }
            if (reload is not null) yield return reload;
            if (problems is not null) yield return problems;
        }
    }
}
