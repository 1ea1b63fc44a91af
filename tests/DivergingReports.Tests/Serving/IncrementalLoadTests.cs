using System.Globalization;
using System.Runtime.CompilerServices;
using DivergingReports.Content;
using DivergingReports.Tests.Support;

namespace DivergingReports.Tests.Serving;

/// <summary>
/// <c>divrep serve</c> reads again only the files an edit changed and reuses what it read of the
/// others. After any edit, that load must say exactly what a load of everything says: the same
/// problems at the same places, the same model, the same file hashes. Otherwise the preview would
/// show a problem already fixed, or miss one just made.
/// </summary>
public class IncrementalLoadTests
{
    private const string Breakdown = "content/breakdowns/2025-07-03-talks.yml";
    private const string Alpha = "content/sources/alpha.yml";
    private const string AlphaArticle = "content/articles/alpha-talks.md";
    private const string BetaArticle = "content/articles/beta-talks.md";

    /// <summary>An edit: the files it writes (null text deletes) — each a path the watcher would report.</summary>
    public static TheoryData<string, (string Path, string? Text)[]> Edits => new()
    {
        { "breakdown title", [(Breakdown, TestProject.Story.Replace("title: The talks", "title: The long talks"))] },
        { "breakdown made unreadable", [(Breakdown, TestProject.Story.Replace("title: The talks", "title: \"The talks"))] },
        { "breakdown names an unknown article", [(Breakdown, TestProject.Story.Replace("article: beta-talks", "article: beta-talk"))] },
        { "article names an unknown source", [(BetaArticle, TestProject.BetaArticle.Replace("source: beta", "source: gamma"))] },
        { "article's front matter not closed", [(AlphaArticle, TestProject.AlphaArticle.Replace("published: 2025-07-03\n---", "published: 2025-07-03"))] },
        // The alpha article names no source: its source comes from the domains, so it must be read again.
        { "source gives its domain away", [(Alpha, TestProject.AlphaSource + "\ndomains: [elsewhere.example]\n")] },
        { "source's country changed", [(Alpha, TestProject.AlphaSource.Replace("country: NO", "country: SE"))] },
        { "site's time zone changed", [("site.yml", TestProject.SiteYml.Replace("Europe/Oslo", "America/New_York"))] },
        { "article added and used by no story", [("content/articles/gamma-talks.md", TestProject.BetaArticle.Replace("Beta reports", "Gamma reports"))] },
        { "article deleted", [(BetaArticle, null)] },
        { "breakdown deleted", [(Breakdown, null)] },
        { "a .yaml file beside the breakdowns", [("content/breakdowns/extra.yaml", "title: x\n")] },
        { "an editor's swap file", [("content/breakdowns/.2025-07-03-talks.yml.swp", "binary")] },
    };

    [Theory]
    [MemberData(nameof(Edits))]
    public void A_load_after_an_edit_says_what_a_load_of_everything_says(string edit, (string Path, string? Text)[] files)
    {
        using var project = new TestProject();
        var before = PublicationLoader.Load(project.Paths);
        Apply(project, files);

        var again = PublicationLoader.Load(project.Paths, before.Memo, files.Select(f => f.Path).ToArray());

        AssertSame(PublicationLoader.Load(project.Paths), again, edit);
    }

    [Fact]
    public void A_problem_made_and_then_mended_in_two_edits_is_gone_after_the_second()
    {
        using var project = new TestProject();
        var first = PublicationLoader.Load(project.Paths);
        project.Write(Breakdown, TestProject.Story.Replace("title: The talks", "title: \"The talks"));
        var broken = PublicationLoader.Load(project.Paths, first.Memo, [Breakdown]);
        Assert.True(broken.HasErrors);

        project.Write(Breakdown, TestProject.Story.Replace("title: The talks", "title: The mended talks"));
        var mended = PublicationLoader.Load(project.Paths, broken.Memo, [Breakdown]);

        Assert.False(mended.HasErrors, string.Join("\n", mended.Diagnostics));
        Assert.Equal("The mended talks", Assert.Single(mended.Publication.Stories).Title);
        AssertSame(PublicationLoader.Load(project.Paths), mended, "mended");
    }

    [Fact]
    public void Files_the_edit_did_not_touch_are_not_read_again()
    {
        using var project = new TestProject();
        var before = PublicationLoader.Load(project.Paths);
        project.Write(Breakdown, TestProject.Story.Replace("title: The talks", "title: The long talks"));
        // Unreadable bytes in a file the watcher did not report: reading it again would report them.
        File.WriteAllBytes(project.PathOf(BetaArticle), [0xC3, 0x28]);

        var again = PublicationLoader.Load(project.Paths, before.Memo, [Breakdown]);

        Assert.False(again.HasErrors, string.Join("\n", again.Diagnostics));
        Assert.Equal("The long talks", Assert.Single(again.Publication.Stories).Title);
    }

    [Fact]
    public void A_load_after_an_edit_lets_the_loads_before_it_go()
    {
        using var project = new TestProject();
        var (first, latest) = LoadAfterEdits(project, edits: 3);
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        // Serve keeps only the latest load: one that held the load before it would grow at every save.
        Assert.False(first.IsAlive, "the first load is still held");
        Assert.Single(latest.Publication.Stories);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static (WeakReference First, LoadResult Latest) LoadAfterEdits(TestProject project, int edits)
    {
        var load = PublicationLoader.Load(project.Paths, null, null);
        var first = new WeakReference(load.Memo);
        for (var i = 1; i <= edits; i++)
        {
            project.Write(Breakdown, TestProject.Story.Replace("title: The talks", $"title: The talks, day {i}"));
            load = PublicationLoader.Load(project.Paths, load.Memo, [Breakdown]);
        }
        return (first, load);
    }

    private static void Apply(TestProject project, (string Path, string? Text)[] files)
    {
        foreach (var (path, text) in files)
        {
            if (text is null) project.Delete(path);
            else project.Write(path, text);
        }
    }

    private static void AssertSame(LoadResult expected, LoadResult actual, string edit)
    {
        Assert.True(expected.Diagnostics.Select(d => d.ToString()).SequenceEqual(actual.Diagnostics.Select(d => d.ToString())),
            $"after '{edit}' the problems differ:\nexpected:\n{string.Join("\n", expected.Diagnostics)}\nactual:\n{string.Join("\n", actual.Diagnostics)}");
        Assert.Equal(Describe(expected), Describe(actual));
        Assert.Equal(expected.Hashes.All.OrderBy(h => h.Key, StringComparer.Ordinal), actual.Hashes.All.OrderBy(h => h.Key, StringComparer.Ordinal));
    }

    /// <summary>The model as text: every field a page or a check reads.</summary>
    private static string Describe(LoadResult result)
    {
        var p = result.Publication;
        var lines = new List<string> { $"site {p.Site.Title} {p.Site.TimeZone.Id}" };
        lines.AddRange(p.Sources.Select(s => $"source {s.Id} {s.Name} {s.Country} {string.Join(",", s.Domains.Select(d => d.Value))}"));
        lines.AddRange(p.Articles.Select(a => string.Create(CultureInfo.InvariantCulture,
            $"article {a.Id} {a.Title} {a.SourceId} {a.Url} {a.Published.Instant:O} {a.BodyLine}")));
        lines.AddRange(p.Stories.Select(s => string.Create(CultureInfo.InvariantCulture,
            $"story {s.Id} {s.Title} {s.Slug.Value} {s.Date.Instant:O} {string.Join(",", s.Reports.Select(r => r.Article.Value))}")));
        lines.AddRange(p.Pages.Select(g => $"page {g.Id} {g.Title}"));
        return string.Join("\n", lines);
    }
}
