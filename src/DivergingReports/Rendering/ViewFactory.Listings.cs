using DivergingReports.Planning;
using DivergingReports.Rendering.Views;

namespace DivergingReports.Rendering;

public sealed partial class ViewFactory
{
    public HomeView Home(int page) =>
        new(Plan.Site.Description, Slice(Plan.Stories, page, Plan.Site.Paginate), Pagination(SiteUrls.Home, page, Plan.Stories.Count, Plan.Site.Paginate));

    /// <summary>The cards of page <paramref name="page"/> of a listing, <paramref name="size"/> to a page.</summary>
    private StoryCardView[] Slice(IReadOnlyList<PlannedStory> stories, int page, int size) =>
        stories.Skip((page - 1) * size).Take(size).Select(Card).ToArray();

    private PaginationView Pagination(string listing, int page, int storyCount, int size)
    {
        var pageCount = SiteUrls.PageCount(storyCount, size);
        return new PaginationView(page, pageCount,
            page > 1 ? Urls.Path(SiteUrls.Paged(listing, page - 1)) : null,
            page < pageCount ? Urls.Path(SiteUrls.Paged(listing, page + 1)) : null);
    }

    public SourcesView Sources()
    {
        var groups = Plan.Publication.Sources
            .GroupBy(s => s.Country)
            .OrderBy(g => g.Key is null ? 1 : 0)
            .ThenBy(g => g.Key is null ? "" : CountryName(g.Key), StringComparer.Ordinal)
            .Select(g => new SourceGroupView(
                g.Key is null ? "Country not known" : CountryName(g.Key),
                g.Key is not null && Plan.StoriesByCountry.ContainsKey(g.Key) ? Urls.Path(SiteUrls.Country(g.Key)) : null,
                g.OrderBy(s => s.Name, StringComparer.OrdinalIgnoreCase).ThenBy(s => s.Id, StringComparer.Ordinal)
                    .Select(s => new SourceEntryView(s.Name, Urls.Path(SiteUrls.Source(s.Id)), Plan.ReportsBySource.GetValueOrDefault(s.Id)?.Count ?? 0))
                    .ToArray()))
            .ToArray();
        return new SourcesView(groups);
    }

    public SourceView Source(Model.Source source) => new()
    {
        Name = source.Name,
        Homepage = source.Homepage?.AbsoluteUri,
        Country = source.Country is { } c ? CountryName(c) : null,
        CountryUrl = source.Country is { } code && Plan.StoriesByCountry.ContainsKey(code) ? Urls.Path(SiteUrls.Country(code)) : null,
        Lean = source.Lean is { } lean ? LeanLabel(lean.Value) : null,
        DescriptionHtml = source.Description is { } d ? new TrustedHtml(Markdown.ToHtml(d, topHeading: 2)) : null,
        Facts = source.Facts.Select(f => new FactView(f.Key, f.Value)).ToArray(),
        Articles = (Plan.ReportsBySource.GetValueOrDefault(source.Id) ?? [])
            .Select(x => new SourceArticleView(x.Report.Article.Title, Date(x.Report.Article.Published), x.Report.Article.Url?.AbsoluteUri,
                new LinkView(x.Story.Story.Title, Urls.Path(SiteUrls.Story(x.Story.Slug)) + "#" + x.Report.Anchor)))
            .ToArray(),
        FeedUrl = Urls.Path(SiteUrls.Feed(SiteUrls.Source(source.Id))),
    };

    public IndexView Countries() => new(Plan.StoriesByCountry
        .Select(kv => new IndexEntryView(CountryName(kv.Key), Urls.Path(SiteUrls.Country(kv.Key)), kv.Value.Count))
        .OrderBy(e => e.Name, StringComparer.Ordinal)
        .ToArray());

    public IndexView Tags() => new(Plan.StoriesByTag
        .Select(kv => new IndexEntryView(kv.Key, Urls.Path(SiteUrls.Tag(kv.Key)), kv.Value.Count))
        .ToArray());

    public ListingView Country(string code, int page) => new(CountryName(code),
        $"Stories covered by outlets from {CountryName(code)}, newest first.",
        Slice(Plan.StoriesByCountry[code], page, Plan.Site.PaginateEntries),
        Urls.Path(SiteUrls.Feed(SiteUrls.Country(code))),
        Pagination(SiteUrls.Country(code), page, Plan.StoriesByCountry[code].Count, Plan.Site.PaginateEntries),
        page == 1 && Plan.Search ? "country" : null);

    public ListingView Tag(string tag, int page) => new(tag, $"Stories tagged {tag}, newest first.",
        Slice(Plan.StoriesByTag[tag], page, Plan.Site.PaginateEntries),
        Urls.Path(SiteUrls.Feed(SiteUrls.Tag(tag))),
        Pagination(SiteUrls.Tag(tag), page, Plan.StoriesByTag[tag].Count, Plan.Site.PaginateEntries),
        page == 1 && Plan.Search ? "tag" : null);

    public BlindspotsView Blindspots() => new(Plan.Blindspots.Select(b => new BlindspotView(Card(b.Story), b.Reason)).ToArray());

    public PageView Page(Model.Page page) => new(page.Title, new TrustedHtml(Markdown.ToHtml(page.Body, topHeading: 2)));

    /// <summary>How many of the latest stories the 404 page offers.</summary>
    public const int NotFoundStories = 5;

    public NotFoundView NotFound() => new(Site.HomeUrl, Plan.Stories.Take(NotFoundStories).Select(Card).ToArray());
}
