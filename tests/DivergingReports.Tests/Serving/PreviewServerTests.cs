using System.Net;
using System.Net.Sockets;
using DivergingReports.Rendering.Templates;
using DivergingReports.Serving;
using DivergingReports.Tests.Support;

namespace DivergingReports.Tests.Serving;

/// <summary>The preview server over real HTTP: routing under base_url's sub-path, content types, the 404 page, incremental rebuilds.</summary>
public class PreviewServerTests : IAsyncLifetime
{
    private readonly TestProject _project = new TestProject();
    private PreviewHost _host = null!;
    private readonly HttpClient _http = new(new HttpClientHandler { AllowAutoRedirect = false });
    private readonly StringWriter _log = new();

    public async Task InitializeAsync()
    {
        _project.Write("content/articles/alpha-other.md", TestProject.AlphaArticle.Replace("Alpha reports the talks", "Alpha on the summit").Replace("/talks/", "/summit/"));
        _project.Write("content/articles/beta-other.md", TestProject.BetaArticle.Replace("Beta reports the talks", "Beta on the summit"));
        _project.Write("content/breakdowns/2025-07-04-summit.yml", TestProject.Story.Replace("title: The talks", "title: The summit")
            .Replace("date: 2025-07-03", "date: 2025-07-04").Replace("alpha-talks", "alpha-other").Replace("beta-talks", "beta-other"));
        // A settle time well above a busy machine's pauses between two writes of one burst.
        _host = await PreviewHost.StartAsync(_project.Paths, ScribanTemplateSet.Load, Browser.FreePort(), drafts: false, _log, settle: TimeSpan.FromMilliseconds(250));
        _http.BaseAddress = new Uri($"http://127.0.0.1:{_host.Address.Port}");
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        _http.Dispose();
        _project.Dispose();
    }

    [Fact]
    public async Task Pages_are_served_under_the_sub_path_of_base_url_with_their_content_types()
    {
        Assert.Equal("/test/", _host.Address.AbsolutePath);

        var home = await _http.GetAsync("/test/");
        Assert.Equal(HttpStatusCode.OK, home.StatusCode);
        Assert.Equal("text/html", home.Content.Headers.ContentType!.MediaType);
        var html = await home.Content.ReadAsStringAsync();
        Assert.Contains("The summit", html);
        Assert.Contains("/test/__divrep/live.js", html);

        var css = await _http.GetAsync("/test/assets/style.css");
        Assert.Equal("text/css", css.Content.Headers.ContentType!.MediaType);
        Assert.Equal("application/json", (await _http.GetAsync("/test/feed.json")).Content.Headers.ContentType!.MediaType);
        Assert.Contains("xml", (await _http.GetAsync("/test/feed.xml")).Content.Headers.ContentType!.MediaType);

        var root = await _http.GetAsync("/");
        Assert.Equal(HttpStatusCode.Redirect, root.StatusCode);
        Assert.Equal("/test/", root.Headers.Location!.OriginalString);

        var folder = await _http.GetAsync("/test/stories/talks");
        Assert.Equal(HttpStatusCode.MovedPermanently, folder.StatusCode);
        Assert.Equal("/test/stories/talks/", folder.Headers.Location!.OriginalString);
    }

    [Theory]
    [InlineData("/test/no-such-page/")]
    [InlineData("/test/assets/")]          // a folder without index.html is never listed
    [InlineData("/elsewhere/")]
    [InlineData("/test/%2e%2e/site.yml")]
    public async Task Missing_paths_get_the_sites_own_404_page(string path)
    {
        var response = await _http.GetAsync(path);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var text = await response.Content.ReadAsStringAsync();
        Assert.Contains("<html", text);
        Assert.DoesNotContain("style.css</a>", text);
        Assert.DoesNotContain("base_url", text);
    }

    // Another site's page, its name pointed at 127.0.0.1 (DNS rebinding), asks with its own name.
    [Theory]
    [InlineData("evil.example")]
    [InlineData("evil.example:{port}")]
    [InlineData("localhost.evil.example:{port}")]
    [InlineData("127.0.0.1.nip.io:{port}")]
    [InlineData("localhost:{other port}")]
    public async Task A_request_addressed_to_another_name_gets_no_page(string host)
    {
        foreach (var path in new[] { "/test/", "/test/stories/talks/", "/test/feed.json", "/test/__divrep/events", "/test/__divrep/live.js", "/" })
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, path);
            request.Headers.Host = host.Replace("{port}", _host.Address.Port.ToString()).Replace("{other port}", (_host.Address.Port ^ 1).ToString());
            using var response = await _http.SendAsync(request);
            Assert.Equal(HttpStatusCode.MisdirectedRequest, response.StatusCode);
            Assert.Equal("text/plain", response.Content.Headers.ContentType!.MediaType);
            var text = await response.Content.ReadAsStringAsync();
            Assert.DoesNotContain("talks", text, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("<", text);
            Assert.Null(response.Headers.Location);
        }
    }

    [Theory]
    [InlineData("localhost:{port}")]
    [InlineData("LOCALHOST:{port}")]
    [InlineData("127.0.0.1:{port}")]
    [InlineData("[::1]:{port}")]
    [InlineData("localhost")]
    [InlineData("127.0.0.1")]
    public async Task A_request_addressed_to_the_previews_own_name_gets_the_page(string host)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/test/stories/talks/");
        request.Headers.Host = host.Replace("{port}", _host.Address.Port.ToString());
        using var response = await _http.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
        Assert.Equal("The talks", page.QuerySelector("h1")!.TextContent.Trim());
    }

    [Theory]
    [InlineData("POST")]
    [InlineData("PUT")]
    [InlineData("DELETE")]
    [InlineData("HEAD")]
    public async Task The_event_stream_answers_only_GET(string method)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), "/test/__divrep/events") { Content = method is "POST" or "PUT" ? new StringContent("event: reload\n\n") : null };
        using var response = await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal(["GET"], response.Content.Headers.Allow);
        Assert.NotEqual("text/event-stream", response.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [InlineData("/test/stories/talks/")]
    [InlineData("/test/__divrep/live.js")]
    public async Task Pages_and_the_script_answer_only_GET_and_HEAD(string path)
    {
        using var post = await _http.PostAsync(path, new StringContent("x"));
        Assert.Equal(HttpStatusCode.MethodNotAllowed, post.StatusCode);
        Assert.Equal(["GET", "HEAD"], post.Content.Headers.Allow);
        using var head = await _http.SendAsync(new HttpRequestMessage(HttpMethod.Head, path));
        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
    }

    [Fact]
    public void The_preview_is_built_in_a_private_folder_not_in_the_projects_site_folder()
    {
        Assert.False(Directory.Exists(_project.PathOf("_site")));
        Assert.False(_host.Session.Folder.StartsWith(_project.Root, StringComparison.Ordinal));
        Assert.True(File.Exists(Path.Combine(_host.Session.Folder, "stories/talks/index.html")));
        Assert.DoesNotContain("live.js", File.ReadAllText(Path.Combine(_host.Session.Folder, "stories/talks/index.html")));
    }

    [Fact]
    public async Task A_breakdown_edit_renders_that_story_and_the_listings_but_not_the_other_stories()
    {
        var outcome = await _host.SaveAndWait(_project, "content/breakdowns/2025-07-03-talks.yml", TestProject.Story.Replace("Two delegations met.", "Two delegations met twice."));
        Assert.True(outcome.Succeeded, string.Join("\n", outcome.Diagnostics));
        Assert.False(outcome.Full);
        var story = await _http.GetStringAsync("/test/stories/talks/");
        Assert.Contains("Two delegations met twice.", story);
        // The listings that show the story's summary follow it; the other story's page and data are not made again.
        Assert.Contains("Two delegations met twice.", await _http.GetStringAsync("/test/"));
        var total = Directory.GetFiles(_host.Session.Folder, "*", SearchOption.AllDirectories).Length;
        Assert.InRange(outcome.Written!.Rendered, 2, total - 2);
    }

    [Fact]
    public async Task A_broken_file_keeps_the_last_good_site_and_the_event_stream_names_the_problem()
    {
        var outcome = await _host.SaveAndWait(_project, "content/breakdowns/2025-07-03-talks.yml", TestProject.Story.Replace("title: The talks", "title: \"The talks"));
        Assert.False(outcome.Succeeded);
        Assert.Equal(HttpStatusCode.OK, (await _http.GetAsync("/test/stories/talks/")).StatusCode);
        Assert.Contains("The talks", await _http.GetStringAsync("/test/stories/talks/"));

        using var events = await _http.GetAsync("/test/__divrep/events", HttpCompletionOption.ResponseHeadersRead);
        Assert.Equal("text/event-stream", events.Content.Headers.ContentType!.MediaType);
        using var reader = new StreamReader(await events.Content.ReadAsStreamAsync());
        Assert.Equal("event: problems", await reader.ReadLineAsync());
        var data = await reader.ReadLineAsync();
        Assert.Contains("content/breakdowns/2025-07-03-talks.yml", data);
        Assert.Contains("\"line\":1", data);
        Assert.Contains("content/breakdowns/2025-07-03-talks.yml(1,", _log.ToString());
    }

    [Fact]
    public async Task A_template_mistake_keeps_the_last_good_site_and_the_problems_name_the_template()
    {
        var outcome = await _host.SaveAndWait(_project, "templates/story.sbn", BuiltInThemeText("story.sbn").Replace("{{ title }}", "{{ titel }}", StringComparison.Ordinal));
        Assert.False(outcome.Succeeded);
        Assert.Contains("The talks", await _http.GetStringAsync("/test/stories/talks/"));
        var problem = Assert.Single(_host.Session.Problems);
        Assert.Equal("templates/story.sbn", problem.Location.Path);
        Assert.Equal(DivergingReports.Diagnostics.DiagnosticCode.TemplateUnknownField.Id, problem.Code);
        Assert.Contains("did you mean 'title'?", problem.Hint);

        using var events = await _http.GetAsync("/test/__divrep/events", HttpCompletionOption.ResponseHeadersRead);
        using var reader = new StreamReader(await events.Content.ReadAsStreamAsync());
        Assert.Equal("event: problems", await reader.ReadLineAsync());
        Assert.Contains("templates/story.sbn", await reader.ReadLineAsync());
    }

    private static string BuiltInThemeText(string name) => BuiltInTheme.File(name)!.Text();

    [Fact]
    public async Task A_port_in_use_is_said_plainly()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        try
        {
            var port = ((IPEndPoint)listener.LocalEndpoint).Port;
            var error = await Assert.ThrowsAsync<PortInUseException>(() => PreviewHost.StartAsync(_project.Paths, ScribanTemplateSet.Load, port, false, new StringWriter()));
            Assert.Equal(port, error.Port);
            // The preview that could not start leaves no folder behind in the temp folder.
            Assert.False(Directory.Exists(PreviewHost.PrivateFolder(_project.Paths, port)), "the preview's folder was left behind");
        }
        finally
        {
            listener.Stop();
        }
    }

    [Fact]
    public async Task An_editors_save_via_rename_and_a_burst_of_saves_each_give_one_rebuild()
    {
        var rebuilds = 0;
        _host.Rebuilt += _ => Interlocked.Increment(ref rebuilds);

        // Save via rename, as many editors do: write a temporary file beside it, then move it over.
        var temporary = _project.PathOf("content/breakdowns/.2025-07-03-talks.yml.swp");
        File.WriteAllText(temporary, TestProject.Story.Replace("Two delegations met.", "Saved via rename."));
        File.Move(temporary, _project.PathOf("content/breakdowns/2025-07-03-talks.yml"), overwrite: true);
        await WaitFor(() => rebuilds >= 1);
        Assert.Contains("Saved via rename.", await _http.GetStringAsync("/test/stories/talks/"));

        // Five saves in quick succession settle into one rebuild.
        for (var i = 1; i <= 5; i++)
        {
            _project.Write("content/breakdowns/2025-07-03-talks.yml", TestProject.Story.Replace("Two delegations met.", $"Save number {i}."));
            await Task.Delay(5);
        }
        await WaitFor(() => rebuilds >= 2);
        await Task.Delay(1000);
        Assert.Equal(2, rebuilds);
        Assert.Contains("Save number 5.", await _http.GetStringAsync("/test/stories/talks/"));
    }

    private static async Task WaitFor(Func<bool> condition)
    {
        for (var waited = 0; !condition(); waited += 20)
        {
            Assert.True(waited < 10_000, "the preview did not rebuild within 10 s");
            await Task.Delay(20);
        }
    }
}
