using DivergingReports.Diagnostics;
using DivergingReports.Model;
using DivergingReports.Validation;

namespace DivergingReports.Content;

/// <summary>The outcome of loading: the model (complete even when some files are in error) and every problem found.</summary>
public sealed record LoadResult(Publication Publication, IReadOnlyList<Diagnostic> Diagnostics, int FileCount)
{
    public bool HasErrors => Diagnostics.Any(d => d.IsError);
}

/// <summary>
/// Loads a whole publication: site.yml, then sources (articles need their domains), articles,
/// breakdowns and pages, then the cross-file checks. Every file is read even after a problem, so
/// one run reports them all.
/// </summary>
public static class PublicationLoader
{
    public static LoadResult Load(ProjectPaths paths)
    {
        var bag = new DiagnosticBag();
        var (site, sources) = LoadSiteAndSources(paths, bag);
        var sourceIds = sources.Select(s => s.Id).ToHashSet(StringComparer.Ordinal);
        var articleFiles = ContentFolder.List(paths.Articles, paths, bag, ".md", ".txt");
        // A source in error may have lost the domains that would name an article's source.
        var sourcesComplete = !sources.Any(s => bag.IsUnreadable(s.At.Path)
            || bag.HasErrorsIn(s.At.Path, DiagnosticCode.InvalidUrl, DiagnosticCode.InvalidValue, DiagnosticCode.WrongType));
        var articleLoader = new ArticleLoader(site, sourceIds, new SourceDomains(sources), sourcesComplete);
        var articles = LoadAll(UniqueIds(articleFiles, bag), bag, articleLoader.Load, a => a.Id);
        var stories = LoadAll(ContentFolder.List(paths.Breakdowns, paths, bag, ".yml"), bag, (f, t, b) => BreakdownLoader.Load(f, t, site, b), s => s.Id);
        var pages = LoadAll(ContentFolder.List(paths.Pages, paths, bag, ".md"), bag, PageLoader.Load, p => p.Id);
        var fileCount = 1 + sources.Count + articleFiles.Count + stories.Count + pages.Count;

        var publication = new Publication { Site = site, Sources = sources, Articles = articles, Stories = stories, Pages = pages };
        ContentChecks.Run(publication, bag);
        return new LoadResult(publication, bag.Sorted(), fileCount);
    }

    /// <summary>Just the settings and the outlets: what the importer needs to name and file an article.</summary>
    public static (SiteSettings Site, IReadOnlyList<Source> Sources) LoadSiteAndSources(ProjectPaths paths, DiagnosticBag bag)
    {
        var siteFile = new ContentFile(paths.SiteFile, "site.yml", "site", ".yml");
        string? siteText = null;
        if (File.Exists(paths.SiteFile)) siteText = ContentFolder.Read(siteFile, bag);
        else bag.Error(DiagnosticCode.MissingFile, FileLocation.StartOf("site.yml"), "site.yml is missing",
            "every publication has a site.yml at its root");
        // A missing or unreadable site.yml is reported once; its fields then take their defaults silently.
        var site = SiteLoader.Load(siteText ?? "", siteText is null ? new DiagnosticBag() : bag);
        var sources = LoadAll(ContentFolder.List(paths.Sources, paths, bag, ".yml"), bag, SourceLoader.Load, s => s.Id);
        return (site, sources);
    }

    /// <summary>Loads every file; one that cannot be read is reported once and still yields an entity (with no further reports), so references to it stay quiet.</summary>
    private static IReadOnlyList<T> LoadAll<T>(IReadOnlyList<ContentFile> files, DiagnosticBag bag, Func<ContentFile, string, DiagnosticBag, T> load, Func<T, string> id)
    {
        var loaded = new T[files.Count];
        Parallel.For(0, files.Count, i =>
        {
            var text = ContentFolder.Read(files[i], bag);
            loaded[i] = text is null ? load(files[i], "", new DiagnosticBag()) : load(files[i], text, bag);
        });
        return loaded.OrderBy(id, StringComparer.Ordinal).ToArray();
    }

    /// <summary>An article id may come from one file only: x.md and x.txt would both be article 'x'.</summary>
    private static IReadOnlyList<ContentFile> UniqueIds(IReadOnlyList<ContentFile> files, DiagnosticBag bag)
    {
        var kept = new Dictionary<string, ContentFile>(StringComparer.Ordinal);
        foreach (var file in files.OrderBy(f => f.Extension == ".md" ? 0 : 1).ThenBy(f => f.Path, StringComparer.Ordinal))
        {
            if (kept.TryAdd(file.Id, file)) continue;
            bag.Error(DiagnosticCode.DuplicateId, FileLocation.StartOf(file.Path), $"article id '{file.Id}' is also given by {kept[file.Id].Path}",
                "keep one of the two files: once a paste is imported, delete the .txt");
        }
        return kept.Values.OrderBy(f => f.Path, StringComparer.Ordinal).ToArray();
    }
}
