using System.Text.Json;
using AngleSharp.Dom;
using DivergingReports.Tests.Support;

namespace DivergingReports.Tests.Building;

/// <summary>
/// A story of hundreds of reports builds a page a phone can load: a summary of what the texts show
/// that names, for each quotation, figure and name, only the reports that have it, and the reprints,
/// instead of a table cell for every report of every row and a line for every pair of reports.
/// </summary>
public class ManyReportsPageTests(ManyReportsPageTests.Built built) : IClassFixture<ManyReportsPageTests.Built>
{
    private const int Reports = 300;
    private readonly ManyReportsStory _story = built.Story;
    private readonly BuiltSite _site = built.Site;

    /// <summary>The publication, built once for the tests of this class.</summary>
    public sealed class Built : IDisposable
    {
        private readonly TestProject _project = new(minimal: false);

        public Built()
        {
            Story = ManyReportsStory.Write(_project, Reports);
            Site = _project.Build();
        }

        public ManyReportsStory Story { get; }
        public BuiltSite Site { get; }

        public void Dispose() => _project.Dispose();
    }

    private const string Page = "stories/" + ManyReportsStory.Slug + "/index.html";

    private IElement Comparison() => _site.Html(Page).QuerySelector("section.text-comparison")!;

    private IElement Summary(string caption) =>
        Comparison().QuerySelectorAll("section.comparison-summary").Single(s => s.QuerySelector("h3")!.TextContent.Trim() == caption);

    [Fact]
    public void The_page_of_a_story_of_300_reports_is_under_10_MB_and_has_no_table_of_every_report()
    {
        var bytes = new FileInfo(Path.Combine(_site.Folder, Page)).Length;
        Assert.True(bytes < 10 * 1024 * 1024, $"the story page is {bytes:N0} bytes");
        Assert.Empty(Comparison().QuerySelectorAll("table"));
        // Every report is still on the page in full.
        Assert.Equal(Reports, _site.Html(Page).QuerySelectorAll("article.report").Length);
    }

    [Fact]
    public void A_shared_quotation_names_the_outlets_that_quote_it_and_how_many_more()
    {
        var row = Summary("Quotations").QuerySelectorAll("li.comparison-table__highlight")
            .Single(li => li.QuerySelector(".comparison-summary__label")!.ChildNodes[0].TextContent.Trim() == ManyReportsStory.SharedQuote);
        var quoting = _story.Quoting.ToArray();
        Assert.Equal($"Quoted by {quoting.Length} of {Reports} reports:", row.QuerySelector(".comparison-summary__reach")!.TextContent.Trim());
        var listed = row.QuerySelectorAll(".comparison-summary__outlets > li").Select(li => li.TextContent.Trim()).ToArray();
        Assert.Equal([.. quoting.Take(24).Select(ManyReportsStory.Outlet), $"and {quoting.Length - 24} more"], listed);
        // Each outlet links to its report on the page.
        var first = row.QuerySelector(".comparison-summary__outlets a")!.GetAttribute("href")!;
        Assert.NotNull(_site.Html(Page).GetElementById(first.TrimStart('#')));
    }

    [Fact]
    public void The_disputed_figure_is_listed_with_the_outlets_figures()
    {
        var row = Summary("Figures, by what they count").QuerySelectorAll("li.comparison-table__highlight")
            .First(li => li.QuerySelector(".comparison-summary__label")!.ChildNodes[0].TextContent.Trim() == "homes");
        var listed = row.QuerySelectorAll(".comparison-summary__outlets > li").Select(li => li.TextContent.Trim()).ToArray();
        Assert.Contains(listed, l => l.EndsWith("1,500 homes", StringComparison.Ordinal));
        Assert.Contains(listed, l => l.EndsWith("1,200 homes", StringComparison.Ordinal));
    }

    [Fact]
    public void A_count_given_alike_but_hedged_two_ways_is_one_row_whose_hedges_differ()
    {
        using var data = JsonDocument.Parse(_site.Text("stories/" + ManyReportsStory.Slug + "/index.json"));
        var row = Assert.Single(data.RootElement.GetProperty("comparison").GetProperty("figures").EnumerateArray(),
            f => f.GetProperty("subject").GetString() == "villages");
        Assert.Equal((false, true), (row.GetProperty("differs").GetBoolean(), row.GetProperty("hedges_differ").GetBoolean()));
        var phrases = row.GetProperty("reports").EnumerateObject().SelectMany(r => r.Value.EnumerateArray().Select(p => p.GetString())).Distinct().Order();
        Assert.Equal(["nearly 40 villages", "over 40 villages"], phrases);
        Assert.Equal(_story.Count - _story.Reprinting.Count(), row.GetProperty("reports").EnumerateObject().Count());
    }

    [Fact]
    public void The_reprints_are_named_as_one_text_and_each_report_names_its_closest()
    {
        var reprinting = _story.Reprinting.Select(ManyReportsStory.Outlet).ToArray();
        var glance = _site.Html(Page).QuerySelector("section.glance")!.TextContent;
        Assert.Contains(string.Join(", ", reprinting[..^1]) + " and " + reprinting[^1] + " carry one text, counted once.", glance);

        var shared = Comparison().QuerySelectorAll("h3").Single(h => h.TextContent.Trim() == "Shared text").ParentElement!;
        var lines = shared.QuerySelectorAll("li").Select(li => li.TextContent.Trim()).ToArray();
        Assert.Equal(Reports, lines.Length);
        Assert.Equal($"{reprinting[0]} shares most wording with {reprinting[1]}: 100%, one text reprinted.", lines[_story.Reprinting.First()]);
    }

    [Fact]
    public void The_storys_data_lists_each_reports_closest_instead_of_every_pair()
    {
        using var data = JsonDocument.Parse(_site.Text("stories/" + ManyReportsStory.Slug + "/index.json"));
        var comparison = data.RootElement.GetProperty("comparison");
        Assert.False(comparison.TryGetProperty("overlap", out _));
        var closest = comparison.GetProperty("closest");
        // Each report is named by its outlet's id: every outlet has one report in the story.
        var reprints = _story.Reprinting.Select(r => $"outlet-{r:000}").ToArray();
        Assert.Equal(reprints[1], closest.GetProperty(reprints[0]).GetProperty("report").GetString());
        Assert.Equal(reprints, comparison.GetProperty("reprints").EnumerateArray().Single().EnumerateArray().Select(k => k.GetString()));
        // A name's mentions list only the reports that name it.
        Assert.All(comparison.GetProperty("names").EnumerateArray(),
            n => Assert.All(n.GetProperty("mentions").EnumerateObject(), m => Assert.True(m.Value.GetInt32() > 0)));
    }

    [Fact]
    public void The_sample_story_keeps_each_kind_with_each_reports_own_rows_and_a_line_on_shared_wording()
    {
        var page = ReadOnlySite.ShippedContent.Site.Html("stories/trump-putin-call/index.html");
        var section = page.QuerySelector("section.text-comparison")!;
        Assert.Empty(section.QuerySelectorAll("section.comparison-summary"));
        Assert.Equal(["Quotations", "Figures, by what they count", "People and bodies named"],
            section.QuerySelectorAll("section.comparison-kind > h3").Select(h => h.TextContent.Trim()));
        // Two reports that part ways on nothing counted: no summary of many reports, each report's own rows listed by outlet.
        Assert.All(section.QuerySelectorAll("section.comparison-kind"), kind => Assert.Equal(["The Washington Post", "Unnamed outlet"],
            ComparisonOnPage.Listed(kind).Select(r => r.Who).Where(w => w != "Both reports").Distinct().Order(StringComparer.Ordinal)));
        Assert.Contains(section.QuerySelectorAll("li"), li => li.TextContent.Trim() == "The reports share no wording.");
    }
}
