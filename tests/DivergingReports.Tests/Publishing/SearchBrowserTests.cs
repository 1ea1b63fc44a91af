using System.Globalization;
using System.Text.Json;
using DivergingReports.Rendering;
using DivergingReports.Tests.Support;
using Microsoft.Playwright;

namespace DivergingReports.Tests.Publishing;

/// <summary>
/// Search as a reader uses it: the synthetic publication (twelve outlets in six countries) with one
/// more story, built with search under a sub-path, its index made by Pagefind, and the search page
/// driven in Debian's Chromium. Every request is answered from the built folder; nothing may leave.
/// </summary>
public sealed class SearchBrowserTests : IAsyncLifetime
{
    private const string BaseUrl = ReadOnlySite.SubPathUrl;
    private readonly List<string> _external = [];
    private readonly List<string> _errors = [];
    private readonly List<IBrowserContext> _contexts = [];

    public Task InitializeAsync() => Task.CompletedTask;

    /// <summary>The contexts this test opened in the run's shared Chromium.</summary>
    public async Task DisposeAsync()
    {
        foreach (var context in _contexts) await context.DisposeAsync();
    }

    [SkippableFact]
    public async Task A_word_only_one_story_has_finds_that_story_first_and_its_link_leads_to_it()
    {
        var page = await Open("search/?q=" + SearchableStory.Word);
        await WaitForStatus(page, $"for ‘{SearchableStory.Word}’");
        Assert.Equal(SearchableStory.Word, await page.InputValueAsync("#search-query"));
        var first = (await Results(page))[0];
        Assert.Equal(SearchableStory.Title, first.Title);
        Assert.Equal("Story", first.Kind);
        Assert.Contains("Thames Observer", first.Outlets);
        // The matched word is marked in the excerpt, as text.
        Assert.Contains(SearchableStory.Word, await page.Locator(".search-result__excerpt mark").First.InnerTextAsync(), StringComparison.OrdinalIgnoreCase);

        await page.Locator(".search-result__title a").First.ClickAsync();
        await page.WaitForURLAsync(BaseUrl + $"stories/{SearchableStory.Slug}/", Arrived);
        Assert.Equal(SearchableStory.Title, (await page.Locator("h1").InnerTextAsync()).Trim());
        AssertNothingWrong();
    }

    [SkippableFact]
    public async Task Text_that_looks_like_markup_is_shown_as_text()
    {
        var page = await Open("search/?q=" + SearchableStory.MarkupWord);
        await WaitForStatus(page, $"for ‘{SearchableStory.MarkupWord}’");
        Assert.Equal(SearchableStory.Title, (await Results(page))[0].Title);
        var excerpt = await page.Locator(".search-result__excerpt").First.TextContentAsync();
        Assert.Contains("<b>no marmalade</b> & <img", excerpt);
        // Only the marks of the matched words are elements.
        Assert.Equal(0, await page.Locator(".search-results b, .search-results img, .search-results script").CountAsync());
        // Pagefind's word runs to the next space: the mark holds "marmalade</b>", as text.
        Assert.StartsWith("marmalade", await page.Locator(".search-result__excerpt mark").First.TextContentAsync(), StringComparison.OrdinalIgnoreCase);
        AssertNothingWrong();
    }

    [SkippableFact]
    public async Task Typing_another_query_updates_the_results_and_filters_narrow_them()
    {
        var page = await Open("search/?q=" + SearchableStory.Word);
        await WaitForStatus(page, $"for ‘{SearchableStory.Word}’");

        await page.FillAsync("#search-query", "drought");
        await WaitForStatus(page, "for ‘drought’");
        var all = await Results(page);
        var total = Count(await Status(page));
        Assert.True(total > 1, $"'drought' found {total} result(s)");
        Assert.DoesNotContain(all, r => r.Title == SearchableStory.Title);

        // A country the first result's first outlet is from: fewer results, each from an outlet of that country.
        var outlet = all[0].Outlets[0];
        var code = SyntheticPublication.Sources.Single(s => s.Name == outlet).Country!;
        var country = ViewFactory.CountryName(code);
        var ofCountry = SyntheticPublication.Sources.Where(s => s.Country == code).Select(s => s.Name).ToArray();
        // The choice says beforehand how many of these results it leaves.
        var promised = await page.EvalOnSelectorAsync<string>("#search-country", "(s, v) => [...s.options].find(o => o.value === v).textContent", country);
        await page.SelectOptionAsync("#search-country", country);
        await WaitForStatus(page, $"(country: {country})");
        var inCountry = Count(await Status(page));
        Assert.Equal($"{country} ({inCountry})", promised);
        Assert.InRange(inCountry, 1, total - 1);
        Assert.All(await Results(page), r => Assert.True(r.Outlets.Intersect(ofCountry).Any(), $"{r.Title}: {string.Join(", ", r.Outlets)}, none from {country}"));

        // And one outlet of it: no more results, each with that outlet.
        await page.SelectOptionAsync("#search-outlet", outlet);
        await WaitForStatus(page, $"outlet: {outlet}");
        Assert.InRange(Count(await Status(page)), 1, inCountry);
        Assert.All(await Results(page), r => Assert.Contains(outlet, r.Outlets));

        // The state is in the address, so the search can be linked to.
        var query = System.Web.HttpUtility.ParseQueryString(new Uri(page.Url).Query);
        Assert.Equal(("drought", country, outlet), (query["q"], query["country"], query["outlet"]));
        AssertNothingWrong();
    }

    [SkippableFact]
    public async Task Newest_first_sorts_the_results_by_date()
    {
        var page = await Open("search/?q=drought&sort=newest");
        await WaitForStatus(page, "for ‘drought’");
        Assert.Equal("newest", await page.InputValueAsync("#search-sort"));
        var dates = (await Results(page)).Select(r => DateOnly.ParseExact(r.Date, "d MMMM yyyy", CultureInfo.InvariantCulture)).ToArray();
        Assert.True(dates.Length > 1);
        Assert.Equal(dates.OrderDescending(), dates);
        AssertNothingWrong();
    }

    [SkippableFact]
    public async Task Show_more_results_adds_the_next_ones_and_moves_the_keyboard_to_them()
    {
        // Every story says what its officials said: more results than one screen shows.
        var page = await Open("search/?q=officials");
        await WaitForStatus(page, "for ‘officials’");
        var total = Count(await Status(page));
        Assert.True(total > 10, $"'officials' found {total} result(s)");
        Assert.Equal(10, (await Results(page)).Count);

        await page.ClickAsync("text=Show more results");
        await page.WaitForFunctionAsync("() => document.querySelectorAll('.search-result').length > 10");
        Assert.Equal(Math.Min(20, total), (await Results(page)).Count);
        Assert.Equal((await Results(page))[10].Title, await page.EvaluateAsync<string>("() => document.activeElement.textContent"));
        Assert.Equal(total <= 20, !await page.IsVisibleAsync("text=Show more results"));
        AssertNothingWrong();
    }

    [SkippableFact]
    public async Task The_masthead_form_of_a_story_page_leads_to_the_results()
    {
        var page = await Open($"stories/{SyntheticPublication.Published[0].Slug}/");
        await page.FillAsync("#site-search", SearchableStory.Word);
        await page.PressAsync("#site-search", "Enter");
        await page.WaitForURLAsync(BaseUrl + "search/?q=" + SearchableStory.Word, Arrived);
        await WaitForStatus(page, $"for ‘{SearchableStory.Word}’");
        Assert.Equal(SearchableStory.Title, (await Results(page))[0].Title);
        AssertNothingWrong();
    }

    [SkippableFact]
    public async Task Without_javascript_the_search_page_has_the_form_and_leads_to_the_lists()
    {
        var page = await Open("search/?q=" + SearchableStory.Word, javaScript: false);
        Assert.True(await page.IsVisibleAsync("#search-query") && await page.IsVisibleAsync(".search-form__button"));
        Assert.True(await page.IsVisibleAsync("[data-search-fallback]"));
        Assert.True(await page.Locator("[data-search-fallback] a", new() { HasText = "Sources" }).IsVisibleAsync());
        Assert.False(await page.IsVisibleAsync("[data-search-filters]"));
        Assert.Equal(0, await page.Locator(".search-result").CountAsync());

        await page.Locator("[data-search-fallback] a", new() { HasText = "Sources" }).ClickAsync();
        await page.WaitForURLAsync(BaseUrl + "sources/", Arrived);
        AssertNothingWrong();
    }

    private sealed record Result(string Title, string Kind, string Date, string[] Outlets, string Url);

    // The address is enough: what is asserted next waits for its own element. Waiting for the new
    // page's load event as well can hang on a busy machine when the old page's requests are cut off.
    private static readonly PageWaitForURLOptions Arrived = new() { WaitUntil = WaitUntilState.Commit };

    private async Task<IPage> Open(string relative, bool javaScript = true)
    {
        Tools.Require(Tool.Chromium);
        Tools.Require(Tool.Pagefind);
        var site = ReadOnlySite.SearchablePublication.Site;
        var context = await Browser.NewContextAsync(new() { JavaScriptEnabled = javaScript, ViewportSize = new() { Width = 1280, Height = 900 } });
        _contexts.Add(context);
        await context.RouteAsync("**/*", route => SiteRoutes.Serve(site, route, _external));
        var page = await context.NewPageAsync();
        page.PageError += (_, e) => { lock (_errors) _errors.Add("script error: " + e); };
        page.Console += (_, m) => { if (m.Type == "error") lock (_errors) _errors.Add("console error: " + m.Text); };
        await page.GotoAsync(BaseUrl + relative);
        return page;
    }

    private static async Task WaitForStatus(IPage page, string text) =>
        await page.WaitForFunctionAsync("t => document.querySelector('[data-search-status]').textContent.includes(t)", text);

    private static Task<string> Status(IPage page) => page.InnerTextAsync("[data-search-status]");

    /// <summary>The number a status such as "12 results for ‘drought’" starts with.</summary>
    private static int Count(string status) =>
        status.StartsWith("No results", StringComparison.Ordinal) ? 0 : int.Parse(status.Split(' ')[0], CultureInfo.InvariantCulture);

    private static async Task<IReadOnlyList<Result>> Results(IPage page)
    {
        var json = await page.EvaluateAsync<JsonElement>("""
            () => [...document.querySelectorAll('.search-result')].map(r => ({
              title: r.querySelector('.search-result__title a').textContent,
              url: r.querySelector('.search-result__title a').getAttribute('href'),
              kind: r.querySelector('.search-result__kind')?.textContent ?? '',
              date: r.querySelector('.search-result__date')?.textContent ?? '',
              outlets: (r.querySelector('.search-result__outlets')?.textContent ?? '').split(', ').filter(Boolean),
            }))
            """);
        var results = json.EnumerateArray().Select(r => new Result(r.GetProperty("title").GetString()!, r.GetProperty("kind").GetString()!,
            r.GetProperty("date").GetString()!, r.GetProperty("outlets").EnumerateArray().Select(o => o.GetString()!).ToArray(),
            r.GetProperty("url").GetString()!)).ToArray();
        Assert.NotEmpty(results);
        // Every result is a page of this site, under its sub-path.
        Assert.All(results, r => Assert.StartsWith("/sub/path/", r.Url));
        return results;
    }

    private void AssertNothingWrong()
    {
        lock (_external) Assert.True(_external.Count == 0, "the page tried to reach other sites:\n" + string.Join("\n", _external));
        lock (_errors) Assert.True(_errors.Count == 0, string.Join("\n", _errors));
    }
}
