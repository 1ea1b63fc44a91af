using DivergingReports.Model;

namespace DivergingReports.Planning;

/// <summary>A report of a story with what it refers to resolved: the article and its outlet.</summary>
public sealed record ReportedArticle(Report Report, Article Article, Source Source);
