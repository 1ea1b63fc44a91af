using System.Net;
using AngleSharp.Html.Parser;
using DivergingReports.Rendering.Templates;
using DivergingReports.Serving;
using DivergingReports.Tests.Support;

namespace DivergingReports.Tests.Serving;

/// <summary>divrep serve started on a publication that does not build: every page is the problems, and the first good save turns it into the site.</summary>
public class NoSiteYetTests : IAsyncLifetime
{
    private const string StoryPath = "content/breakdowns/2025-07-03-talks.yml";
    // A file name an editor may well not mean, and a control character pasted by accident: both reach the page only escaped.
    private const string OddPath = "content/breakdowns/2025-07-05-<img src=x>\u001b[2J.yml";
    private readonly TestProject _project = new();
    private readonly HttpClient _http = new(new HttpClientHandler { AllowAutoRedirect = false });
    private readonly StringWriter _log = new();
    private PreviewHost _host = null!;

    public async Task InitializeAsync()
    {
        _project.Write(StoryPath, TestProject.Story.Replace("title: The talks", "title: \"The talks"));
        _project.Write(OddPath, "title: A story");
        _host = await PreviewHost.StartAsync(_project.Paths, ScribanTemplateSet.Load, Browser.FreePort(), drafts: false, _log, settle: TimeSpan.FromMilliseconds(250));
        _http.BaseAddress = new Uri($"http://127.0.0.1:{_host.Address.Port}");
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        _http.Dispose();
        _project.Dispose();
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/test/")]
    [InlineData("/test/stories/talks/")]
    [InlineData("/anything/at/all")]
    public async Task Every_page_lists_the_problems_with_the_live_reload_script(string path)
    {
        Assert.False(_host.Session.Built);
        using var response = await _http.GetAsync(path);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("no-store", response.Headers.CacheControl!.ToString());
        var html = await response.Content.ReadAsStringAsync();
        var page = new HtmlParser().ParseDocument(html);

        Assert.Contains("No site has been built yet", page.QuerySelector("h1")!.TextContent);
        var items = page.QuerySelectorAll("#divrep-problems li");
        Assert.Equal(_host.Session.Problems.Count, items.Length);
        Assert.True(items.Length >= 2);
        var story = Assert.Single(items, i => i.QuerySelector(".file")!.TextContent == StoryPath);
        Assert.Equal("1", story.QuerySelector(".line")!.TextContent);
        Assert.NotEmpty(story.QuerySelector(".column")!.TextContent);
        Assert.NotEmpty(story.QuerySelector(".message")!.TextContent);

        // The live-reload script, at the root: the site's own root path is not known before it builds.
        var script = page.QuerySelector("script[src]")!;
        Assert.Equal("/__divrep/live.js", script.GetAttribute("src"));
        Assert.Equal("/__divrep/events", script.GetAttribute("data-events"));
        Assert.Equal(HttpStatusCode.OK, (await _http.GetAsync("/__divrep/live.js")).StatusCode);
    }

    [Fact]
    public async Task What_the_content_holds_reaches_the_page_only_escaped()
    {
        var html = await (await _http.GetAsync("/test/")).Content.ReadAsStringAsync();
        var page = new HtmlParser().ParseDocument(html);
        Assert.Empty(page.QuerySelectorAll("#divrep-problems img, #divrep-problems b"));
        Assert.Contains(page.QuerySelectorAll("#divrep-problems .file"), f => f.TextContent == OddPath.Replace("\u001b", "\\u001b"));
        Assert.DoesNotContain('\u001b', html);
        Assert.Single(page.QuerySelectorAll("script"));
    }

    [Fact]
    public async Task The_terminal_says_no_site_was_built_and_a_fix_serves_the_site()
    {
        var log = _log.ToString();
        Assert.True(log.Contains("first build: 2 errors, 0 warnings; no site built yet, fix them and save"), log);
        Assert.DoesNotContain("last good site", log);
        Assert.DoesNotContain('\u001b', log);

        _project.Delete(OddPath);
        _project.Write(StoryPath, TestProject.Story);
        // One rebuild or two, as the watcher settles the two changes.
        for (var waited = 0; !_host.Session.Built; waited += 20)
        {
            Assert.True(waited < 10_000, "no good build within 10 s of the fix: " + _log);
            await Task.Delay(20);
        }
        using var home = await _http.GetAsync("/test/stories/talks/");
        Assert.Equal(HttpStatusCode.OK, home.StatusCode);
        Assert.Contains("The talks", await home.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Redirect, (await _http.GetAsync("/")).StatusCode);

        // Broken again after a good build: the last good site is shown, as always.
        await _host.SaveAndWait(_project, StoryPath, TestProject.Story.Replace("title: The talks", "title: \"The talks"));
        Assert.Equal(HttpStatusCode.OK, (await _http.GetAsync("/test/stories/talks/")).StatusCode);
        Assert.Contains("; still showing the last good site (", _log.ToString());
    }

    [Fact]
    public void A_save_that_breaks_thousands_of_lines_lists_the_first_problems_and_counts_the_rest()
    {
        var problems = Enumerable.Range(1, 5000).Select(n => new DivergingReports.Diagnostics.Diagnostic(DivergingReports.Diagnostics.Severity.Error, "DR0001",
            new DivergingReports.Diagnostics.FileLocation(StoryPath, n, 1), "a quoted value is not closed " + new string('x', 200), "add the closing quote")).ToArray();
        var html = NoSitePage.Html(problems, "");
        Assert.InRange(html.Length, 1, 2 * ProblemsEvent.MostCharacters);
        var page = new HtmlParser().ParseDocument(html);
        var listed = page.QuerySelectorAll("#divrep-problems li").Length;
        Assert.InRange(listed, 1, 4999);
        Assert.Contains($"… and {5000 - listed} more", page.QuerySelector("#divrep-problems")!.TextContent);
    }
}
