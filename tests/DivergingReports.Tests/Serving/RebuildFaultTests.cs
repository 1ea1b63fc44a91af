using System.Net;
using System.Text.Json;
using AngleSharp.Html.Parser;
using DivergingReports.Diagnostics;
using DivergingReports.Rendering.Templates;
using DivergingReports.Serving;
using DivergingReports.Tests.Support;

namespace DivergingReports.Tests.Serving;

/// <summary>
/// A rebuild that stops on an error no check foresaw (here the template engine throws) never ends
/// the preview: the error is one line in the terminal and one problem in the overlay, the last good
/// site stays up, and the next save rebuilds everything again.
/// </summary>
public class RebuildFaultTests : IDisposable
{
    // An error message with a line break, a forged workflow command and a terminal escape in it.
    private const string Fault = "the engine broke\n::error::forged\u001b[2J";
    private readonly TestProject _project = new();
    private readonly StringWriter _log = new();
    private volatile bool _failing;

    public void Dispose() => _project.Dispose();

    private ITemplateSet? Engine(Theme theme, DiagnosticBag bag) =>
        _failing ? throw new InvalidOperationException(Fault) : ScribanTemplateSet.Load(theme, bag);

    private Task<PreviewHost> StartAsync() =>
        PreviewHost.StartAsync(_project.Paths, Engine, Browser.FreePort(), drafts: false, _log, settle: TimeSpan.FromMilliseconds(250));

    [Fact]
    public async Task An_unexpected_error_in_a_rebuild_is_a_problem_and_the_next_save_rebuilds_everything()
    {
        await using var host = await StartAsync();

        _failing = true;
        var story = BuiltInTheme.File("story.sbn")!.Text().Replace("<h1 class=\"story-head__title\">", "<h1 class=\"story-head__title\" data-edited>", StringComparison.Ordinal);
        var failed = await host.SaveAndWait(_project, "templates/story.sbn", story);

        Assert.False(failed.Succeeded);
        var problem = Assert.Single(host.Session.Problems);
        Assert.Equal(DiagnosticCode.PreviewFault.Id, problem.Code);
        Assert.Equal("templates/story.sbn", problem.Location.Path);
        Assert.Contains(Fault, problem.Message);
        // The terminal gets it on one line, its control characters escaped.
        var lines = _log.ToString().Split('\n');
        var line = Assert.Single(lines, l => l.Contains(DiagnosticCode.PreviewFault.Id));
        Assert.Contains("the engine broke\\n::error::forged\\u001b[2J", line);
        Assert.DoesNotContain(lines, l => l.StartsWith("::error::forged", StringComparison.Ordinal));
        Assert.DoesNotContain('\u001b', _log.ToString());

        // The server is alive, still shows the last good site, and a browser that connects sees the problem.
        Assert.Equal("The talks", await TitleAsync(host));
        var overlay = await FirstEventAsync(host);
        Assert.Equal("problems", overlay.Name);
        var listed = Assert.Single(JsonDocument.Parse(overlay.Data).RootElement.GetProperty("problems").EnumerateArray());
        Assert.Equal(DiagnosticCode.PreviewFault.Id, listed.GetProperty("code").GetString());
        Assert.Contains(Fault, listed.GetProperty("message").GetString());

        // The next save is of content alone, yet the template saved during the fault shows too.
        _failing = false;
        var mended = await host.SaveAndWait(_project, "content/breakdowns/2025-07-03-talks.yml", TestProject.Story.Replace("title: The talks", "title: The talks resumed"));
        Assert.True(mended.Succeeded, string.Join("\n", mended.Diagnostics));
        Assert.True(mended.Full);
        Assert.Empty(host.Session.Problems);
        var page = new HtmlParser().ParseDocument(await Http.GetStringAsync(new Uri(host.Address, "stories/talks/")));
        Assert.Equal("The talks resumed", page.QuerySelector("h1")!.TextContent.Trim());
        Assert.True(page.QuerySelector("h1")!.HasAttribute("data-edited"));
        Assert.Equal(": connected", await FirstLineAsync(host));
    }

    [Fact]
    public async Task An_unexpected_error_in_the_first_build_leaves_the_server_up_and_showing_it()
    {
        _failing = true;
        await using var host = await StartAsync();

        Assert.Equal(DiagnosticCode.PreviewFault.Id, Assert.Single(host.Session.Problems).Code);
        Assert.Contains(DiagnosticCode.PreviewFault.Id, _log.ToString());
        Assert.Equal("problems", (await FirstEventAsync(host)).Name);
        using var before = await Http.GetAsync(new Uri(host.Address, "test/stories/talks/"));
        Assert.Equal(HttpStatusCode.ServiceUnavailable, before.StatusCode);
        var shown = new HtmlParser().ParseDocument(await before.Content.ReadAsStringAsync()).QuerySelector("#divrep-problems")!.TextContent;
        Assert.Contains(DiagnosticCode.PreviewFault.Id, shown);
        // There is no last good site to promise.
        Assert.DoesNotContain("last good site", shown);
        Assert.DoesNotContain("last good site", _log.ToString());

        _failing = false;
        Assert.True((await host.SaveAndWait(_project, "content/breakdowns/2025-07-03-talks.yml", TestProject.Story)).Succeeded);
        Assert.Equal("/test/", host.Address.AbsolutePath);
        Assert.Equal("The talks", await TitleAsync(host));
    }

    private static readonly HttpClient Http = new();

    private static async Task<string> TitleAsync(PreviewHost host) =>
        new HtmlParser().ParseDocument(await Http.GetStringAsync(new Uri(host.Address, "stories/talks/"))).QuerySelector("h1")!.TextContent.Trim();

    /// <summary>The first event a browser that connects now is sent.</summary>
    private static async Task<(string Name, string Data)> FirstEventAsync(PreviewHost host)
    {
        using var events = await Http.GetAsync(new Uri(host.Address, "__divrep/events"), HttpCompletionOption.ResponseHeadersRead);
        using var reader = new StreamReader(await events.Content.ReadAsStreamAsync());
        var name = await reader.ReadLineAsync();
        var data = await reader.ReadLineAsync();
        Assert.StartsWith("event: ", name);
        Assert.StartsWith("data: ", data);
        return (name!["event: ".Length..], data!["data: ".Length..]);
    }

    /// <summary>The first line a browser that connects now is sent.</summary>
    private static async Task<string?> FirstLineAsync(PreviewHost host)
    {
        using var events = await Http.GetAsync(new Uri(host.Address, "__divrep/events"), HttpCompletionOption.ResponseHeadersRead);
        using var reader = new StreamReader(await events.Content.ReadAsStreamAsync());
        return await reader.ReadLineAsync();
    }
}
