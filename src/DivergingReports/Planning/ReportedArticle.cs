using DivergingReports.Model;

namespace DivergingReports.Planning;

/// <summary>A report of a story with what it refers to resolved: the article and its outlet.</summary>
public sealed record ReportedArticle(Report Report, Article Article, Source Source)
{
    /// <summary>The language the report is written in: the article's, else its source's, else the site's.</summary>
    public string LanguageIn(SiteSettings site) => Article.Language ?? Source.Language ?? site.Language;
}
