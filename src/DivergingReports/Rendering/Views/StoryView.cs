namespace DivergingReports.Rendering.Views;

/// <summary>story.sbn: the comparison page.</summary>
public sealed record StoryView
{
    public required string Title { get; init; }
    /// <summary>Marked draft: true (shown only by a build or preview with --drafts).</summary>
    public bool Draft { get; init; }
    public required DateView Date { get; init; }
    public DateView? Updated { get; init; }
    public required string Question { get; init; }
    public required TrustedHtml SummaryHtml { get; init; }
    public required IReadOnlyList<LinkView> Tags { get; init; }
    public required CoverageView Coverage { get; init; }
    /// <summary>Topics as rows, outlets as columns; null when the editor noted no divergences.</summary>
    public DivergenceTableView? Divergences { get; init; }
    /// <summary>What every report states; each item's html is rendered Markdown.</summary>
    public required IReadOnlyList<AgreementView> Agreements { get; init; }
    public required IReadOnlyList<ReportView> Reports { get; init; }
    /// <summary>What the texts show: quotes, figures, names, overlap and length per report.</summary>
    public required ComparisonView Comparison { get; init; }
    /// <summary>giscus settings when site.yml configures comments; null otherwise.</summary>
    public CommentsView? Comments { get; init; }
    /// <summary>The story's data as JSON (index.json).</summary>
    public required string DataUrl { get; init; }
}

/// <summary>Coverage at a glance: how many outlets, from which countries, where they sit on the spectrum.</summary>
public sealed record CoverageView
{
    public required int OutletCount { get; init; }
    public required int ReportCount { get; init; }
    /// <summary>Reports counted once per text: a wire story reprinted by several outlets counts as one.</summary>
    public required int IndependentReportCount { get; init; }
    /// <summary>Sentences naming the reports that are one text reprinted, such as "Outlet A and Outlet B carry one text, counted once."</summary>
    public required IReadOnlyList<string> Reprints { get; init; }
    public required IReadOnlyList<LinkView> Countries { get; init; }
    /// <summary>Outlets whose country is not known.</summary>
    public required int UnknownCountryCount { get; init; }
    /// <summary>Each point of the publication's spectrum, left to right, with the outlets the editors place there; empty when the site rates no leans.</summary>
    public required IReadOnlyList<SpectrumPointView> Spectrum { get; init; }
    /// <summary>Outlets with no rated lean.</summary>
    public required IReadOnlyList<string> Unrated { get; init; }
}

public sealed record SpectrumPointView(string Value, string Label, IReadOnlyList<string> Outlets);

public sealed record AgreementView(TrustedHtml Html);

public sealed record DivergenceTableView(IReadOnlyList<LinkView> Outlets, IReadOnlyList<DivergenceRowView> Rows);

/// <summary>One topic; one cell per outlet column, in column order (null HTML when that outlet's position is not given).</summary>
public sealed record DivergenceRowView(string Topic, IReadOnlyList<DivergenceCellView> Cells);

public sealed record DivergenceCellView(string Outlet, TrustedHtml? Html);

/// <summary>One report: the outlet, its headline, the editor's summary and the article's text.</summary>
public sealed record ReportView
{
    /// <summary>The fragment id of the report's section (the article id).</summary>
    public required string Anchor { get; init; }
    public required LinkView Outlet { get; init; }
    /// <summary>The outlet's country name; null when not known.</summary>
    public string? Country { get; init; }
    public string? Lean { get; init; }
    public required string Headline { get; init; }
    public required DateView Published { get; init; }
    public required IReadOnlyList<string> Authors { get; init; }
    public TrustedHtml? SummaryHtml { get; init; }
    public required TrustedHtml BodyHtml { get; init; }
    /// <summary>The language tag of the report's headline and text when it is not the site's (for <c>lang</c>); null when it is.</summary>
    public string? Language { get; init; }
    /// <summary>"rtl" or "ltr" when the report's language is written the other way from the site's (for <c>dir</c>); null otherwise.</summary>
    public string? Direction { get; init; }
    /// <summary>The English name of the report's language, "German"; its tag when the name is not known.</summary>
    public required string LanguageName { get; init; }
    /// <summary>The editors' translation into the site's language; null when there is none.</summary>
    public TranslationView? Translation { get; init; }
    /// <summary>The original article's address; null when the paste did not record it.</summary>
    public string? OriginalUrl { get; init; }
    public required int Words { get; init; }
    public required int ReadingMinutes { get; init; }
}

/// <summary>An editors' translation of a report: who made it, and its text (Markdown rendered like the article's).</summary>
public sealed record TranslationView(string By, TrustedHtml Html);

public sealed record CommentsView(string Repo, string RepoId, string Category, string CategoryId, string Language);
