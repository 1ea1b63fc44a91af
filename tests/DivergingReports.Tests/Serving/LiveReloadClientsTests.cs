using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using DivergingReports.Rendering.Templates;
using DivergingReports.Serving;
using DivergingReports.Tests.Support;

namespace DivergingReports.Tests.Serving;

/// <summary>
/// Browsers that follow the preview but never read (a stalled tab, a program holding connections
/// open) cost the server a bounded amount each, however many rebuilds pass; the others are still
/// told at once; and what a closed connection held is let go.
/// Alone in its collection: the memory it measures is the whole process's.
/// </summary>
[Collection(nameof(LiveReloadClientsTests))]
public class LiveReloadClientsTests : IAsyncLifetime
{
    private const string StoryPath = "content/breakdowns/2025-07-03-talks.yml";
    private readonly TestProject _project = new();
    private PreviewHost _host = null!;

    public async Task InitializeAsync() =>
        _host = await PreviewHost.StartAsync(_project.Paths, ScribanTemplateSet.Load, Browser.FreePort(), drafts: false, TextWriter.Null, settle: TimeSpan.FromMilliseconds(100));

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        _project.Dispose();
    }

    [Fact]
    public async Task Stalled_clients_hold_a_bounded_amount_and_fresh_ones_still_hear_of_each_rebuild()
    {
        var port = _host.Address.Port;
        var stalled = new List<Socket>();
        try
        {
            for (var i = 0; i < 200; i++) stalled.Add(await FollowAndStallAsync(port));
            Assert.Equal(LiveReload.MostClients, _host.LiveReload.Clients);

            // Twelve saves, each breaking the story with a long list of problems: every following stream is sent a large event.
            var before = GC.GetTotalMemory(forceFullCollection: true);
            for (var save = 0; save < 12; save++)
                Assert.False((await _host.SaveAndWait(_project, StoryPath, StoryWithManyProblems(save), 20)).Succeeded);
            Assert.InRange(_host.LiveReload.MostPendingNow, 0, LiveReloadClient.MostPending);
            var grown = GC.GetTotalMemory(forceFullCollection: true) - before;
            // About 5 MB here (Kestrel's buffers of the streams that wait); without the bounds, 14 MB, and 250 MB for 3,000 problems.
            Assert.True(grown < 20_000_000, $"the server grew by {grown / 1_000_000} MB");

            // A browser that connects now sees the problems at once, bounded, then hears of the fix.
            using var http = new HttpClient { BaseAddress = _host.Address };
            using var events = await http.GetAsync("__divrep/events", HttpCompletionOption.ResponseHeadersRead);
            using var reader = new StreamReader(await events.Content.ReadAsStreamAsync());
            var (name, data) = await NextEventAsync(reader);
            Assert.Equal("problems", name);
            var problems = JsonDocument.Parse(data).RootElement;
            Assert.InRange(data.Length, 1, ProblemsEvent.MostCharacters + 100);
            Assert.True(problems.GetProperty("more").GetInt32() > 0);
            Assert.All(problems.GetProperty("problems").EnumerateArray(), p => Assert.Equal(StoryPath, p.GetProperty("file").GetString()));

            var fixing = _host.SaveAndWait(_project, StoryPath, TestProject.Story.Replace("Two delegations met.", "Mended."), 20);
            Assert.True((await fixing).Succeeded);
            Assert.Equal(("reload", "{}"), await NextEventAsync(reader).WaitAsync(TimeSpan.FromSeconds(5)));

            // Closing the stalled connections lets their streams go; the browser that reads stays.
            foreach (var socket in stalled) socket.Dispose();
            stalled.Clear();
            await WaitFor(() => _host.LiveReload.Clients == 1, "the closed streams were not let go within 10 s");
        }
        finally
        {
            foreach (var socket in stalled) socket.Dispose();
        }
    }

    /// <summary>A connection that asks for the event stream, reads until it is following, and then never reads again.</summary>
    private static async Task<Socket> FollowAndStallAsync(int port)
    {
        var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp) { ReceiveBufferSize = 1024 };
        await socket.ConnectAsync(IPAddress.Loopback, port);
        await socket.SendAsync(Encoding.ASCII.GetBytes($"GET /test/__divrep/events HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\n\r\n"));
        var received = new StringBuilder();
        var buffer = new byte[256];
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        while (!received.ToString().Contains(": connected"))
        {
            var read = await socket.ReceiveAsync(buffer, timeout.Token);
            Assert.True(read > 0, "the server closed the event stream");
            received.Append(Encoding.ASCII.GetString(buffer, 0, read));
        }
        return socket;
    }

    /// <summary>The story with 150 unknown fields, each a problem with a long message (an event of them all would be some 60 KB) (<paramref name="save"/> makes each save differ).</summary>
    private static string StoryWithManyProblems(int save)
    {
        var text = new StringBuilder(TestProject.Story.Replace("Two delegations met.", $"Save {save}."));
        for (var i = 0; i < 150; i++) text.Append($"unknown_{i}_{new string('x', 100)}: value\n");
        return text.ToString();
    }

    /// <summary>The next event of the stream, comments skipped.</summary>
    private static async Task<(string Name, string Data)> NextEventAsync(StreamReader reader)
    {
        string? name = null, data = null;
        while (await reader.ReadLineAsync() is { } line)
        {
            if (line.StartsWith("event: ", StringComparison.Ordinal)) name = line["event: ".Length..];
            else if (line.StartsWith("data: ", StringComparison.Ordinal)) data = line["data: ".Length..];
            else if (line.Length == 0 && name is not null) return (name, data ?? "");
        }
        throw new EndOfStreamException("the event stream ended");
    }

    private static async Task WaitFor(Func<bool> condition, string failure)
    {
        for (var waited = 0; !condition(); waited += 50)
        {
            Assert.True(waited < 10_000, failure);
            await Task.Delay(50);
        }
    }
}

[CollectionDefinition(nameof(LiveReloadClientsTests), DisableParallelization = true)]
public sealed class LiveReloadClientsCollection;
