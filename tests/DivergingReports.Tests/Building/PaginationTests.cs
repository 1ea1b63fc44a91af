using AngleSharp.Html.Dom;
using DivergingReports.Tests.Support;

namespace DivergingReports.Tests.Building;

/// <summary>
/// Lists of stories are split into pages — the home page's cards into pages of site.yml's `paginate`,
/// each country's and each tag's shorter entries into pages of five times as many: following "Older"
/// from the first page shows every story of the list once, newest first, and "Newer" leads back. A
/// reader on a phone never loads the whole archive at once.
/// </summary>
public class PaginationTests : IClassFixture<PaginationTests.Site>
{
    public sealed class Site : IDisposable
    {
        private readonly TestProject _project = SyntheticPublication.Create();

        public Site()
        {
            // One card to a page, five entries, so that a tag's list runs to several pages too.
            _project.Write("site.yml", _project.Read("site.yml").Replace($"paginate: {SyntheticPublication.Paginate}", $"paginate: {Paginate}"));
            Built = _project.Build();
        }

        public BuiltSite Built { get; }

        public void Dispose() => _project.Dispose();
    }

    private const int Paginate = 1;

    /// <summary>How many stories a page of <paramref name="listing"/> holds: the home page's cards, or five times as many entries.</summary>
    private static int PerPage(string listing) => listing == "" ? Paginate : Paginate * 5;

    private static readonly string BasePath = new Uri(SyntheticPublication.BaseUrl).AbsolutePath;

    private readonly BuiltSite _site;

    public PaginationTests(Site site) => _site = site.Built;

    public static TheoryData<string> Listings()
    {
        var countries = SyntheticPublication.Published.SelectMany(CountriesOf).GroupBy(c => c).OrderByDescending(g => g.Count()).First().Key;
        var tag = SyntheticPublication.Published.SelectMany(s => s.Tags).GroupBy(t => t).OrderByDescending(g => g.Count()).First().Key;
        return new TheoryData<string> { "", $"countries/{countries.ToLowerInvariant()}/", $"tags/{tag}/" };
    }

    [Theory]
    [MemberData(nameof(Listings))]
    public void Following_older_from_the_first_page_shows_every_story_of_the_list_once_newest_first(string listing)
    {
        var expected = Expected(listing);
        var size = PerPage(listing);
        Assert.True(expected.Length > size, $"{listing} has {expected.Length} stories: too few to need a second page");
        var pageCount = (expected.Length + size - 1) / size;

        var seen = new List<string>();
        var address = listing;
        string? previous = null;
        for (var page = 1; page <= pageCount; page++)
        {
            var document = _site.Html(address + "index.html");
            var slugs = document.QuerySelectorAll(".card-list h2 a").Select(a => Slug(a.GetAttribute("href")!)).ToArray();
            Assert.True(page < pageCount ? slugs.Length == size : slugs.Length is > 0 && slugs.Length <= size, $"{address}: {slugs.Length} stories on page {page} of {pageCount}");
            seen.AddRange(slugs);
            Assert.Contains($"Page {page} of {pageCount}", document.QuerySelector(".pagination")?.TextContent ?? "");
            Assert.Equal(previous, Link(document, "prev"));
            var next = Link(document, "next");
            if (page == pageCount) Assert.Null(next);
            else Assert.Equal($"{listing}page/{page + 1}/", next);
            previous = address;
            address = next!;
        }

        Assert.Equal(expected, seen);
        Assert.False(_site.Exists($"{listing}page/{pageCount + 1}/index.html"), "a page after the last one was written");
    }

    /// <summary>The list's stories as the site orders them: the synthetic publication's, newest first.</summary>
    private static string[] Expected(string listing) => SyntheticPublication.Published
        .Where(s => listing == ""
            || listing.StartsWith("countries/", StringComparison.Ordinal) && CountriesOf(s).Any(c => listing == $"countries/{c.ToLowerInvariant()}/")
            || listing.StartsWith("tags/", StringComparison.Ordinal) && s.Tags.Any(t => listing == $"tags/{t}/"))
        .Select(s => s.Slug)
        .ToArray();

    private static IEnumerable<string> CountriesOf(SyntheticPublication.StoryInfo story) => story.Sources
        .Select(id => SyntheticPublication.Sources.Single(s => s.Id == id).Country)
        .OfType<string>()
        .Distinct();

    /// <summary>The site-relative address a rel="prev" or rel="next" link of the page goes to, if it has one.</summary>
    private static string? Link(IHtmlDocument document, string rel) =>
        document.QuerySelector($".pagination a[rel='{rel}']")?.GetAttribute("href") is { } href ? Relative(href) : null;

    private static string Relative(string href)
    {
        Assert.StartsWith(BasePath, href);
        return href[BasePath.Length..];
    }

    private static string Slug(string href) => Relative(href)["stories/".Length..].TrimEnd('/');
}
