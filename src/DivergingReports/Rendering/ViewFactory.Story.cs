using DivergingReports.Analysis;
using DivergingReports.Planning;
using DivergingReports.Rendering.Views;
using DivergingReports.Validation;

namespace DivergingReports.Rendering;

public sealed partial class ViewFactory
{
    /// <summary>The story page's view; <paramref name="texts"/> is the story's analysis, which its index.json shows too.</summary>
    public StoryView Story(PlannedStory planned, AnalysedStory texts)
    {
        var story = planned.Story;
        var comparison = texts.Comparison;
        return new StoryView
        {
            Title = story.Title,
            Draft = story.Draft,
            Date = Date(story.Date),
            Updated = story.Updated is { } updated ? Date(updated) : null,
            Question = story.Question,
            SummaryHtml = new TrustedHtml(SummaryHtml(planned)),
            Tags = story.Tags.Select(t => new LinkView(t, Urls.Path(SiteUrls.Tag(t)))).ToArray(),
            Coverage = Coverage(planned, comparison),
            Divergences = Divergences(planned),
            Agreements = story.Agreements.Select(a => new AgreementView(new TrustedHtml(Markdown.ToHtml(a)))).ToArray(),
            Reports = planned.Reports.Select((r, i) => Report(r, texts.Html[i], texts.TranslationHtml[i], comparison)).ToArray(),
            Comparison = ComparisonOf(planned, comparison),
            Comments = Plan.Site.Giscus is { } g ? new CommentsView(g.Repo, g.RepoId, g.Category, g.CategoryId, Plan.Site.Language) : null,
            DataUrl = Urls.Path(SiteUrls.StoryData(planned.Slug)),
        };
    }

    private CoverageView Coverage(PlannedStory story, Comparison comparison) => new()
    {
        OutletCount = story.Outlets.Count,
        ReportCount = story.Reports.Count,
        IndependentReportCount = comparison.IndependentReports,
        Reprints = Reprints(story, comparison),
        Countries = story.Countries.Select(CountryLink).ToArray(),
        UnknownCountryCount = story.Outlets.Count(o => o.Country is null),
        Spectrum = Plan.Site.Spectrum
            .Select(value => new SpectrumPointView(value, LeanLabel(value),
                story.Outlets.Where(o => o.Lean?.Value == value).Select(o => o.Name).ToArray()))
            .ToArray(),
        Unrated = Plan.Site.Spectrum.Count == 0 ? [] : story.Outlets.Where(o => o.Lean is null).Select(o => o.Name).ToArray(),
    };

    /// <summary>Columns are the story's outlets (an outlet with several reports named by article gets a column per article).</summary>
    private DivergenceTableView? Divergences(PlannedStory planned)
    {
        var divergences = planned.Story.Divergences;
        if (divergences.Count == 0) return null;
        var columns = new List<(string Key, LinkView Link)>();
        foreach (var report in planned.Reports)
        {
            var sourceId = report.Source.Id;
            var namedByArticle = divergences.Any(d => d.Positions.Any(p => p.Outlet.Value == report.Article.Id));
            // An outlet with several reports in the story names each by its article.
            var multiple = report.Key != sourceId;
            if (namedByArticle && multiple)
                columns.Add((report.Article.Id, new LinkView($"{report.Source.Name}: {report.Article.Title}", "#" + report.Anchor)));
            else if (!columns.Any(c => c.Key == sourceId))
                columns.Add((sourceId, new LinkView(report.Source.Name, "#" + report.Anchor)));
        }
        // A position keyed by the article of a single-report outlet belongs to that outlet's column.
        string ColumnOf(string key) => columns.Any(c => c.Key == key) ? key
            : planned.Reports.FirstOrDefault(r => r.Article.Id == key)?.Source.Id ?? key;

        var rows = divergences.Select(d =>
        {
            var byColumn = d.Positions.ToDictionary(p => ColumnOf(p.Outlet.Value), p => p.Text, StringComparer.Ordinal);
            return new DivergenceRowView(d.Topic, columns
                .Select(c => new DivergenceCellView(c.Link.Text, byColumn.TryGetValue(c.Key, out var text) ? new TrustedHtml(Markdown.ToHtml(text)) : null))
                .ToArray());
        }).ToArray();
        return new DivergenceTableView(columns.Select(c => c.Link).ToArray(), rows);
    }

    private ReportView Report(ReportedArticle report, string bodyHtml, string? translationHtml, Comparison comparison)
    {
        var article = report.Article;
        var language = report.LanguageIn(Plan.Site);
        var rightToLeft = WritingDirection.IsRightToLeft(language);
        // Counted on the Markdown itself: its markup holds no words, and the text is parsed once, for HTML.
        var length = comparison.Lengths.First(l => l.Key == report.Key);
        return new ReportView
        {
            Anchor = report.Anchor,
            Outlet = new LinkView(report.Source.Name, Urls.Path(SiteUrls.Source(report.Source.Id))),
            Country = report.Source.Country is { } c ? CountryName(c) : null,
            Lean = report.Source.Lean is { } lean ? LeanLabel(lean.Value) : null,
            Headline = article.Title,
            Published = Date(article.Published),
            Authors = article.Authors,
            SummaryHtml = report.Report.Summary is { } summary ? new TrustedHtml(Markdown.ToHtml(summary, topHeading: 4)) : null,
            BodyHtml = new TrustedHtml(bodyHtml),
            // The page is in the site's language: only text in another is marked, and its direction only where it differs.
            Language = Languages.Same(language, Plan.Site.Language) ? null : language,
            Direction = rightToLeft == WritingDirection.IsRightToLeft(Plan.Site.Language) ? null : rightToLeft ? "rtl" : "ltr",
            LanguageName = LanguageNames.NameOf(language),
            Translation = article.Translation is { } translation && translationHtml is not null
                ? new TranslationView(translation.By, new TrustedHtml(translationHtml))
                : null,
            OriginalUrl = article.Url?.AbsoluteUri,
            Words = length.Words,
            ReadingMinutes = length.ReadingMinutes,
        };
    }
}
