using DivergingReports.Model;

namespace DivergingReports.Planning;

/// <summary>
/// What of a story or an article the site's structure is made from: which stories are published,
/// in which order, on which lists (home, countries, tags, sources, blindspots), at which address,
/// and what the indexes, the sitemap and the cross-file checks read. An edit that keeps the shape
/// changes only the pages that show the edited story; any other edit may move anything.
/// </summary>
public static class SiteShape
{
    public static bool Same(Story before, Story after) =>
        before.Id == after.Id
        && before.Slug.Value == after.Slug.Value
        && before.Date == after.Date
        && before.Updated == after.Updated
        && before.Draft == after.Draft
        && before.ReportsIncomplete == after.ReportsIncomplete
        && before.Tags.SequenceEqual(after.Tags, StringComparer.Ordinal)
        && before.Reports.Select(r => r.Article.Value).SequenceEqual(after.Reports.Select(r => r.Article.Value), StringComparer.Ordinal);

    public static bool Same(Article before, Article after) =>
        before.Id == after.Id
        && before.SourceId == after.SourceId
        && before.Published == after.Published;
}
