using DivergingReports.Model;

namespace DivergingReports.Planning;

/// <summary>A report of a story with what it refers to resolved: the article and its outlet.</summary>
public sealed record ReportedArticle(Report Report, Article Article, Source Source)
{
    /// <summary>
    /// How the story's data and page name this report: its outlet's id, or the article's id when the
    /// outlet has several reports in the story (as a breakdown's positions name them). Short, since
    /// every row of the comparison repeats it.
    /// </summary>
    public required string Key { get; init; }

    /// <summary>The id of the report's section on the story's page (prefixed, so that no outlet's id can take one of the page's own).</summary>
    public string Anchor => "report-" + Key;

    /// <summary>The language the report is written in: the article's, else its source's, else the site's.</summary>
    public string LanguageIn(SiteSettings site) => Article.Language ?? Source.Language ?? site.Language;
}
