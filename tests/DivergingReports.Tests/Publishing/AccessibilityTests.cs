using System.Diagnostics;
using System.Text.Json;
using DivergingReports.Tests.Support;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace DivergingReports.Tests.Publishing;

/// <summary>
/// Pages as a reader's browser shows them: Debian's Chromium, driven by Playwright, loads each page
/// from the built folder (no server: every request is answered by routing, and nothing may leave),
/// opens every disclosure, runs axe-core in it, in the light and the dark colour scheme, and checks
/// that nothing overflows sideways on a 390 px phone or a 1280 px screen.
/// </summary>
public class AccessibilityTests(ITestOutputHelper output)
{
    private const string NotFound = "no-such-page/";

    [SkippableFact]
    public async Task Shipped_sample_pages_have_no_axe_violations_and_fit_a_phone()
    {
        var axe = Tools.Require(Tool.AxeCore);
        await CheckPages(ReadOnlySite.ShippedContent.Site, axe,
            "", "stories/trump-putin-call/", "sources/washington-post/", "countries/us/", "sources/unnamed-outlet/", "about/");
    }

    [SkippableFact]
    public async Task Larger_publication_pages_have_no_axe_violations_and_fit_a_phone()
    {
        var axe = Tools.Require(Tool.AxeCore);
        var site = ReadOnlySite.MultilingualPublication.Site;
        // The story with the most reports (four, one without a breakdown) and an update; and one in
        // four languages, an Arabic report (right to left) with its translation.
        var story = SyntheticPublication.Published.First(s => s.Sources.Count == 4 && s.Index % 2 == 0);
        await CheckPages(site, axe,
            "", "page/2/", $"stories/{story.Slug}/", $"stories/{MultilingualStory.Slug}/", "sources/gazette-du-rhone/", "countries/fr/",
            "sources/", "tags/", "blindspots/", "about/", NotFound);
    }

    [SkippableFact]
    public async Task A_story_of_six_outlets_from_six_countries_has_no_axe_violations_and_fits_a_phone()
    {
        var axe = Tools.Require(Tool.AxeCore);
        await CheckPages(ReadOnlySite.SixOutletStory.Site, axe, $"stories/{SixOutletStory.Slug}/");
    }

    [SkippableFact]
    public async Task A_story_of_seven_outlets_in_five_languages_has_no_axe_violations_and_fits_a_phone()
    {
        var axe = Tools.Require(Tool.AxeCore);
        await CheckPages(ReadOnlySite.WorldStory.Site, axe, $"stories/{WorldStory.Slug}/");
    }

    [SkippableFact]
    public async Task The_search_page_with_results_has_no_axe_violations_and_fits_a_phone()
    {
        var axe = Tools.Require(Tool.AxeCore);
        Tools.Require(Tool.Pagefind);
        var site = ReadOnlySite.SearchablePublication.Site;
        // Results of a query typed, the page before any query, and a story with the masthead's form.
        await CheckPages(site, axe, "search/?q=drought&sort=newest", "search/", $"stories/{SyntheticPublication.Published[0].Slug}/");
    }

    private async Task CheckPages(BuiltSite site, string axe, params string[] pages)
    {
        var clock = Stopwatch.StartNew();

        var problems = new List<string>();
        void Problem(string problem) { lock (problems) problems.Add(problem); }
        var external = new List<string>();
        foreach (var scheme in new[] { ColorScheme.Light, ColorScheme.Dark })
        {
            await using var context = await Browser.NewContextAsync(new()
            {
                ViewportSize = new() { Width = 390, Height = 844 },
                ColorScheme = scheme,
                JavaScriptEnabled = true,
            });
            await context.RouteAsync("**/*", route => SiteRoutes.Serve(site, route, external));
            var page = await context.NewPageAsync();
            var current = "";
            page.Console += (_, m) => { if (m.Type == "error" && !(current == NotFound && m.Text.Contains("404"))) Problem($"/{current}: console error: {m.Text}"); };
            page.PageError += (_, e) => Problem($"/{current}: script error: {e}");
            page.Response += (_, r) => { if (r.Status >= 400 && r.Request.ResourceType != "document") Problem($"/{current}: {r.Request.ResourceType} {r.Url} answered {r.Status}"); };

            foreach (var relative in pages)
            {
                current = relative;
                var url = site.BaseUrl + relative;
                var at = $"/{relative} ({scheme.ToString().ToLowerInvariant()})";
                await page.SetViewportSizeAsync(390, 844);
                var response = await page.GotoAsync(url, new() { WaitUntil = WaitUntilState.Load });
                var expectedStatus = relative == NotFound ? 404 : 200;
                if (response?.Status != expectedStatus)
                    Problem($"{at}: status {response?.Status}, expected {expectedStatus}");

                // The search page's results, once its script has found them.
                await page.WaitForFunctionAsync("() => !document.querySelector('[data-search-index]') || !new URLSearchParams(location.search).get('q') || document.querySelector('.search-result')");
                // Every disclosure open, as a reader may open them: what they hold is checked too.
                await page.EvaluateAsync("() => document.querySelectorAll('details').forEach(d => d.open = true)");
                await page.AddScriptTagAsync(new() { Path = axe });
                var axeResult = await page.EvaluateAsync<JsonElement>("""
                    async () => {
                      const result = await axe.run(document, { resultTypes: ['violations'] });
                      const rules = result.passes.length + result.violations.length + result.incomplete.length + result.inapplicable.length;
                      return { rules, violations: result.violations.map(v => ({
                        id: v.id, impact: v.impact, help: v.help,
                        nodes: v.nodes.slice(0, 5).map(n => n.target.join(' ') + (n.failureSummary ? ' — ' + n.failureSummary.replace(/\s+/g, ' ') : '')),
                        count: v.nodes.length })) };
                    }
                    """);
                var rules = axeResult.GetProperty("rules").GetInt32();
                if (rules < 20) Problem($"{at}: axe ran only {rules} rules");
                foreach (var v in axeResult.GetProperty("violations").EnumerateArray())
                    Problem($"{at}: axe {v.GetProperty("id")} ({v.GetProperty("impact")}): {v.GetProperty("help")} — {v.GetProperty("count")} node(s):\n      "
                        + string.Join("\n      ", v.GetProperty("nodes").EnumerateArray().Select(n => n.GetString())));

                if (scheme == ColorScheme.Light)
                    foreach (var width in new[] { 390, 1280 })
                    {
                        await page.SetViewportSizeAsync(width, width == 390 ? 844 : 900);
                        var overflow = await Overflow(page);
                        if (overflow is not null) Problem($"/{relative} at {width} px: {overflow}");
                    }
            }
        }
        output.WriteLine($"{pages.Length} pages × 2 colour schemes checked in {clock.Elapsed.TotalSeconds:0.0} s");

        lock (external)
            if (external.Count > 0) problems.Add("the pages tried to reach other sites (aborted):\n  " + string.Join("\n  ", external.Distinct()));
        Assert.True(problems.Count == 0, $"{problems.Count} problem(s) in a real browser:\n" + string.Join("\n", problems));
    }

    /// <summary>Null when the page fits its viewport's width; otherwise what sticks out.</summary>
    private static async Task<string?> Overflow(IPage page)
    {
        var result = await page.EvaluateAsync<JsonElement>("""
            () => {
              const width = window.innerWidth, scroll = document.documentElement.scrollWidth;
              if (scroll <= width) return null;
              const culprits = [];
              for (const el of document.body.querySelectorAll('*')) {
                const r = el.getBoundingClientRect();
                if (r.right > width + 0.5 && r.width > 0) {
                  const name = el.tagName.toLowerCase() + (el.id ? '#' + el.id : '') + (el.className && typeof el.className === 'string' ? '.' + el.className.trim().split(/\s+/).join('.') : '');
                  culprits.push(name + ' right=' + Math.round(r.right));
                }
                if (culprits.length >= 8) break;
              }
              return 'scrollWidth ' + scroll + ' > innerWidth ' + width + '; sticking out: ' + culprits.join(', ');
            }
            """);
        return result.ValueKind == JsonValueKind.String ? result.GetString() : null;
    }
}
