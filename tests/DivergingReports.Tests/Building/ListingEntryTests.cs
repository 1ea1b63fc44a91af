using AngleSharp.Dom;
using DivergingReports.Tests.Support;

namespace DivergingReports.Tests.Building;

/// <summary>
/// A country's or a tag's page lists each story as a short entry: its headline as a link, the date,
/// how many reports, the outlets and the countries, the countries as plain text and no excerpt, for
/// every story is on many such pages. The home page keeps the full card, excerpt and all.
/// </summary>
public class ListingEntryTests
{
    // The tests only read the site: it is built once for the class. One story, "The talks", by
    // Alpha News (Norway) and Beta Post (United States), tagged talks and diplomacy.
    private static readonly ReadOnlySite Small = new(() => new TestProject());

    private const string StoryUrl = "/test/stories/talks/";
    private const string Excerpt = "Two delegations met.";

    private readonly BuiltSite _site = Small.Site;

    [Theory]
    [InlineData("countries/no/")]
    [InlineData("tags/diplomacy/")]
    public void A_country_or_tag_page_shows_headline_date_reports_outlets_and_countries_and_no_excerpt(string listing)
    {
        var main = _site.Html(listing + "index.html").QuerySelector("main")!;
        var entry = Entry(main);

        var headline = Assert.Single(entry.QuerySelectorAll("h2"));
        Assert.Equal("The talks", headline.TextContent.Trim());
        Assert.Equal(StoryUrl, headline.QuerySelector("a")?.GetAttribute("href"));

        var time = Assert.Single(entry.QuerySelectorAll("time"));
        Assert.Equal("2025-07-03", time.GetAttribute("datetime"));
        Assert.Equal("3 July 2025", time.TextContent.Trim());

        var lines = entry.QuerySelectorAll("p").Select(p => p.TextContent.Trim()).ToArray();
        Assert.Equal(["3 July 2025 · 2 reports", "Alpha News, Beta Post", "Norway, United States"], lines);

        // The headline is the entry's only link: the countries are text, linked from the story page.
        Assert.Equal([StoryUrl], entry.QuerySelectorAll("a").Select(a => a.GetAttribute("href")));
        Assert.DoesNotContain(Excerpt, main.TextContent);
    }

    [Fact]
    public void The_home_page_card_keeps_the_excerpt_and_the_links_to_the_countries()
    {
        var card = Entry(_site.Html("index.html").QuerySelector("main")!);
        Assert.Contains(Excerpt, card.TextContent);
        var countries = card.QuerySelectorAll("a").Where(a => a.GetAttribute("href")!.StartsWith("/test/countries/", StringComparison.Ordinal));
        Assert.Equal(["Norway", "United States"], countries.Select(a => a.TextContent.Trim()));
    }

    /// <summary>The list item of the page's list that holds the story's headline link.</summary>
    private static IElement Entry(IElement main)
    {
        var link = Assert.Single(main.QuerySelectorAll("li h2 a"), a => a.GetAttribute("href") == StoryUrl);
        return link.Closest("li")!;
    }
}
