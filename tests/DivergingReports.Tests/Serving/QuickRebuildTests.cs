using DivergingReports.Planning;
using DivergingReports.Rendering.Templates;
using DivergingReports.Serving;
using DivergingReports.Tests.Support;

namespace DivergingReports.Tests.Serving;

/// <summary>
/// After an edit of breakdowns or articles that keeps the site's shape (which stories, their order,
/// their lists), <c>divrep serve</c> patches its last build and looks only at the files that show
/// the edited stories. Whatever the edit, the preview folder must then hold exactly what a preview
/// built from scratch holds, byte for byte, with the same problems: otherwise an editor would see
/// a stale card on the home page, an old title on an outlet's page, or a feed that lags behind.
/// Edits of any other kind take the whole rebuild, which must be just as exact.
/// </summary>
public class QuickRebuildTests
{
    private static readonly BuildOptions Options = new(BaseUrl: new Uri("http://127.0.0.1:4000/synthetic/"));

    // Twelve published stories, four to a page, six in the feeds, and the draft: every build of the
    // tests' many is of a publication whose lists still run to three pages.
    private const int Paginate = 4;
    private static readonly SyntheticPublication.StoryInfo[] Kept = SyntheticPublication.Stories.Where(s => s.Index < 12 || s.Draft).ToArray();
    private static readonly SyntheticPublication.StoryInfo[] Published = SyntheticPublication.Published.Intersect(Kept).ToArray();

    // Stories by their place in the site's order (newest first), so edits land on the first page of
    // the home list, on a later one, on the 404 page's five and in the latest feeds, or on none.
    private static SyntheticPublication.StoryInfo Newest => Published[0];
    private static SyntheticPublication.StoryInfo OnPageTwo => Published[Paginate + 2];
    private static SyntheticPublication.StoryInfo Oldest => Published[^1];
    private static SyntheticPublication.StoryInfo Draft => SyntheticPublication.Stories.Single(s => s.Draft);

    private static string BreakdownOf(SyntheticPublication.StoryInfo story) => $"content/breakdowns/{story.Date:yyyy-MM-dd}-{story.Slug}.yml";

    private static string ArticleOf(SyntheticPublication.StoryInfo story, int report) =>
        $"content/articles/{story.Date:yyyy-MM-dd}-{story.Sources[report]}-{story.Slug}.md";

    /// <summary>An edit: each file it changes and how.</summary>
    public sealed record Edit(string Path, Func<string, string> Change);

    private static Edit Replace(string path, string find, string by) => new(path, text =>
    {
        Assert.Contains(find, text);
        return text.Replace(find, by);
    });

    private static Edit Append(string path, string more) => new(path, text => text + more);

    /// <summary>Edits that keep the site's shape: the quick path takes them.</summary>
    public static TheoryData<string, Edit[]> ShapeKept => new()
    {
        { "an agreement of the newest story", [Replace(BreakdownOf(Newest), "agreements:\n", "agreements:\n  - A new point of agreement.\n")] },
        { "the title of the newest story (the 404 page and the latest feeds show it)", [Replace(BreakdownOf(Newest), $"title: '{Newest.Title}'", "title: 'The newest story, retitled'")] },
        { "the title of a story on page two", [Replace(BreakdownOf(OnPageTwo), $"title: '{OnPageTwo.Title}'", "title: 'A title that every list must now show'")] },
        { "the summary of the oldest story (its card's excerpt)", [Replace(BreakdownOf(Oldest), "summary: |\n  The ", "summary: |\n  Newly summarised, the ")] },
        { "a divergence's wording", [Replace(BreakdownOf(OnPageTwo), "  - topic: How many households are affected?", "  - topic: How many homes are affected?")] },
        { "an article's text (the comparison changes)", [Append(ArticleOf(OnPageTwo, 0), "\n“A new quotation,” said Anna Berg, and 7,500 more households were counted.\n")] },
        { "an article's headline (its outlet's page shows it)", [Replace(ArticleOf(Newest, 1), "title: '", "title: 'Revised: ")] },
        { "an article's language and translation (its story page shows them, the comparison reads it)",
            [Replace(ArticleOf(OnPageTwo, 1), "---\n\n", "language: ar\ntranslation:\n  by: The desk\n  text: \"“A translated quotation,” said Anna Berg.\"\n---\n\n")] },
        { "a breakdown and another story's article at once",
            [Replace(BreakdownOf(Newest), "agreements:\n", "agreements:\n  - Both changed.\n"), Append(ArticleOf(Oldest, 2), "\nOne more line.\n")] },
        { "the draft, which is published nowhere", [Replace(BreakdownOf(Draft), "agreements:\n", "agreements:\n  - Still a draft.\n")] },
    };

    /// <summary>Edits that may move anything (or bring a problem): the whole rebuild takes them.</summary>
    public static TheoryData<string, Edit[]> ShapeChanged => new()
    {
        { "a story's date (its place in every list)", [Replace(BreakdownOf(OnPageTwo), $"date: {OnPageTwo.Date:yyyy-MM-dd}", "date: 2030-01-01")] },
        { "a story's tags", [Replace(BreakdownOf(Newest), $"tags: [{string.Join(", ", Newest.Tags)}]", "tags: [brand-new-tag]")] },
        { "a story's slug (its address)", [Replace(BreakdownOf(Oldest), $"slug: {Oldest.Slug}", "slug: moved-elsewhere")] },
        { "a story made a draft", [Replace(BreakdownOf(OnPageTwo), $"slug: {OnPageTwo.Slug}\n", $"slug: {OnPageTwo.Slug}\ndraft: true\n")] },
        { "a story's updated date (its last change in the sitemap)", [Replace(BreakdownOf(Oldest), $"date: {Oldest.Date:yyyy-MM-dd}\n", $"date: {Oldest.Date:yyyy-MM-dd}\nupdated: 2031-03-03\n")] },
        { "an article given to another outlet", [Replace(ArticleOf(OnPageTwo, 0), $"source: {OnPageTwo.Sources[0]}", $"source: {SyntheticPublication.Sources.First(s => !OnPageTwo.Sources.Contains(s.Id)).Id}")] },
        { "an article's publication date", [Replace(ArticleOf(Newest, 0), $"published: {Newest.Date:yyyy-MM-dd}", "published: 2020-05-05")] },
        { "a report naming an unknown article (a problem)", [Replace(BreakdownOf(Newest), $"article: {Newest.Date:yyyy-MM-dd}-{Newest.Sources[0]}", "article: no-such")] },
        { "a breakdown YAML cannot read (a problem)", [Replace(BreakdownOf(Newest), "agreements:\n", "agreements: [\n")] },
        { "a template", [Append("templates/partials/card.sbn", "\n")] },
        { "an outlet's name", [Replace("content/sources/thames-observer.yml", "name: ", "name: The ")] },
        { "site.yml", [Replace("site.yml", "title: ", "title: The ")] },
    };

    [Theory]
    [MemberData(nameof(ShapeKept))]
    public void An_edit_that_keeps_the_shape_is_quick_and_leaves_what_a_fresh_preview_holds(string edit, Edit[] files)
    {
        using var run = new Run();
        var outcome = run.Apply(files);

        Assert.True(outcome.Succeeded, edit);
        Assert.True(outcome.Quick, $"{edit}: the quick path was not taken");
        run.AssertSameAsFresh(edit);
    }

    [Theory]
    [MemberData(nameof(ShapeChanged))]
    public void An_edit_that_changes_the_shape_takes_the_whole_rebuild_and_is_as_exact(string edit, Edit[] files)
    {
        using var run = new Run();
        var outcome = run.Apply(files);

        Assert.False(outcome.Quick, $"{edit}: the quick path was taken");
        run.AssertSameAsFresh(edit);
    }

    [Fact]
    public void Quick_edits_after_whole_rebuilds_and_a_mended_problem_stay_exact()
    {
        using var run = new Run();
        var breakdown = BreakdownOf(OnPageTwo);

        Assert.True(run.Apply(Replace(breakdown, "agreements:\n", "agreements:\n  - First.\n")).Quick);
        var broken = run.Apply(Replace(breakdown, "agreements:\n", "agreements: [\n"));
        Assert.False(broken.Succeeded);
        // The mend follows a failed rebuild: the preview's last good build is no longer the content's.
        var mended = run.Apply(Replace(breakdown, "agreements: [\n", "agreements:\n"));
        Assert.True(mended.Succeeded);
        Assert.False(mended.Quick);
        Assert.True(run.Apply(Replace(breakdown, "  - First.\n", "  - Second.\n")).Quick);
        // A new tag changes the site's shape (a new tag page): the whole rebuild. (A new date would too, but
        // leaves a warning on the file, that its name's date differs, which keeps every later edit whole.)
        Assert.False(run.Apply(Replace(breakdown, $"tags: [{string.Join(", ", OnPageTwo.Tags)}]", "tags: [brand-new-tag]")).Quick);
        Assert.True(run.Apply(Replace(breakdown, "  - Second.\n", "  - Third.\n")).Quick);

        run.AssertSameAsFresh("after six edits");
        Assert.Contains("Third.", File.ReadAllText(Path.Combine(run.Folder, "stories", OnPageTwo.Slug, "index.html")));
    }

    [Fact]
    public void A_quick_edit_of_a_blindspot_shows_on_the_blindspots_page()
    {
        using var run = new Run();
        // With a lean of its own, the Gazette puts all of this story's outlets right of the spectrum.
        var story = SyntheticPublication.Stories[5];
        Assert.Contains("gazette-du-rhone", story.Sources);
        Assert.False(run.Apply(Append("content/sources/gazette-du-rhone.yml", "lean: right\n")).Quick);
        Assert.Contains(story.Title, File.ReadAllText(Path.Combine(run.Folder, "blindspots", "index.html")));

        Assert.True(run.Apply(Replace(BreakdownOf(story), $"title: '{story.Title}'", "title: 'A one-sided story, retitled'")).Quick);

        run.AssertSameAsFresh("a blindspot retitled");
        Assert.Contains("A one-sided story, retitled", File.ReadAllText(Path.Combine(run.Folder, "blindspots", "index.html")));
    }

    [Fact]
    public void A_quick_rebuild_that_fails_half_way_is_followed_by_a_whole_one()
    {
        using var run = new Run();
        var article = ArticleOf(OnPageTwo, 1);
        var text = run.Project.Read(article);
        // The story's breakdown is saved while one of its articles is away (mid-save, not yet reported).
        run.Project.Delete(article);
        Assert.ThrowsAny<IOException>(() => run.Apply(Replace(BreakdownOf(OnPageTwo), "agreements:\n", "agreements:\n  - Saved while an article was away.\n")));
        run.Project.Write(article, text);

        // The next save is of another story; the first one's edit must show too.
        var next = run.Apply(Replace(BreakdownOf(Oldest), "agreements:\n", "agreements:\n  - Another story's edit.\n"));
        Assert.False(next.Quick);
        run.AssertSameAsFresh("after a quick rebuild failed half-way");
        Assert.Contains("Saved while an article was away.", File.ReadAllText(Path.Combine(run.Folder, "stories", OnPageTwo.Slug, "index.html")));
    }

    /// <summary>A preview of the synthetic publication, built once before the edits.</summary>
    private sealed class Run : IDisposable
    {
        private readonly TestProject _project = SyntheticPublication.CreateTrimmed(Kept, Paginate, feedItems: 6);

        public TestProject Project => _project;
        private readonly string _fresh;
        private readonly PreviewSession _session;

        public Run()
        {
            Folder = _project.PathOf(".preview");
            _fresh = _project.PathOf(".fresh");
            _session = new PreviewSession(_project.Paths, Folder, Options, ScribanTemplateSet.Load);
            Assert.True(_session.Rebuild().Succeeded);
        }

        public string Folder { get; }

        /// <summary>Makes the edit and rebuilds as the watcher would have it: with the paths of the files it changed.</summary>
        public RebuildOutcome Apply(params Edit[] edits)
        {
            foreach (var edit in edits) _project.Write(edit.Path, edit.Change(_project.Read(edit.Path)));
            return _last = _session.Rebuild(edits.Select(e => e.Path).Distinct().ToArray());
        }

        private RebuildOutcome? _last;

        public void AssertSameAsFresh(string edit)
        {
            if (Directory.Exists(_fresh)) Directory.Delete(_fresh, recursive: true);
            var fresh = new PreviewSession(_project.Paths, _fresh, Options, ScribanTemplateSet.Load);
            var outcome = fresh.Rebuild();
            Assert.Equal(outcome.Diagnostics.Select(d => d.ToString()), _last!.Diagnostics.Select(d => d.ToString()));
            // A build with errors writes nothing; the preview keeps showing the last good site.
            Assert.Equal(outcome.Succeeded, _last.Succeeded);
            if (!outcome.Succeeded) return;

            var files = new BuiltSite(Folder, Options.BaseUrl!).Snapshot();
            var expected = new BuiltSite(_fresh, Options.BaseUrl!).Snapshot();
            Assert.Equal(expected.Keys, files.Keys);
            foreach (var (path, bytes) in expected)
                Assert.True(bytes.AsSpan().SequenceEqual(files[path]), $"{edit}: {path} differs from a fresh preview's");
        }

        public void Dispose() => _project.Dispose();
    }
}
