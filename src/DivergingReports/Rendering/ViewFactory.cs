using System.Collections.Concurrent;
using DivergingReports.Model;
using DivergingReports.Planning;
using DivergingReports.Rendering.Views;

namespace DivergingReports.Rendering;

/// <summary>Turns the site plan into the views templates receive; what many pages share (cards, rendered summaries) is made once.</summary>

public sealed partial class ViewFactory
{
    private readonly ConcurrentDictionary<string, StoryCardView> _cards = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string> _summaries = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string>? _excerpts;

    /// <param name="excerpts">Card excerpts by the summary they are made from, kept from one rebuild to the next by <c>serve</c>: a listing shows hundreds of cards.</param>
    public ViewFactory(SitePlan plan, ConcurrentDictionary<string, string>? excerpts = null)
    {
        Plan = plan;
        _excerpts = excerpts;
        Urls = plan.Urls;
        Markdown = new MarkdownRenderer(plan.Urls);
        Site = new SiteView
        {
            Title = plan.Site.Title,
            Description = plan.Site.Description,
            Language = plan.Site.Language,
            HomeUrl = Urls.Path(SiteUrls.Home),
            StylesheetUrl = Urls.Path(SiteUrls.Asset("style.css")),
            AssetsUrl = Urls.Path(SiteUrls.Asset("")),
            FeedUrl = Urls.Path("feed.xml"),
            AtomUrl = Urls.Path("atom.xml"),
            JsonFeedUrl = Urls.Path("feed.json"),
            SearchUrl = plan.Search ? Urls.Path(SiteUrls.Search) : null,
            Navigation =
            [
                new LinkView("Sources", Urls.Path(SiteUrls.Sources)),
                new LinkView("Countries", Urls.Path(SiteUrls.Countries)),
                new LinkView("Tags", Urls.Path(SiteUrls.Tags)),
                new LinkView("Blindspots", Urls.Path(SiteUrls.Blindspots)),
                .. plan.Publication.Pages.Select(p => new LinkView(p.Title, Urls.Path(SiteUrls.Page(p.Id)))),
            ],
        };
    }

    public SitePlan Plan { get; }
    public SiteUrls Urls { get; }
    public MarkdownRenderer Markdown { get; }
    public SiteView Site { get; }
    private TimeZoneInfo Zone => Plan.Site.TimeZone;

    public DateView Date(ContentDate date) => Dates.View(date, Zone);

    /// <summary>The layout around a page; <paramref name="relative"/> is the page's site-relative address.</summary>
    public LayoutView Layout(string kind, string title, string description, string relative, string contentHtml,
        LinkView? feed = null, string? jsonLd = null, string ogType = "website") => new()
    {
        Site = Site,
        Title = title,
        FullTitle = title.Length == 0 || title == Site.Title ? Site.Title : $"{title} — {Site.Title}",
        Description = description.Length > 0 ? description : Site.Description,
        CanonicalUrl = Urls.Absolute(relative),
        OgType = ogType,
        Feed = feed,
        LdJson = jsonLd is null ? null : new TrustedHtml(jsonLd),
        Kind = kind,
        ContentHtml = new TrustedHtml(contentHtml),
    };

    public StoryCardView Card(PlannedStory story) => _cards.GetOrAdd(story.Slug, _ => new StoryCardView
    {
        Title = story.Story.Title,
        Url = Urls.Path(SiteUrls.Story(story.Slug)),
        Date = Date(story.Story.Date),
        Outlets = story.Outlets.Select(o => o.Name).ToArray(),
        Countries = story.Countries.Select(CountryLink).ToArray(),
        ReportCount = story.Reports.Count,
        Draft = story.Story.Draft,
        Excerpt = _excerpts is null ? ExcerptOf(story.Story.Summary) : _excerpts.GetOrAdd(story.Story.Summary, ExcerptOf),
    });

    private static string ExcerptOf(string summary) => MarkdownRenderer.Excerpt(MarkdownRenderer.ToPlainText(summary));

    /// <summary>The editor's summary as HTML, rendered once: the story page and every feed carrying the story use it.</summary>
    public string SummaryHtml(PlannedStory story) => _summaries.GetOrAdd(story.Slug, _ => Markdown.ToHtml(story.Story.Summary));

    public LinkView CountryLink(string code) => new(CountryName(code), Urls.Path(SiteUrls.Country(code)));

    public static string CountryName(string code) => Validation.Countries.NameOf(code) ?? code;

    /// <summary>A spectrum value as a label: "center-left" → "Center-left".</summary>
    public static string LeanLabel(string value) => value.Length == 0 ? value : char.ToUpperInvariant(value[0]) + value[1..];
}
