using DivergingReports.Diagnostics;
using DivergingReports.Model;

namespace DivergingReports.Content;

/// <summary>Breakdowns and articles read again after an edit: the publication with them in place, and their own problems.</summary>
public sealed record EditedContent(Publication Publication, IReadOnlyList<Story> Stories, IReadOnlyList<Article> Articles, IReadOnlyList<Diagnostic> Problems);

public static partial class PublicationLoader
{
    /// <summary>
    /// Reads again the breakdowns and articles at <paramref name="edited"/> (project-relative), each
    /// against what it was read with last time, and puts them in place in the publication. Null when
    /// the change is of another kind, which a whole load handles: a file added, removed or not read
    /// before, a source, site.yml, a page. <paramref name="previous"/>'s memo and hashes are brought
    /// up to date with what was read.
    /// </summary>
    public static EditedContent? ReadEdits(ProjectPaths paths, LoadResult previous, IReadOnlyCollection<string> edited)
    {
        var memo = previous.Memo;
        if (memo.Readers is not { } readers || edited.Count == 0) return null;
        var articleFolder = paths.Relative(paths.Articles);
        var breakdownFolder = paths.Relative(paths.Breakdowns);
        var stories = new List<Story>();
        var articles = new List<Article>();
        var problems = new DiagnosticBag();
        foreach (var path in edited)
        {
            var folder = Path.GetDirectoryName(path)?.Replace('\\', '/');
            var isArticle = folder == articleFolder;
            if (!isArticle && folder != breakdownFolder) return null;
            if (memo.Listed(folder!, path) is not { } file || memo.Of(path) is not { } before || !File.Exists(file.FullPath)) return null;
            var own = new DiagnosticBag();
            var limits = previous.Publication.Site.Limits;
            var text = ContentFolder.Read(file, paths, isArticle ? SizeLimit.Article(limits) : SizeLimit.Yaml(limits, "a breakdown"), own, previous.Hashes,
                frontMatterOnly: isArticle && file.Extension == ".md");
            if (text is null) return null;
            object entity = isArticle ? readers.Article(file, text, own) : readers.Breakdown(file, text, own);
            memo.Remember(path, new LoadMemo.Entry(before.Context, previous.Hashes.Of(path), entity, own.Sorted()));
            foreach (var d in own.Sorted()) problems.Add(d);
            if (entity is Story story) stories.Add(story);
            else articles.Add((Article)entity);
        }
        return new EditedContent(previous.Publication.With(stories, articles), stories, articles, problems.Sorted());
    }
}
