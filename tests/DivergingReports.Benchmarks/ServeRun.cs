using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.RegularExpressions;
using System.Threading.Channels;
using DivergingReports.Content;
using DivergingReports.Serving;

namespace DivergingReports.Benchmarks;

/// <summary>
/// One edit under <c>divrep serve</c> in a child process, as an editor meets it: from saving a
/// breakdown to the browser's event stream saying <c>reload</c>, and the rebuild time the server logs.
/// </summary>
public sealed partial record ServeRun(double SaveToReload, int Rebuild)
{
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(2);

    public static async Task<IReadOnlyList<ServeRun>> RunAsync(string corpus, int edits)
    {
        var divrep = Path.Combine(AppContext.BaseDirectory, "divrep.dll");
        var port = FreePort();
        var start = new ProcessStartInfo("dotnet", ["exec", divrep, "serve", "--port", port.ToString(CultureInfo.InvariantCulture)])
        {
            WorkingDirectory = corpus,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        var text = new StringBuilder(); // all it printed, for the error message
        var log = Channel.CreateUnbounded<string>();
        using var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) =>
        {
            if (e.Data is null) { log.Writer.TryComplete(); return; } // exited: waits fail at once
            lock (text) text.AppendLine(e.Data);
            log.Writer.TryWrite(e.Data);
        };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (text) text.AppendLine(e.Data); };
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            var serving = Serving().Match(await NextAsync(log.Reader, l => Serving().IsMatch(l), "the 'Serving' line"));
            using var http = new HttpClient { Timeout = Timeout.InfiniteTimeSpan };
            // PreviewServer's internal path under the site's base path.
            using var response = await http.GetAsync(new Uri(new Uri(serving.Groups[1].Value), "__divrep/events"), HttpCompletionOption.ResponseHeadersRead);
            response.EnsureSuccessStatusCode();
            var events = Channel.CreateUnbounded<(string Line, long At)>();
            _ = ReadEventsAsync(await response.Content.ReadAsStreamAsync(), events.Writer);
            var first = await NextAsync(events.Reader, e => e.Line.Length > 0, "the event stream");
            if (first.Line != ": connected") throw new InvalidOperationException($"the site has problems before any edit ('{first.Line}')");

            var file = Directory.GetFiles(Path.Combine(corpus, "content", "breakdowns")).Order(StringComparer.Ordinal).First();
            var runs = new List<ServeRun>();
            for (var k = 1; k <= edits; k++)
            {
                // Apart like real saves; leftovers of the previous save must not count for this one.
                await Task.Delay(300);
                while (events.Reader.TryRead(out _) || log.Reader.TryRead(out _)) { }
                var edited = Edits.Breakdown(File.ReadAllText(file), $"serve edit {k}");
                var before = Stopwatch.GetTimestamp();
                File.WriteAllText(file, edited);
                var reload = await NextAsync(events.Reader, e => e.Line.StartsWith("event: ", StringComparison.Ordinal), "the reload event");
                if (reload.Line != "event: reload") throw new InvalidOperationException($"edit {k}: expected a reload, got '{reload.Line}'");
                var rebuilt = Rebuilt().Match(await NextAsync(log.Reader, l => Rebuilt().IsMatch(l), "the rebuild line"));
                runs.Add(new ServeRun(Stopwatch.GetElapsedTime(before, reload.At).TotalMilliseconds,
                    int.Parse(rebuilt.Groups[1].Value, CultureInfo.InvariantCulture)));
            }
            return runs;
        }
        catch (Exception e) when (e is InvalidOperationException or HttpRequestException or OperationCanceledException or ChannelClosedException)
        {
            lock (text) throw new InvalidOperationException($"divrep serve: {e.Message}\n{text}", e);
        }
        finally
        {
            if (!process.HasExited) process.Kill(entireProcessTree: true);
            process.WaitForExit();
            // Killed, it cannot remove its private build folder itself.
            var folder = PreviewHost.PrivateFolder(new ProjectPaths(corpus), port);
            if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>Each line with the moment it arrived, so waiting on the channel adds nothing to the time.</summary>
    private static async Task ReadEventsAsync(Stream stream, ChannelWriter<(string, long)> events)
    {
        try
        {
            using var reader = new StreamReader(stream);
            while (await reader.ReadLineAsync() is { } line) events.TryWrite((line, Stopwatch.GetTimestamp()));
        }
        catch (Exception e) when (e is IOException or ObjectDisposedException or HttpRequestException or OperationCanceledException)
        {
            // The stream was closed: at the end, or because the server died (the waits then fail).
        }
        finally
        {
            events.TryComplete();
        }
    }

    private static async Task<T> NextAsync<T>(ChannelReader<T> reader, Func<T, bool> wanted, string what)
    {
        using var timeout = new CancellationTokenSource(Patience);
        try
        {
            while (true)
            {
                var item = await reader.ReadAsync(timeout.Token);
                if (wanted(item)) return item;
            }
        }
        catch (OperationCanceledException) { throw new InvalidOperationException($"no {what} within {Patience.TotalSeconds:0} s"); }
        catch (ChannelClosedException) { throw new InvalidOperationException($"the server ended before {what}"); }
    }

    private static int FreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    [GeneratedRegex(@"^Serving (http://\S+)")]
    private static partial Regex Serving();

    [GeneratedRegex(@"rendered.* in (\d+) ms$")]
    private static partial Regex Rebuilt();
}
