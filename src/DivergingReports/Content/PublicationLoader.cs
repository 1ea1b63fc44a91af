using DivergingReports.Content.Files;
using DivergingReports.Diagnostics;
using DivergingReports.Model;
using DivergingReports.Validation;

namespace DivergingReports.Content;

/// <summary>The outcome of loading: the model (complete even when some files are in error) and every problem found.</summary>
public sealed record LoadResult(Publication Publication, IReadOnlyList<Diagnostic> Diagnostics, int FileCount)
{
    /// <summary>The hash of every file read, by project-relative path.</summary>
    public ContentHashes Hashes { get; init; } = new();

    /// <summary>What this load read, for a quicker load after the next change.</summary>
    public LoadMemo Memo { get; init; } = new();

    public bool HasErrors => Diagnostics.Any(d => d.IsError);
}

/// <summary>
/// Loads a whole publication: site.yml, then sources (articles need their domains), articles,
/// breakdowns and pages, then the cross-file checks. Every file is read even after a problem, so
/// one run reports them all.
/// </summary>
public static partial class PublicationLoader
{
    public static LoadResult Load(ProjectPaths paths) => Load(paths, null, null);

    /// <summary>
    /// Loads again after the files at <paramref name="changed"/> (project-relative) changed, reusing
    /// what <paramref name="previous"/> read of every other file; with no previous memo, or no list
    /// of changes, every file is read.
    /// </summary>
    public static LoadResult Load(ProjectPaths paths, LoadMemo? previous, IReadOnlyCollection<string>? changed)
    {
        var reading = new Reading(paths, previous is not null && changed is not null && !changed.Contains("site.yml") ? previous : null,
            changed?.ToHashSet(StringComparer.Ordinal) ?? []);
        var bag = new DiagnosticBag();
        var hashes = reading.Hashes;
        // Listing the two big folders needs nothing else: it runs while the settings and outlets are read.
        var articleListing = Task.Run(() => reading.List(paths, paths.Articles, bag, bag => UniqueIds(ContentFolder.List(paths.Articles, paths, bag, ".md", ".txt"), bag)));
        var breakdownListing = Task.Run(() => reading.List(paths, paths.Breakdowns, bag, bag => ContentFolder.List(paths.Breakdowns, paths, bag, ".yml")));
        var (site, sources) = LoadSiteAndSources(paths, bag, hashes, reading);
        var siteContext = hashes.Of("site.yml");
        var sourceIds = sources.Select(s => s.Id).ToHashSet(StringComparer.Ordinal);
        // A source in error may have lost the domains that would name an article's source.
        var sourcesComplete = !sources.Any(s => bag.IsUnreadable(s.At.Path)
            || bag.HasErrorsIn(s.At.Path, DiagnosticCode.InvalidUrl, DiagnosticCode.InvalidValue, DiagnosticCode.WrongType));
        // An article is read against the settings and every source (they name its source).
        var articleContext = sources.Aggregate(new KeyBuilder().Add(siteContext).Add(sourcesComplete ? 1 : 0), (key, s) => key.Add(hashes.Of(s.At.Path))).Hash;
        var articleLoader = new ArticleLoader(site, sourceIds, new SourceDomains(sources), sourcesComplete);
        var articleFiles = articleListing.GetAwaiter().GetResult();
        var articles = LoadAll(articleFiles, bag, reading, articleContext, SizeLimit.Article(site.Limits), articleLoader.Load, a => a.Id, frontMatterOnly: true);
        var stories = LoadAll(breakdownListing.GetAwaiter().GetResult(),
            bag, reading, siteContext, SizeLimit.Yaml(site.Limits, "a breakdown"), (f, t, b) => BreakdownLoader.Load(f, t, site, b), s => s.Id);
        var pages = LoadAll(reading.List(paths, paths.Pages, bag, bag => ContentFolder.List(paths.Pages, paths, bag, ".md")),
            bag, reading, UInt128.Zero, SizeLimit.Page(site.Limits), PageLoader.Load, p => p.Id);
        var fileCount = 1 + sources.Count + articleFiles.Count + stories.Count + pages.Count;
        reading.Next.Readers = Readers(articleLoader, site);

        var publication = new Publication { Site = site, Sources = sources, Articles = articles, Stories = stories, Pages = pages };
        ContentChecks.Run(publication, bag);
        return new LoadResult(publication, bag.Sorted(), fileCount) { Hashes = hashes, Memo = reading.Next };
    }

    /// <summary>
    /// How this load read an article and a breakdown, made apart from <see cref="Load(ProjectPaths, LoadMemo?, IReadOnlyCollection{string}?)"/>:
    /// a lambda there would share its closure, and the memo it is kept in would hold the whole load
    /// and the memo before it, and so on back to the first (serve grew at each save).
    /// </summary>
    private static LoadMemo.FileReaders Readers(ArticleLoader articles, SiteSettings site) =>
        new(articles.Load, (f, t, b) => BreakdownLoader.Load(f, t, site, b));

    /// <summary>Just site.yml's settings, its problems reported to <paramref name="bag"/> (what divrep deploy needs).</summary>
    public static SiteSettings LoadSite(ProjectPaths paths, DiagnosticBag bag)
    {
        var siteFile = new ContentFile(paths.SiteFile, "site.yml", "site", ".yml");
        var siteText = ContentFolder.Read(siteFile, paths, SizeLimit.SiteFile, bag, new ContentHashes());
        return SiteLoader.Load(siteText ?? "", siteText is null ? new DiagnosticBag() : bag);
    }

    /// <summary>Just the settings and the outlets: what the importer needs to name and file an article.</summary>
    public static (SiteSettings Site, IReadOnlyList<Source> Sources) LoadSiteAndSources(ProjectPaths paths, DiagnosticBag bag) =>
        LoadSiteAndSources(paths, bag, new ContentHashes(), new Reading(paths, null, new HashSet<string>()));

    private static (SiteSettings Site, IReadOnlyList<Source> Sources) LoadSiteAndSources(ProjectPaths paths, DiagnosticBag bag, ContentHashes hashes, Reading reading)
    {
        var siteFile = new ContentFile(paths.SiteFile, "site.yml", "site", ".yml");
        string? siteText = null;
        if (File.Exists(paths.SiteFile) || new FileInfo(paths.SiteFile).LinkTarget is not null) siteText = ContentFolder.Read(siteFile, paths, SizeLimit.SiteFile, bag, hashes);
        else bag.Error(DiagnosticCode.MissingFile, FileLocation.StartOf("site.yml"), "site.yml is missing",
            "every publication has a site.yml at its root");
        // A missing or unreadable site.yml is reported once; its fields then take their defaults silently.
        var site = SiteLoader.Load(siteText ?? "", siteText is null ? new DiagnosticBag() : bag);
        // content/ as a link is reported here, once; its folders are then not read.
        if (Links.FirstLinkBelow(paths.Root, paths.Content) is { } linked) FileRefusals.ReportLink(linked, paths.Relative(linked), paths, bag);
        var sources = LoadAll(reading.List(paths, paths.Sources, bag, bag => ContentFolder.List(paths.Sources, paths, bag, ".yml")),
            bag, reading, UInt128.Zero, SizeLimit.Yaml(site.Limits, "a source"), SourceLoader.Load, s => s.Id);
        return (site, sources);
    }

    /// <summary>Loads every file; one that cannot be read is reported once and still yields an entity (with no further reports), so references to it stay quiet.</summary>
    private static IReadOnlyList<T> LoadAll<T>(IReadOnlyList<ContentFile> files, DiagnosticBag bag, Reading reading, UInt128 context, SizeLimit limit,
        Func<ContentFile, string, DiagnosticBag, T> load, Func<T, string> id, bool frontMatterOnly = false) where T : class
    {
        var loaded = new T[files.Count];
        ParallelReads.For(files.Count, i => loaded[i] = (T)reading.Load(files[i], context, limit, bag, (f, t, b) => load(f, t, b),
            frontMatterOnly && files[i].Extension == ".md"));
        // Files come in path order, which is nearly always id order too: sort only when it is not.
        for (var i = 1; i < loaded.Length; i++)
            if (string.CompareOrdinal(id(loaded[i - 1]), id(loaded[i])) > 0) return loaded.OrderBy(id, StringComparer.Ordinal).ToArray();
        return loaded;
    }

    /// <summary>One load's reading of the files: what it may reuse from the previous load, and what it keeps for the next.</summary>
    private sealed class Reading(ProjectPaths paths, LoadMemo? previous, ISet<string> changed)
    {
        public ContentHashes Hashes { get; } = new();
        public LoadMemo Next { get; } = new();

        public IReadOnlyList<ContentFile> List(ProjectPaths paths, string folder, DiagnosticBag bag, Func<DiagnosticBag, IReadOnlyList<ContentFile>> list)
        {
            var relative = paths.Relative(folder);
            var listing = previous?.Reusable(relative, paths, changed);
            if (listing is null)
            {
                var own = new DiagnosticBag();
                listing = new LoadMemo.Listing(list(own), own.Sorted());
            }
            foreach (var d in listing.Diagnostics) bag.Add(d);
            Next.Remember(relative, listing);
            return listing.Files;
        }

        public object Load(ContentFile file, UInt128 context, SizeLimit limit, DiagnosticBag bag, Func<ContentFile, string, DiagnosticBag, object> load, bool frontMatterOnly)
        {
            var entry = previous?.Reusable(file.Path, context, changed);
            if (entry is null)
            {
                var own = new DiagnosticBag();
                var text = ContentFolder.Read(file, paths, limit, own, Hashes, frontMatterOnly);
                var entity = text is null ? load(file, "", new DiagnosticBag()) : load(file, text, own);
                entry = new LoadMemo.Entry(context, Hashes.Of(file.Path), entity, own.Sorted());
            }
            else Hashes.Record(file.Path, entry.Hash);
            foreach (var d in entry.Diagnostics) bag.Add(d);
            Next.Remember(file.Path, entry);
            return entry.Entity;
        }
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
