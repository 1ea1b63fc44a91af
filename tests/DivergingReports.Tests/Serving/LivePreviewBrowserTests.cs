using DivergingReports.Rendering.Templates;
using DivergingReports.Serving;
using DivergingReports.Tests.Support;
using Microsoft.Playwright;

namespace DivergingReports.Tests.Serving;

/// <summary>An editor's session in the real browser: edits appear without a reload, mistakes show in an overlay, fixes clear it.</summary>
public class LivePreviewBrowserTests
{
    private const string StoryPath = "content/breakdowns/2025-07-03-talks.yml";
    private static readonly float TwoSeconds = 2000;

    private static async Task Following(IPage page) =>
        await page.WaitForSelectorAsync("html[data-divrep-live=open]", new() { Timeout = 5000, State = WaitForSelectorState.Attached });

    private static Task Shows(IPage page, string text) =>
        page.WaitForFunctionAsync("t => document.body.innerText.includes(t)", text, new() { Timeout = TwoSeconds });

    [SkippableFact]
    public async Task Editing_breaking_and_fixing_a_breakdown_is_followed_live()
    {
        await using var context = await Browser.NewContextAsync();
        using var project = new TestProject();
        await using var host = await PreviewHost.StartAsync(project.Paths, ScribanTemplateSet.Load, Browser.FreePort(), false, new StringWriter());
        var page = await context.NewPageAsync();
        await page.GotoAsync(new Uri(host.Address, "stories/talks/").AbsoluteUri);
        await Following(page);

        // An edit appears without a manual reload.
        project.Write(StoryPath, TestProject.Story.Replace("Two delegations met.", "Two delegations met at dawn."));
        await Shows(page, "Two delegations met at dawn.");
        await Following(page);

        // A half-typed mistake: the overlay names the file and line; the page stays.
        project.Write(StoryPath, TestProject.Story.Replace("title: The talks", "title: \"The talks"));
        var overlay = await page.WaitForSelectorAsync("#divrep-problems", new() { Timeout = TwoSeconds });
        var problem = await overlay!.InnerTextAsync();
        Assert.Contains("content/breakdowns/2025-07-03-talks.yml(1,", problem);
        Assert.Contains("Two delegations met at dawn.", await page.InnerTextAsync("main"));

        // Fixing it clears the overlay and shows the fix.
        project.Write(StoryPath, TestProject.Story.Replace("Two delegations met.", "Two delegations met at noon."));
        await Shows(page, "Two delegations met at noon.");
        await page.WaitForSelectorAsync("#divrep-problems", new() { State = WaitForSelectorState.Detached, Timeout = TwoSeconds });
        await Following(page);

        // Deleting an article the story reports: the error shows, and the server lives on.
        project.Delete("content/articles/beta-talks.md");
        overlay = await page.WaitForSelectorAsync("#divrep-problems", new() { Timeout = TwoSeconds });
        Assert.Contains("beta-talks", await overlay!.InnerTextAsync());
        var again = await page.GotoAsync(new Uri(host.Address, "stories/talks/").AbsoluteUri);
        Assert.Equal(200, again!.Status);
        await page.WaitForSelectorAsync("#divrep-problems", new() { Timeout = TwoSeconds });
    }

    [SkippableFact]
    public async Task Serving_a_publication_that_never_built_shows_the_problems_and_then_the_site_once_fixed()
    {
        await using var context = await Browser.NewContextAsync();
        using var project = new TestProject();
        project.Write(StoryPath, TestProject.Story.Replace("title: The talks", "title: \"The talks"));
        await using var host = await PreviewHost.StartAsync(project.Paths, ScribanTemplateSet.Load, Browser.FreePort(), false, new StringWriter());
        var page = await context.NewPageAsync();
        var first = await page.GotoAsync(host.Address.AbsoluteUri);
        Assert.Equal(503, first!.Status);
        await Following(page);
        Assert.Contains("No site has been built yet", await page.InnerTextAsync("h1"));
        Assert.Contains("content/breakdowns/2025-07-03-talks.yml(1,", await page.InnerTextAsync("#divrep-problems"));

        // Another mistake is listed in place, without a reload.
        project.Write(StoryPath, TestProject.Story.Replace("title: The talks", "title: [The talks"));
        await page.WaitForFunctionAsync("() => !document.querySelector('#divrep-problems').innerText.includes('quoted')", null, new() { Timeout = TwoSeconds });
        Assert.Contains("No site has been built yet", await page.InnerTextAsync("h1"));

        // The fix: the page becomes the site by itself.
        project.Write(StoryPath, TestProject.Story);
        await Shows(page, "Two delegations met.");
        Assert.Equal(0, await page.Locator("#divrep-problems").CountAsync());
        Assert.EndsWith("/test/", page.Url);
    }

    [SkippableFact]
    public async Task A_reload_keeps_the_scroll_position()
    {
        await using var context = await Browser.NewContextAsync(new() { ViewportSize = new() { Width = 390, Height = 844 } });
        using var project = new TestProject();
        project.Write("content/articles/alpha-talks.md", TestProject.AlphaArticle + string.Concat(Enumerable.Repeat("\nA long paragraph of the report, repeated to make the page tall.\n", 120)));
        await using var host = await PreviewHost.StartAsync(project.Paths, ScribanTemplateSet.Load, Browser.FreePort(), false, new StringWriter());
        var page = await context.NewPageAsync();
        await page.GotoAsync(new Uri(host.Address, "stories/talks/").AbsoluteUri);
        await Following(page);
        await page.EvaluateAsync("() => window.scrollTo(0, 1500)");
        await page.WaitForFunctionAsync("() => window.scrollY >= 1400");

        project.Write(StoryPath, TestProject.Story.Replace("Two delegations met.", "Two delegations met, scrolled."));
        await Shows(page, "Two delegations met, scrolled.");
        await page.WaitForFunctionAsync("() => window.scrollY >= 1400", null, new() { Timeout = TwoSeconds });
    }
}
