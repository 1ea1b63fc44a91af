using System.Text.Json;
using DivergingReports.Tests.Support;

namespace DivergingReports.Tests.Building;

/// <summary>The sample story's page and data show what the two seed texts hold, counted by the site.</summary>
public class TextComparisonPageTests
{
    // Read only: built once for the run.
    private readonly BuiltSite _site = ReadOnlySite.ShippedContent.Site;

    /// <summary>
    /// One kind of what the texts show, under its heading, by row. The two seed reports part ways on
    /// nothing the counting sees (each row is one report's, or both have it alike), so every row is
    /// listed behind the kind's disclosure, under who has it.
    /// </summary>
    private Dictionary<string, ListedRow> Rows(string heading)
    {
        var kind = ComparisonOnPage.Kind(_site.Html("stories/trump-putin-call/index.html"), heading);
        Assert.Empty(ComparisonOnPage.TableRows(kind));
        return ComparisonOnPage.Listed(kind).ToDictionary(r => r.Label);
    }

    [Fact]
    public void The_story_page_shows_each_outlets_quotes_after_the_editors_divergences()
    {
        var doc = _site.Html("stories/trump-putin-call/index.html");
        var headings = doc.QuerySelectorAll("main h2").Select(h => h.TextContent.Trim()).ToList();
        Assert.True(headings.IndexOf("What the texts show") > headings.IndexOf("Where the reports diverge"));

        var quotes = Rows("Quotations");
        Assert.Equal("The Washington Post", quotes["No, I didn’t make any progress with him today at all."].Who);
        Assert.Equal("Unnamed outlet", quotes["immediate ceasefire"].Who);
        Assert.Equal(15, quotes.Count);
    }

    [Fact]
    public void Figures_are_shown_per_outlet_and_zelensky_and_zelenskyy_are_one_person_named_by_both()
    {
        var figures = Rows("Figures, by what they count");
        Assert.Equal(("The Washington Post", "nearly 1 million Russian troops"), (figures["Russian troops"].Who, figures["Russian troops"].Detail));
        Assert.Equal(("Unnamed outlet", "over 5,000 drones"), (figures["drones"].Who, figures["drones"].Detail));
        // Both give it, each in its words.
        Assert.Equal(("Both reports", "The Washington Post: almost an hour; Unnamed outlet: nearly an hour"), (figures["hour"].Who, figures["hour"].Detail));

        var names = Rows("People and bodies named");
        var zelensky = Assert.Single(names.Values, r => r.Label.Contains("Zelensk"));
        Assert.Equal("Also written Volodymyr Zelenskyy", zelensky.Note);
        Assert.Equal(("Both reports", "The Washington Post: Named 2 times; Unnamed outlet: Named once"), (zelensky.Who, zelensky.Detail));
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
        Assert.Equal(["Volodymyr Zelensky", "Volodymyr Zelenskyy", "Zelensky"], zelensky.GetProperty("variants").EnumerateArray().Select(v => v.GetString()).Order(StringComparer.Ordinal));
        // A name one report alone gives: that report's count, no other, and no spellings to merge when it is written one way.
        var wicker = comparison.GetProperty("names").EnumerateArray().Single(n => n.GetProperty("name").GetString() == "Roger Wicker");
        Assert.Equal(["washington-post"], wicker.GetProperty("mentions").EnumerateObject().Select(m => m.Name));
        Assert.False(wicker.TryGetProperty("variants", out _));
        // A quotation quoted as it stands: who quotes it, and no other words.
        var progress = comparison.GetProperty("quotes").EnumerateArray().Single(q => q.GetProperty("text").GetString()!.StartsWith("No, I didn’t make any progress", StringComparison.Ordinal));
        Assert.Equal(["washington-post"], progress.GetProperty("reports").EnumerateArray().Select(r => r.GetString()));
        Assert.False(progress.TryGetProperty("words", out _));
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
