using DivergingReports.Model;

namespace DivergingReports.Serving;

/// <summary>
/// Which stories a set of changed files touches, judged on the publication before and after: a
/// breakdown touches its story; an article, the stories reporting it; a source, the stories
/// reporting its articles. Settings, templates and free pages (in every page's navigation) touch all.
/// </summary>
public static class AffectedStories
{
    /// <summary>The story ids to re-render, or null when everything must be.</summary>
    public static IReadOnlySet<string>? Of(IReadOnlyCollection<string> changedPaths, Publication before, Publication after)
    {
        var stories = new HashSet<string>(StringComparer.Ordinal);
        foreach (var path in changedPaths)
        {
            var (folder, id) = Split(path);
            switch (folder)
            {
                case "content/breakdowns":
                    stories.Add(id);
                    break;
                case "content/articles":
                    foreach (var p in new[] { before, after }) stories.UnionWith(Reporting(p, new HashSet<string>(StringComparer.Ordinal) { id }));
                    break;
                case "content/sources":
                    foreach (var p in new[] { before, after })
                        stories.UnionWith(Reporting(p, p.Articles.Where(a => a.SourceId == id).Select(a => a.Id).ToHashSet(StringComparer.Ordinal)));
                    break;
                default:
                    return null;
            }
        }
        return stories;
    }

    private static IEnumerable<string> Reporting(Publication publication, IReadOnlySet<string> articles) =>
        publication.Stories.Where(s => s.Reports.Any(r => articles.Contains(r.Article.Value))).Select(s => s.Id);

    private static (string Folder, string Id) Split(string path)
    {
        var slash = path.LastIndexOf('/');
        return slash < 0 ? ("", path) : (path[..slash], Path.GetFileNameWithoutExtension(path[(slash + 1)..]));
    }
}
