using System.Diagnostics;
using DivergingReports.Building;
using DivergingReports.Content;
using DivergingReports.Diagnostics;
using DivergingReports.Planning;
using DivergingReports.Rendering;
using DivergingReports.Rendering.Templates;
using DivergingReports.Validation;
using DivergingReports.Writing;

namespace DivergingReports.Serving;

/// <summary>What one preview rebuild did; <paramref name="Full"/> when it read everything, <paramref name="Quick"/> when it took the quick path for an edit that kept the site's shape.</summary>
public sealed record RebuildOutcome(bool Succeeded, IReadOnlyList<Diagnostic> Diagnostics, PreviewWriteResult? Written, TimeSpan Took, bool Full)
{
    public bool Quick { get; init; }
}

/// <summary>
/// The site as <c>divrep serve</c> shows it: built into a private folder (never _site/), rebuilt
/// after each change. A rebuild reads again only the files that changed, and renders only the
/// files whose inputs changed (their keys). An edit of breakdowns or articles that keeps the site's
/// shape (<see cref="SiteShape"/>) and brings no problem takes a quicker path still: the last good
/// build is patched, and only the files that show the edited stories are considered. A rebuild
/// that fails keeps the last good site and its problems are kept for the browser overlay.
/// </summary>
public sealed class PreviewSession
{
    private readonly ProjectPaths _paths;
    private readonly BuildOptions _options;
    private readonly Lock _lock = new();
    private readonly Dictionary<string, UInt128> _written = new(StringComparer.Ordinal);
    private LoadMemo? _memo;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> _excerpts = new(StringComparer.Ordinal);
    private (ScribanTemplateSet Set, Theme Theme)? _templates;
    private LastBuild? _last;

    /// <summary>The last good rebuild, which an edit that keeps the site's shape patches.</summary>
    private sealed record LastBuild(LoadResult Loaded, SitePlan Plan, UInt128 SiteWide, PageKeys Keys)
    {
        /// <summary>
        /// For each article id, the ids of the stories that report it; made at the first edit of an
        /// article, and kept by the builds patched from this one (their reports are the same).
        /// </summary>
        public Lazy<ILookup<string, string>> StoriesByArticle { get; init; } = new(() => Loaded.Publication.Stories
            .SelectMany(s => s.Reports.Select(r => (Article: r.Article.Value, Story: s.Id))).ToLookup(x => x.Article, x => x.Story, StringComparer.Ordinal));
    }

    public PreviewSession(ProjectPaths paths, string folder, BuildOptions options)
    {
        _paths = paths;
        Folder = folder;
        _options = options;
        Directory.CreateDirectory(folder);
    }

    /// <summary>Where the preview's files are.</summary>
    public string Folder { get; }

    /// <summary>The site's root path ("/" or "/diverging-reports/"), from the last good build.</summary>
    public string BasePath { get; private set; } = "/";

    /// <summary>The problems of the last rebuild; empty when it succeeded.</summary>
    public IReadOnlyList<Diagnostic> Problems { get; private set; } = [];

    /// <summary>Rebuilds after <paramref name="changedPaths"/> (project-relative); null or empty means everything.</summary>
    public RebuildOutcome Rebuild(IReadOnlyCollection<string>? changedPaths = null)
    {
        lock (_lock)
        {
            var clock = Stopwatch.StartNew();
            var full = changedPaths is not { Count: > 0 };
            if (!full && _last is { } last && _templates is { } current)
            {
                try
                {
                    if (Quick(last, current.Set, current.Theme, changedPaths!, clock) is { } quick) return quick;
                }
                catch
                {
                    _last = null; // left half-done (a file unreadable mid-save): the next rebuild is a whole one
                    throw;
                }
            }
            _last = null;
            var loaded = PublicationLoader.Load(_paths, full ? null : _memo, changedPaths);
            _memo = loaded.Memo;
            var bag = new DiagnosticBag();
            foreach (var d in loaded.Diagnostics) bag.Add(d);
            if (full || _templates is null || changedPaths!.Any(p => p.StartsWith("templates/", StringComparison.Ordinal)))
            {
                var theme = Theme.Load(_paths, bag);
                _templates = ScribanTemplateSet.Load(theme, bag) is { } set ? (set, theme) : null;
            }
            if (bag.HasErrors || _templates is not { } templates) return Fail(bag, clock);

            var base_ = _options.BaseUrl ?? loaded.Publication.Site.BaseUrl;
            var options = _options with { BaseUrl = base_ };
            var plan = new SitePlan(loaded.Publication, options);
            var views = new ViewFactory(plan, _excerpts);
            var siteWide = PageKeys.SiteWide(PageKeys.Options(options), loaded.Hashes.Of("site.yml"));
            var keys = new PageKeys(plan, loaded.Hashes, siteWide, templates.Set);
            try
            {
                var written = PreviewWriter.Write(Folder, new SitePages(plan, views, templates.Set, templates.Theme, keys).All(), _written);
                BasePath = plan.Urls.BasePath;
                Problems = [];
                if (!loaded.HasErrors) _last = new LastBuild(loaded, plan, siteWide, keys);
                return new RebuildOutcome(true, loaded.Diagnostics, written, clock.Elapsed, full);
            }
            catch (TemplateException e)
            {
                foreach (var d in e.Diagnostics) bag.Add(d);
                return Fail(bag, clock);
            }
        }
    }

    /// <summary>
    /// The quick path: null when the edit is not one it can take (another kind of file, a change of
    /// the site's shape, a problem before or after in the files concerned), and the whole rebuild runs.
    /// </summary>
    private RebuildOutcome? Quick(LastBuild last, ScribanTemplateSet templates, Theme theme,
        IReadOnlyCollection<string> changed, Stopwatch clock)
    {
        var edits = PublicationLoader.ReadEdits(_paths, last.Loaded, changed);
        if (edits is null || edits.Problems.Count > 0) return null;
        var before = last.Loaded.Publication;
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
        // A problem known in any of their files may move or go with the edit: the whole rebuild tells.
        var files = changed.Concat(stories.Select(s => s.After.At.Path)).ToHashSet(StringComparer.Ordinal);
        if (last.Loaded.Diagnostics.Any(d => files.Contains(d.Location.Path))) return null;
        var bag = new DiagnosticBag();
        ContentChecks.RunOnStories(publication, stories.Select(s => s.After).ToArray(), bag);
        if (bag.Sorted().Count > 0) return null;

        var plan = last.Plan.With(publication, stories);
        var loaded = last.Loaded with { Publication = publication };
        var keys = new PageKeys(plan, loaded.Hashes, last.SiteWide, templates, last.Keys);
        var after = stories.Select(s => s.After).ToHashSet(ReferenceEqualityComparer.Instance);
        var planned = plan.Stories.Where(p => after.Contains(p.Story)).ToArray();
        try
        {
            var pages = new SitePages(plan, new ViewFactory(plan, _excerpts), templates, theme, keys);
            var written = PreviewWriter.Write(Folder, pages.Showing(planned), _written, someFiles: true);
            _last = last with { Loaded = loaded, Plan = plan, Keys = keys };
            return new RebuildOutcome(true, loaded.Diagnostics, written, clock.Elapsed, Full: false) { Quick = true };
        }
        catch (TemplateException)
        {
            return null; // the whole rebuild reports it
        }
    }

    private RebuildOutcome Fail(DiagnosticBag bag, Stopwatch clock)
    {
        var diagnostics = bag.Sorted();
        Problems = diagnostics.Where(d => d.IsError).ToArray();
        return new RebuildOutcome(false, diagnostics, null, clock.Elapsed, true);
    }
}
