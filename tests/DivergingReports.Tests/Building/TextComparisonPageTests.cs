using System.Text.Json;
using DivergingReports.Tests.Support;

namespace DivergingReports.Tests.Building;

/// <summary>The sample story's page and data show what the two seed texts hold, counted by the site.</summary>
public class TextComparisonPageTests
{
    // Read only: built once for the run.
    private readonly BuiltSite _site = ReadOnlySite.ShippedContent.Site;

    /// <summary>One kind of what the texts show, under its heading: the rows shown first and those behind its disclosure.</summary>
    private AngleSharp.Dom.IElement Table(string heading) =>
        _site.Html("stories/trump-putin-call/index.html").QuerySelectorAll("main section.comparison-kind")
            .Single(t => t.QuerySelector("h3")?.TextContent.Trim() == heading);

    private static Dictionary<string, string[]> Rows(AngleSharp.Dom.IElement table) =>
        table.QuerySelectorAll("tbody tr").ToDictionary(
            r => r.QuerySelector("th")!.ChildNodes.First().TextContent.Trim(),
            r => r.QuerySelectorAll("td").Select(td => td.TextContent.Trim()).ToArray());

    [Fact]
    public void The_story_page_shows_each_outlets_quotes_after_the_editors_divergences()
    {
        var doc = _site.Html("stories/trump-putin-call/index.html");
        var headings = doc.QuerySelectorAll("main h2").Select(h => h.TextContent.Trim()).ToList();
        Assert.True(headings.IndexOf("What the texts show") > headings.IndexOf("Where the reports diverge"));

        var quotes = Rows(Table("Quotations"));
        Assert.Equal(["Quoted", "Not quoted"], quotes["No, I didn’t make any progress with him today at all."]);
        Assert.Equal(["Not quoted", "Quoted"], quotes["immediate ceasefire"]);
        Assert.Equal(15, quotes.Count);
    }

    [Fact]
    public void Figures_are_shown_per_outlet_and_zelensky_and_zelenskyy_are_one_person_named_by_both()
    {
        var figures = Rows(Table("Figures, by what they count"));
        Assert.Equal(["nearly 1 million Russian troops", "No figure"], figures["Russian troops"]);
        Assert.Equal(["No figure", "over 5,000 drones"], figures["drones"]);
        Assert.Equal(["almost an hour", "nearly an hour"], figures["hour"]);

        var names = Table("People and bodies named").QuerySelectorAll("tbody tr")
            .Where(r => r.QuerySelector("th")!.TextContent.Contains("Zelensk")).ToArray();
        var zelensky = Assert.Single(names);
        Assert.Contains("Also written Volodymyr Zelenskyy", zelensky.QuerySelector("th")!.TextContent);
        Assert.All(zelensky.QuerySelectorAll("td"), td => Assert.StartsWith("Named", td.TextContent.Trim()));
    }

    [Fact]
    public void Overlap_and_length_are_shown_and_index_json_carries_the_comparison()
    {
        var main = _site.Html("stories/trump-putin-call/index.html").QuerySelector("main")!.TextContent;
        Assert.Contains("The reports share no wording.", main);
        Assert.Contains("The Washington Post: 774 words, 3 min read", main);

        using var json = JsonDocument.Parse(_site.Text("stories/trump-putin-call/index.json"));
        var comparison = json.RootElement.GetProperty("comparison");
        Assert.Equal(15, comparison.GetProperty("quotes").GetArrayLength());
        Assert.Equal(2, comparison.GetProperty("independent_reports").GetInt32());
        var zelensky = comparison.GetProperty("names").EnumerateArray().Single(n => n.GetProperty("name").GetString()!.Contains("Zelensky"));
        Assert.Equal(2, zelensky.GetProperty("mentions").GetProperty("washington-post").GetInt32());
        Assert.Equal(1, zelensky.GetProperty("mentions").GetProperty("unnamed-outlet").GetInt32());
        Assert.Equal(774, comparison.GetProperty("length").GetProperty("washington-post").GetProperty("words").GetInt32());
    }

    [Fact]
    public void A_wire_story_reprinted_by_two_outlets_counts_once_in_the_coverage()
    {
        using var project = new TestProject();
        var wire = string.Join("\n\n", Enumerable.Range(1, 12).Select(i => $"Paragraph {i} of the agency's report says the delegations met for talks in the capital and agreed to meet again next month."));
        project.Write("content/articles/alpha-talks.md", TestProject.AlphaArticle.Replace("The talks lasted an hour, officials said.", wire));
        project.Write("content/articles/beta-talks.md", TestProject.BetaArticle.Replace("The talks were short, a spokesman said.", wire + "\n\nA closing line of its own."));
        var site = project.Build();
        var glance = site.Html("stories/talks/index.html").QuerySelector(".glance")!.TextContent;
        Assert.Contains("1 independent text", glance);
        Assert.Contains("Alpha News and Beta Post carry one text, counted once.", glance);
        Assert.Contains("one text reprinted", site.Html("stories/talks/index.html").QuerySelector("main")!.TextContent);
    }
}
