using System.Collections.Concurrent;
using DivergingReports.Content;
using DivergingReports.Diagnostics;
using DivergingReports.Planning;
using DivergingReports.Rendering;
using DivergingReports.Rendering.Pages;
using DivergingReports.Rendering.Templates;
using DivergingReports.Validation;

namespace DivergingReports.Building;

/// <summary>
/// The site ready to write: what every stage made (content, theme, plan, keys, pages) and every
/// problem found. <see cref="Files"/> is what to write: every file, or after a quick patch only
/// the files that show the edited stories.
/// </summary>
public sealed record PreparedSite(IReadOnlyList<Diagnostic> Diagnostics)
{
    public LoadResult? Loaded { get; init; }
    public Theme? Theme { get; init; }
    public ITemplateSet? Templates { get; init; }
    public SitePlan? Plan { get; init; }
    public PageKeys? Keys { get; init; }
    public SitePages? Pages { get; init; }
    /// <summary>What every file depends on: the program, the options and site.yml.</summary>
    public UInt128 SiteWide { get; init; }
    /// <summary>The files to write; null when a stage failed.</summary>
    public IEnumerable<SiteFile>? Files { get; init; }
    /// <summary>True when <see cref="Files"/> are only those that may have changed since the site this one patched.</summary>
    public bool Patched { get; init; }

    public bool Succeeded => Files is not null;

    /// <summary>For each article id, the ids of the stories that report it: made at the first edit of an article, kept by the sites patched from this one (their reports are the same).</summary>
    internal Lazy<ILookup<string, string>> StoriesByArticle { get; init; } = new(() => throw new InvalidOperationException("a site that did not load"));
}

/// <summary>
/// The stages of a build, run by <c>divrep build</c> and <c>divrep serve</c> alike: the content and
/// the theme load side by side (files → model, and the theme's templates through the engine given),
/// the content is checked, the site is planned and keyed, and its pages are declared (each made
/// only when written). A pipeline kept from one run to the next (serve) reads again only the files
/// that changed, compiles the templates again only when one of them did, and can patch its last
/// site after an edit that keeps the site's shape.
/// </summary>
public sealed class SitePipeline(ProjectPaths paths, BuildOptions options, TemplateEngine engine)
{
    private LoadMemo? _memo;
    private (Theme Theme, ITemplateSet Templates)? _compiled;
    // Card excerpts by the summary they are made from: a listing shows hundreds of cards, and serve rebuilds often.
    private readonly ConcurrentDictionary<string, string> _excerpts = new(StringComparer.Ordinal);

    /// <summary>
    /// Runs every stage. With <paramref name="changed"/> (project-relative paths), what an earlier run
    /// read of every other file is reused; without, everything is read. <paramref name="stage"/> is
    /// told as each stage ends, for timings.
    /// </summary>
    public PreparedSite Prepare(IReadOnlyCollection<string>? changed = null, Action<string>? stage = null)
    {
        var bag = new DiagnosticBag();
        var recompile = _compiled is null || changed is null || changed.Any(p => p.StartsWith("templates/", StringComparison.Ordinal));
        // The theme is read and its templates parsed while the content loads: neither needs the other.
        var compiling = recompile ? Task.Run(() => Compile(bag)) : Task.FromResult(_compiled);
        var loaded = PublicationLoader.Load(paths, changed is null ? null : _memo, changed);
        _memo = loaded.Memo;
        stage?.Invoke("load and check content");
        foreach (var d in loaded.Diagnostics) bag.Add(d);
        _compiled = compiling.GetAwaiter().GetResult();
        stage?.Invoke("read and parse the theme (what is left of it once the content loaded)");
        if (bag.HasErrors || _compiled is not { } compiled) return new PreparedSite(bag.Sorted()) { Loaded = loaded };

        var plan = new SitePlan(loaded.Publication, options);
        var siteWide = PageKeys.SiteWide(PageKeys.Options(options), loaded.Hashes.Of("site.yml"));
        var keys = new PageKeys(plan, loaded.Hashes, siteWide, compiled.Templates);
        var pages = Pages(plan, compiled, keys);
        stage?.Invoke("plan the site");
        return new PreparedSite(bag.Sorted())
        {
            Loaded = loaded, Theme = compiled.Theme, Templates = compiled.Templates, Plan = plan, Keys = keys, Pages = pages, SiteWide = siteWide, Files = pages.All(),
            StoriesByArticle = new(() => loaded.Publication.Stories
                .SelectMany(s => s.Reports.Select(r => (Article: r.Article.Value, Story: s.Id))).ToLookup(x => x.Article, x => x.Story, StringComparer.Ordinal)),
        };
    }

    /// <summary>
    /// The quick path: <paramref name="last"/> patched after an edit of <paramref name="changed"/>
    /// breakdowns or articles that keeps the site's shape, with only the files that show the edited
    /// stories to write. Null when the edit is not one it can take (another kind of file, a change
    /// of the site's shape, a problem before or after in the files concerned): then the whole run is needed.
    /// </summary>
    public PreparedSite? Patch(PreparedSite last, IReadOnlyCollection<string> changed)
    {
        if (last is not { Loaded: { } loaded, Plan: { } plan, Keys: { } keys } || _compiled is not { } compiled) return null;
        var edits = PublicationLoader.ReadEdits(paths, loaded, changed);
        if (edits is null || edits.Problems.Count > 0) return null;
        var before = loaded.Publication;
        foreach (var story in edits.Stories)
            if (!SiteShape.Same(before.StoryWithId(story.Id)!, story)) return null;
        foreach (var article in edits.Articles)
            if (!SiteShape.Same(before.ArticlesById[article.Id], article)) return null;

        // The stories to judge and show again, as they were and as they are: those edited, and those reporting an edited article.
        var publication = edits.Publication;
        var stories = edits.Stories.Select(s => s.Id)
            .Concat(edits.Articles.SelectMany(a => last.StoriesByArticle.Value[a.Id]))
            .Distinct()
            .Select(id => (Before: before.StoryWithId(id)!, After: publication.StoryWithId(id)!))
            .ToArray();
        // A problem known in any of their files may move or go with the edit: the whole run tells.
        var files = changed.Concat(stories.Select(s => s.After.At.Path)).ToHashSet(StringComparer.Ordinal);
        if (loaded.Diagnostics.Any(d => files.Contains(d.Location.Path))) return null;
        var bag = new DiagnosticBag();
        ContentChecks.RunOnStories(publication, stories.Select(s => s.After).ToArray(), bag);
        if (bag.Sorted().Count > 0) return null;

        var patchedPlan = plan.With(publication, stories);
        var patchedLoad = loaded with { Publication = publication };
        var patchedKeys = new PageKeys(patchedPlan, patchedLoad.Hashes, last.SiteWide, compiled.Templates, keys);
        var after = stories.Select(s => s.After).ToHashSet(ReferenceEqualityComparer.Instance);
        var pages = Pages(patchedPlan, compiled, patchedKeys);
        return last with
        {
            Loaded = patchedLoad, Plan = patchedPlan, Keys = patchedKeys, Pages = pages, Patched = true,
            Files = pages.Showing(patchedPlan.Stories.Where(p => after.Contains(p.Story)).ToArray()),
        };
    }

    /// <summary>Forgets what the last runs read, so the next reads every file again.</summary>
    public void Forget()
    {
        _memo = null;
        _compiled = null;
    }

    private (Theme, ITemplateSet)? Compile(DiagnosticBag bag)
    {
        var theme = Theme.Load(paths, bag);
        return engine(theme, bag) is { } templates ? (theme, templates) : null;
    }

    private SitePages Pages(SitePlan plan, (Theme Theme, ITemplateSet Templates) compiled, PageKeys keys)
    {
        var views = new ViewFactory(plan, _excerpts);
        var analysis = new StoryAnalysis(new ArticleTexts(paths, plan.Site), views.Markdown, plan.Publication.Sources.Select(s => s.Name).ToArray(), plan.Site);
        return new SitePages(new PageMaker(plan, views, analysis, compiled.Templates, compiled.Theme, keys));
    }
}
