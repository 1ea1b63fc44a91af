using System.Net;
using DivergingReports.Rendering.Templates;
using DivergingReports.Serving;
using DivergingReports.Tests.Support;

namespace DivergingReports.Tests.Serving;

/// <summary>
/// <c>divrep serve --search</c>: the index is made after the first build and again after edits, in
/// the background, while the site stays served; the previous index is served until the next is whole.
/// An editor would notice a search that never finds what was just written, a preview that stalls
/// while Pagefind runs, or a search that breaks halfway through a reindex.
/// </summary>
public class SearchPreviewTests
{
    private const string StoryPath = "content/breakdowns/2025-07-03-talks.yml";
    private static readonly TimeSpan Quiet = TimeSpan.FromMilliseconds(300);

    private static Task<PreviewHost> Serve(TestProject project, StringWriter log, bool search = true) =>
        PreviewHost.StartAsync(project.Paths, ScribanTemplateSet.Load, Browser.FreePort(), drafts: false, log,
            settle: TimeSpan.FromMilliseconds(250), search: search, searchQuiet: Quiet);

    private static HttpClient Client(PreviewHost host) => new(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = host.Address };

    /// <summary>Waits until <paramref name="done"/> holds; fails the test with <paramref name="what"/> when it does not within <paramref name="seconds"/>.</summary>
    private static async Task Eventually(Func<Task<bool>> done, string what, int seconds = 60)
    {
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        while (!await done())
        {
            Assert.True(DateTime.UtcNow < deadline, $"{what}: not within {seconds} s");
            await Task.Delay(100);
        }
    }

    private static Task Eventually(Func<bool> done, string what, int seconds = 60) => Eventually(() => Task.FromResult(done()), what, seconds);

    private static async Task<HttpStatusCode> Status(HttpClient http, string path)
    {
        using var response = await http.GetAsync(path);
        return response.StatusCode;
    }

    [SkippableFact]
    public async Task The_index_is_made_at_start_and_served_under_pagefind_from_outside_the_sites_folder()
    {
        using var project = new TestProject().WithPagefind();
        var log = new StringWriter();
        var host = await Serve(project, log);
        string index;
        await using (host)
        {
            using var http = Client(host);
            await Eventually(async () => await Status(http, "pagefind/pagefind.js") == HttpStatusCode.OK, "pagefind.js served");

            using (var script = await http.GetAsync("pagefind/pagefind.js"))
                Assert.Equal("text/javascript", script.Content.Headers.ContentType!.MediaType);
            using (var entry = await http.GetAsync("pagefind/pagefind-entry.json"))
            {
                Assert.Equal(HttpStatusCode.OK, entry.StatusCode);
                Assert.Equal("application/json", entry.Content.Headers.ContentType!.MediaType);
                Assert.Contains("\"languages\"", await entry.Content.ReadAsStringAsync());
            }
            Assert.Equal(HttpStatusCode.OK, await Status(http, "stories/talks/"));
            Assert.Equal(HttpStatusCode.OK, await Status(http, "search/"));
            // No folder listing, nothing outside the index's folder, not even the site beside it.
            Assert.Equal(HttpStatusCode.NotFound, await Status(http, "pagefind/"));
            Assert.Equal(HttpStatusCode.NotFound, await Status(http, "pagefind/no-such-file.js"));
            Assert.Equal(HttpStatusCode.NotFound, await Status(http, "pagefind/%2e%2e/site/index.html"));
            Assert.Equal(HttpStatusCode.NotFound, await Status(http, "pagefind/..%2fsite%2findex.html"));

            index = host.Search!.Current!;
            Assert.False(index.StartsWith(host.Session.Folder + Path.DirectorySeparatorChar, StringComparison.Ordinal), "the index is inside the site's folder, where the preview's writer cleans");
            Assert.False(Directory.Exists(Path.Combine(host.Session.Folder, "pagefind")));
            Assert.Matches(@"^\d\d:\d\d:\d\d search index: \d+ pages? in \d+ ms\r?$", log.ToString().Split('\n').Single(l => l.Contains("search index:")));
        }
        Assert.False(Directory.Exists(index), "the index's folder was left after the preview stopped");
    }

    [SkippableFact]
    public async Task A_word_added_to_a_story_is_found_by_search_in_the_browser_after_the_edit()
    {
        using var project = new TestProject().WithPagefind();
        Tools.Require(Tool.Chromium);
        await using var host = await Serve(project, new StringWriter());

        // The search page as a reader opens it: its script reads the index Pagefind made. A context
        // of its own each time, with an empty cache, so the index is read afresh (and no live reload interferes).
        async Task<string[]> Search(string word)
        {
            await using var context = await Browser.NewContextAsync();
            var page = await context.NewPageAsync();
            var search = await page.GotoAsync(new Uri(host.Address, "search/?q=" + word).AbsoluteUri);
            Assert.Equal(200, search!.Status);
            // The status line is written once the results are on the page.
            await page.WaitForFunctionAsync("t => document.querySelector('[data-search-status]').textContent.includes(t)", $"for ‘{word}’");
            return await page.EvalOnSelectorAllAsync<string[]>(".search-result__title a", "links => links.map(a => new URL(a.href).pathname)");
        }

        using var http = Client(host);
        await Eventually(async () => await Status(http, "pagefind/pagefind.js") == HttpStatusCode.OK, "the first index");
        Assert.Contains("/test/stories/talks/", await Search("delegations"));
        Assert.Empty(await Search("zephyrquokka"));

        await host.SaveAndWait(project, StoryPath, TestProject.Story.Replace("Two delegations met.", "Two delegations met a zephyrquokka."));
        await Eventually(async () => (await Search("zephyrquokka")).Contains("/test/stories/talks/"), "the new word found");
    }

    [SkippableFact]
    public async Task Pages_are_served_during_a_run_the_previous_index_until_the_next_is_whole_and_edits_during_a_run_owe_one_more()
    {
        using var project = new TestProject();
        var pagefind = PagefindWrapper.Install(project);
        pagefind.Allowed = 0;
        var log = new StringWriter();
        await using var host = await Serve(project, log);
        using var http = Client(host);

        // The first run is under way: the site is served, the search has no index yet.
        await Eventually(() => pagefind.Runs == 1, "the first run started");
        Assert.Equal(HttpStatusCode.OK, await Status(http, "stories/talks/"));
        Assert.Equal(HttpStatusCode.NotFound, await Status(http, "pagefind/pagefind.js"));

        // Three saves during it: each is shown at once, and together they owe one run after it.
        for (var i = 1; i <= 3; i++)
        {
            var outcome = await host.SaveAndWait(project, StoryPath, TestProject.Story.Replace("Two delegations met.", $"Two delegations met {i} times."));
            Assert.True(outcome.Succeeded);
            Assert.Contains($"met {i} times", await http.GetStringAsync("stories/talks/"));
        }
        Assert.Null(host.Search!.Current);
        Assert.Equal(1, pagefind.Runs);

        pagefind.Allowed = 1;
        await Eventually(() => host.Search!.Current is not null, "the first index");
        var first = host.Search!.Current!;
        await Eventually(() => pagefind.Runs == 2, "the run the saves owed");
        // During it, the first index is served whole, and so are the pages.
        Assert.Equal(first, host.Search.Current);
        Assert.Equal(HttpStatusCode.OK, await Status(http, "pagefind/pagefind.js"));
        Assert.Equal(HttpStatusCode.OK, await Status(http, "pagefind/pagefind-entry.json"));
        Assert.Contains("met 3 times", await http.GetStringAsync("stories/talks/"));

        File.WriteAllText(Path.Combine(first, "fragment", "en_only-in-the-first.pf_fragment"), "a chunk of the first index");
        pagefind.Allowed = 2;
        await Eventually(() => host.Search.Current != first, "the second index");
        Assert.Equal(HttpStatusCode.OK, await Status(http, "pagefind/pagefind-entry.json"));
        // A search page loaded before the switch asks for the first index's chunks (named by their
        // content, so one the edits changed is in the first index only): they are still answered.
        Assert.Equal(first, host.Search.Previous);
        Assert.Equal(HttpStatusCode.OK, await Status(http, "pagefind/fragment/en_only-in-the-first.pf_fragment"));
        // Exactly one more: nothing else is owed.
        await Task.Delay(Quiet * 4);
        Assert.Equal(2, pagefind.Runs);
        Assert.Equal(2, log.ToString().Split('\n').Count(l => l.Contains("search index:") && (l.Contains(" pages in ") || l.Contains(" page in "))));
    }

    [SkippableFact]
    public async Task A_failed_run_logs_one_escaped_line_and_keeps_the_previous_index()
    {
        using var project = new TestProject();
        var pagefind = PagefindWrapper.Install(project);
        var log = new StringWriter();
        await using var host = await Serve(project, log);
        using var http = Client(host);
        await Eventually(() => host.Search!.Current is not null, "the first index");
        var first = host.Search!.Current!;
        var entry = await http.GetStringAsync("pagefind/pagefind-entry.json");

        pagefind.Failing = true;
        var failed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        host.Search.Indexed += run => { if (!run.Made) failed.TrySetResult(); };
        await host.SaveAndWait(project, StoryPath, TestProject.Story.Replace("Two delegations met.", "Two delegations met again."));
        await failed.Task.WaitAsync(TimeSpan.FromSeconds(60));

        var lines = log.ToString().Split('\n').Where(l => l.Contains("search index: could not be made")).ToArray();
        var line = Assert.Single(lines);
        Assert.Contains("the index broke \\u001b[2J here", line);
        Assert.DoesNotContain(log.ToString(), c => c == '\u001b');
        Assert.Contains("the previous index is still served", line);
        Assert.Equal(first, host.Search.Current);
        Assert.Equal(entry, await http.GetStringAsync("pagefind/pagefind-entry.json"));
    }

    [SkippableFact]
    public async Task Stopping_the_preview_stops_a_run_under_way_and_removes_its_folders()
    {
        using var project = new TestProject();
        var pagefind = PagefindWrapper.Install(project);
        pagefind.Allowed = 0;
        var host = await Serve(project, new StringWriter());
        var privateFolder = Path.GetDirectoryName(host.Session.Folder)!;
        await Eventually(() => pagefind.Runs == 1, "the first run started");

        var clock = System.Diagnostics.Stopwatch.StartNew();
        await host.DisposeAsync();
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(15), $"stopping waited for the run: {clock.Elapsed}");
        Assert.False(Directory.Exists(privateFolder));
    }

    [Fact]
    public async Task Search_turned_on_in_site_yml_while_serving_without_Pagefind_is_said_once_and_the_preview_goes_on()
    {
        using var project = new TestProject();
        var log = new StringWriter();
        await using var host = await Serve(project, log, search: false);
        using var http = Client(host);

        await host.SaveAndWait(project, "site.yml", TestProject.SiteYml + "\nsearch: true\n");
        await host.SaveAndWait(project, StoryPath, TestProject.Story.Replace("Two delegations met.", "Two delegations met twice."));

        var line = Assert.Single(log.ToString().Split('\n'), l => l.Contains("search index:"));
        Assert.Contains("search needs Pagefind, but it is not installed", line);
        Assert.Contains("npm ci", line);
        Assert.Null(host.Search);
        Assert.Contains("met twice", await http.GetStringAsync("stories/talks/"));
        Assert.Equal(HttpStatusCode.NotFound, await Status(http, "pagefind/pagefind.js"));
    }

    [Theory]
    [InlineData("--search", "")]
    [InlineData(null, "search: true")]
    public void Serve_with_search_and_no_Pagefind_says_so_in_one_line_and_exits_2_before_serving(string? flag, string setting)
    {
        using var project = new TestProject();
        project.Write("site.yml", TestProject.SiteYml + "\n" + setting + "\n");
        var port = Browser.FreePort();

        string[] args = ["serve", "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture)];
        var run = project.Run(flag is null ? args : [.. args, flag]);

        Assert.Equal(2, run.ExitCode);
        var line = Assert.Single(run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("divrep serve: search needs Pagefind, but it is not installed (there is no node_modules/@pagefind/", line, StringComparison.Ordinal);
        Assert.Contains("npm ci", line);
        Assert.DoesNotContain("Serving", run.Out);
        Assert.False(Directory.Exists(PreviewHost.PrivateFolder(project.Paths, port)), "something was built");
    }
}
