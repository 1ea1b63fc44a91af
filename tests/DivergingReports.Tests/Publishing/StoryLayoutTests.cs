using System.Text.Json;
using DivergingReports.Tests.Support;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace DivergingReports.Tests.Publishing;

/// <summary>
/// The story page as a reader's browser lays it out (Debian's Chromium through Playwright, with
/// JavaScript off, as the page must work without it): on a 390 px phone the reports begin within
/// the first third of the page, and a comparison row's card shows only the reports that have
/// something; on a 1280 px screen nothing is folded away, and once each disclosure is opened every
/// row of the story's data is there: in a table with a cell per report, or listed behind its disclosure.
/// </summary>
public class StoryLayoutTests(ITestOutputHelper output)
{
    private static readonly (string Path, ReadOnlySite Site)[] Stories =
    [
        ("stories/trump-putin-call/", ReadOnlySite.ShippedContent),
        ($"stories/{SixOutletStory.Slug}/", ReadOnlySite.SixOutletStory),
        ($"stories/{WorldStory.Slug}/", ReadOnlySite.WorldStory),
    ];

    private static async Task<T> WithPage<T>(BuiltSite site, int width, Func<IPage, Task<T>> use)
    {
        await using var context = await Browser.NewContextAsync(new() { ViewportSize = new() { Width = width, Height = 844 }, JavaScriptEnabled = false });
        var external = new List<string>();
        await context.RouteAsync("**/*", route => SiteRoutes.Serve(site, route, external));
        return await use(await context.NewPageAsync());
    }

    [SkippableFact]
    public async Task On_a_phone_the_reports_begin_within_the_first_third_of_the_page()
    {
        Tools.Require(Tool.Chromium);
        foreach (var (path, shared) in Stories)
        {
            var site = shared.Site;
            var (top, height) = await WithPage(site, 390, async page =>
            {
                await page.GotoAsync(site.BaseUrl + path);
                var box = await page.Locator("#reports-heading").BoundingBoxAsync();
                var height = await page.EvaluateAsync<double>("document.documentElement.scrollHeight");
                return (box!.Y, height);
            });
            output.WriteLine($"/{path} at 390 px: the reports' heading at {top:0} px of {height:0} ({top / height:P0})");
            Assert.True(top <= height / 3, $"/{path} at 390 px: the reports begin at {top:0} px of {height:0}, below the first third");
        }
    }

    [SkippableFact]
    public async Task On_a_phone_a_rows_card_shows_the_reports_that_have_something_and_names_the_others_in_one_line()
    {
        Tools.Require(Tool.Chromium);
        var site = ReadOnlySite.SixOutletStory.Site;
        var problems = await WithPage(site, 390, async page =>
        {
            await page.GotoAsync(site.BaseUrl + $"stories/{SixOutletStory.Slug}/");
            await page.Locator("section.text-comparison > details.fold > summary").ClickAsync();
            foreach (var summary in await page.Locator("details.comparison-more > summary").AllAsync()) await summary.ClickAsync();
            var problems = new List<string>();
            var rows = await page.Locator("section.comparison-kind tbody tr").AllAsync();
            Assert.True(rows.Count > 5, $"only {rows.Count} rows");
            foreach (var row in rows)
            {
                var label = (await row.Locator("th").InnerTextAsync()).Split('\n')[0];
                var cells = await row.Locator("td").AllAsync();
                var shown = 0;
                foreach (var cell in cells)
                {
                    // An empty cell says so ("Not quoted") and has no phone label.
                    var empty = await cell.GetAttributeAsync("data-label") is null;
                    var visible = await cell.IsVisibleAsync();
                    if (visible == empty) problems.Add($"{label}: the cell of {await cell.GetAttributeAsync("data-label")} is {(visible ? "shown though empty" : "hidden though it has something")}");
                    if (visible) shown++;
                }
                var silent = row.Locator(".comparison-table__silent");
                if (shown < cells.Count != await silent.IsVisibleAsync())
                    problems.Add($"{label}: {cells.Count - shown} report(s) have nothing, but the line naming them is {(shown < cells.Count ? "not shown" : "shown")}");
            }
            return problems;
        });
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [SkippableFact]
    public async Task On_a_wide_screen_nothing_is_folded_and_every_row_is_there_in_its_table_with_a_cell_per_report_or_listed()
    {
        Tools.Require(Tool.Chromium);
        foreach (var (path, shared) in Stories)
        {
            var site = shared.Site;
            using var data = JsonDocument.Parse(site.Text(path + "index.json"));
            var reports = data.RootElement.GetProperty("reports").GetArrayLength();
            var comparison = data.RootElement.GetProperty("comparison");
            var expected = new Dictionary<string, int>
            {
                ["quotes"] = comparison.GetProperty("quotes").GetArrayLength(),
                ["figures"] = comparison.GetProperty("figures").GetArrayLength(),
                ["names"] = comparison.GetProperty("names").GetArrayLength(),
            };
            var divergences = data.RootElement.GetProperty("divergences").GetArrayLength();

            var problems = await WithPage(site, 1280, async page =>
            {
                await page.GotoAsync(site.BaseUrl + path);
                var problems = new List<string>();
                // Open as it is: the folds of a phone stand open, their summaries hidden.
                foreach (var fold in await page.Locator("summary.fold__summary").AllAsync())
                    if (await fold.IsVisibleAsync()) problems.Add($"a fold's summary is shown: {await fold.InnerTextAsync()}");
                var topics = await page.Locator("table.divergence-table:not(.comparison-table) tbody tr").AllAsync();
                if (topics.Count != divergences) problems.Add($"{topics.Count} divergence rows, expected {divergences}");
                foreach (var topic in topics)
                    if (!await topic.IsVisibleAsync() || await topic.Locator("td:visible").CountAsync() != reports)
                        problems.Add($"the divergence row '{await topic.Locator("th").InnerTextAsync()}' is not shown with a cell per report");

                foreach (var summary in await page.Locator("details.comparison-more > summary").AllAsync()) await summary.ClickAsync();
                foreach (var (kind, count) in expected)
                {
                    var section = page.Locator($"section.comparison-kind[aria-labelledby='{kind}-heading']");
                    var rows = await section.Locator("tbody tr").AllAsync();
                    // The rest, opened: a list of what one report has, or all have alike.
                    var listed = await section.Locator("details.comparison-more ul > li").AllAsync();
                    if (rows.Count + listed.Count != count) problems.Add($"{kind}: {rows.Count} rows and {listed.Count} listed on the page, {count} in the story's data");
                    foreach (var row in rows)
                        if (!await row.IsVisibleAsync() || await row.Locator("td:visible").CountAsync() != reports)
                            problems.Add($"{kind}: the row '{(await row.Locator("th").InnerTextAsync()).Split('\n')[0]}' is not shown with a cell per report");
                    foreach (var item in listed)
                        if (!await item.IsVisibleAsync()) problems.Add($"{kind}: '{await item.InnerTextAsync()}' is listed but not shown");
                    foreach (var header in await section.Locator("thead").AllAsync())
                        if (await header.Locator("th span:visible").CountAsync() != reports)
                            problems.Add($"{kind}: a table's header does not show each outlet's country");
                }
                return problems;
            });
            Assert.True(problems.Count == 0, $"/{path} at 1280 px:\n" + string.Join("\n", problems));
        }
    }
}
