using System.Collections.Concurrent;
using DivergingReports.Analysis;
using DivergingReports.Model;
using DivergingReports.Planning;
using DivergingReports.Rendering.Views;

namespace DivergingReports.Rendering;

/// <summary>Turns the site plan into the views templates receive; what many pages share (cards, rendered Markdown) is made once.</summary>
public sealed partial class ViewFactory
{
    private readonly ConcurrentDictionary<string, StoryCardView> _cards = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string> _summaries = new(StringComparer.Ordinal);
    // Each story's comparison is wanted twice (its page, its index.json): kept only until both have it.
    private readonly ConcurrentDictionary<string, Lazy<Comparison>> _comparisons = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, int> _comparisonUses = new(StringComparer.Ordinal);
    private const int ComparisonUsers = 2;

    private readonly string[] _outletNames;

    public ViewFactory(SitePlan plan)
    {
        Plan = plan;
        _outletNames = plan.Publication.Sources.Select(s => s.Name).ToArray();
        Urls = plan.Urls;
        Markdown = new MarkdownRenderer(plan.Urls);
        Site = new SiteView
        {
            Title = plan.Site.Title,
            Description = plan.Site.Description,
            Language = plan.Site.Language,
            HomeUrl = Urls.Path(SiteUrls.Home),
            StylesheetUrl = Urls.Path(SiteUrls.Asset("style.css")),
            FeedUrl = Urls.Path("feed.xml"),
            AtomUrl = Urls.Path("atom.xml"),
            JsonFeedUrl = Urls.Path("feed.json"),
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
        JsonLdJson = jsonLd,
        Kind = kind,
        ContentHtml = contentHtml,
    };

    public StoryCardView Card(PlannedStory story) => _cards.GetOrAdd(story.Slug, _ => new StoryCardView
    {
        Title = story.Story.Title,
        Url = Urls.Path(SiteUrls.Story(story.Slug)),
        Date = Date(story.Story.Date),
        Outlets = story.Outlets.Select(o => o.Name).ToArray(),
        Countries = story.Countries.Select(CountryLink).ToArray(),
        ReportCount = story.Reports.Count,
        Excerpt = MarkdownRenderer.Excerpt(MarkdownRenderer.ToPlainText(story.Story.Summary)),
    });

    /// <summary>
    /// What the story's texts show, computed once for the story page and index.json (each takes it
    /// once) and then let go, so a large site does not hold every story's comparison.
    /// </summary>
    public Comparison TakeComparison(PlannedStory story, IReadOnlyList<string>? plainTexts = null)
    {
        var comparison = _comparisons.GetOrAdd(story.Slug, _ => new Lazy<Comparison>(() => StoryComparison.Compare(
            story.Reports.Select((r, i) => new ComparedText(r.Article.Id, r.Source.Name, plainTexts?[i] ?? MarkdownRenderer.ToPlainTextLines(r.Article.Body))).ToArray(),
            _outletNames))).Value;
        if (_comparisonUses.AddOrUpdate(story.Slug, 1, (_, n) => n + 1) >= ComparisonUsers)
        {
            _comparisons.TryRemove(story.Slug, out _);
            _comparisonUses.TryRemove(story.Slug, out _);
        }
        return comparison;
    }

    /// <summary>The editor's summary as HTML, rendered once: the story page and every feed carrying the story use it.</summary>
    public string SummaryHtml(PlannedStory story) => _summaries.GetOrAdd(story.Slug, _ => Markdown.ToHtml(story.Story.Summary));

    public LinkView CountryLink(string code) => new(CountryName(code), Urls.Path(SiteUrls.Country(code)));

    public static string CountryName(string code) => Validation.Countries.NameOf(code) ?? code;

    /// <summary>A spectrum value as a label: "center-left" → "Center-left".</summary>
    public static string LeanLabel(string value) => value.Length == 0 ? value : char.ToUpperInvariant(value[0]) + value[1..];
}
