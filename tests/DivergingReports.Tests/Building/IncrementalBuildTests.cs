using System.Text.RegularExpressions;
using DivergingReports.Tests.Support;

namespace DivergingReports.Tests.Building;

/// <summary>
/// A rebuild into the same folder never serves a stale page: after any one edit, the site rebuilt
/// in place (over the previous build, with whatever cache the build keeps beside it) is byte for
/// byte the site a build from scratch writes into a fresh folder. These guard the build cache, which
/// renders only the pages an edit touches and takes the rest from the previous build.
/// </summary>
public class IncrementalBuildTests(IncrementalBuildTests.PublicationFixture publication) : IClassFixture<IncrementalBuildTests.PublicationFixture>
{
    // Nine published stories, four to a page (the home page has three pages), six in the feeds, and the draft.
    private const int StoriesKept = 9;

    private const string Output = "_site";

    private static readonly SyntheticPublication.StoryInfo[] Kept =
        SyntheticPublication.Stories.Where(s => s.Index < StoriesKept || s.Draft).ToArray();

    // The second-newest story: on the first home page and in the site's feeds.
    private static readonly SyntheticPublication.StoryInfo Edited = SyntheticPublication.Stories[7];

    private static readonly string EditedBreakdown = BreakdownFile(Edited);

    private static readonly string EditedArticle = $"content/articles/{ArticleIds(Edited)[0]}.md";

    // The outlet that reports the most stories: its name is on each of their pages.
    private static readonly string EditedSource = "content/sources/"
        + Kept.SelectMany(s => s.Sources).GroupBy(id => id).MaxBy(g => g.Count())!.Key + ".yml";

    // ---- One edit, then the rebuild in place equals the build from scratch ----------------------

    /// <summary>Each edit an editor can make, by name (the names are what the test runner shows).</summary>
    private static readonly Dictionary<string, Action<TestProject>> Edits = new()
    {
        ["breakdown title and summary"] = p =>
        {
            ReplaceFirst(p, EditedBreakdown, "title: '", "title: 'Revised: ");
            ReplaceFirst(p, EditedBreakdown, "drew coverage from", "was reported by");
        },
        ["article body"] = p => ReplaceFirst(p, EditedArticle, "is expected to speak again", "will speak once more"),
        ["article front-matter title"] = p => ReplaceFirst(p, EditedArticle, "title: '", "title: 'Revised: "),
        ["source name"] = p => ReplaceFirst(p, EditedSource, "name: '", "name: 'Renamed "),
        ["site title"] = p => ReplaceFirst(p, "site.yml", "title: Synthetic Reports", "title: Synthetic Reviews"),
        ["story template"] = p => ReplaceFirst(p, "templates/story.sbn", "Diverging Reports breakdown", "Diverging Reports comparison"),
        ["card partial"] = p => ReplaceFirst(p, "templates/partials/card.sbn", "<dt>Reports</dt>", "<dt>Reports compared</dt>"),
        ["entry partial"] = p => ReplaceFirst(p, "templates/partials/entry.sbn", " · ", " — "),
        ["base template"] = p => ReplaceFirst(p, "templates/base.sbn", "No tracking, no ads, no cookies.", "No tracking and no ads."),
        ["stylesheet"] = p => p.Write("templates/assets/style.css", p.Read("templates/assets/style.css") + "\n.card { outline: 1px solid; }\n"),
        ["breakdown deleted"] = p => p.Delete(EditedBreakdown),
        ["breakdown added"] = AddStory,
        ["free page edited"] = p =>
        {
            ReplaceFirst(p, "content/pages/about.md", "title: About this publication", "title: About us");
            ReplaceFirst(p, "content/pages/about.md", "a *generated* publication", "a *made-up* publication");
        },
        ["free page deleted"] = p => p.Delete("content/pages/about.md"),
    };

    public static TheoryData<string> EditNames => new(Edits.Keys);

    [Theory]
    [MemberData(nameof(EditNames))]
    public void A_rebuild_after_an_edit_equals_a_build_from_scratch(string edit)
    {
        using var project = Publication();
        var before = Build(project);

        Edits[edit](project);
        var rebuilt = Build(project);

        AssertSameTree(CleanBuild(project), rebuilt, $"after the edit '{edit}'");
        Assert.True(FirstDifference(before, rebuilt) is not null, $"the edit '{edit}' changed nothing in the site: the test edits the wrong thing");
    }

    [Fact]
    public void Touching_every_input_without_changing_it_changes_nothing()
    {
        using var project = Publication();
        var before = Build(project);

        var now = DateTime.UtcNow;
        foreach (var file in InputFiles(project)) File.SetLastWriteTimeUtc(file, now);
        var rebuilt = Build(project);

        AssertSameTree(before, rebuilt, "after touching every input");
        AssertSameTree(CleanBuild(project), rebuilt, "after touching every input");
    }

    /// <summary>
    /// An edit that keeps the file's length, written right after the build, is noticed even where the
    /// file system's clock is too coarse to tell the two writes apart: here the file's size and
    /// last-write time are set back exactly as they were, so only its bytes tell.
    /// </summary>
    [Theory]
    [InlineData("breakdown title", "breakdown", "title: '")]
    [InlineData("article text", "article", "again next w")]
    [InlineData("source name", "source", "name: '")]
    [InlineData("story template", "templates/story.sbn", "Diverging Reports b")]
    public void An_edit_of_the_same_length_in_the_same_second_is_noticed(string what, string file, string before)
    {
        var relative = file switch { "breakdown" => EditedBreakdown, "article" => EditedArticle, "source" => EditedSource, _ => file };
        using var project = Publication();
        var path = project.PathOf(relative);
        var site = Build(project);

        // One letter replaced by another, right after the build; then the size and time are what they were.
        var time = File.GetLastWriteTimeUtc(path);
        var length = new FileInfo(path).Length;
        var text = project.Read(relative);
        var at = text.IndexOf(before, StringComparison.Ordinal) + before.Length;
        Assert.True(at >= before.Length && char.IsAsciiLetter(text[at]), $"no letter after '{before}' in {relative}");
        var letter = text[at] switch { 'x' => 'y', 'X' => 'Y', >= 'A' and <= 'Z' => 'X', _ => 'x' };
        project.Write(relative, text[..at] + letter + text[(at + 1)..]);
        File.SetLastWriteTimeUtc(path, time);
        Assert.Equal(length, new FileInfo(path).Length);
        var rebuilt = Build(project);

        AssertSameTree(CleanBuild(project), rebuilt, $"after a same-length edit of the {what}");
        Assert.True(FirstDifference(site, rebuilt) is not null, $"the edit of the {what} changed nothing in the site: the test edits the wrong thing");
    }

    // ---- The output folder changed by hand ------------------------------------------------------

    [Fact]
    public void A_page_deleted_or_changed_by_hand_in_the_output_is_restored()
    {
        using var project = Publication();
        Build(project);
        var site = project.PathOf(Output);
        var story = Path.Combine(site, $"stories/{Edited.Slug}/index.html");
        var home = Path.Combine(site, "index.html");
        Assert.True(File.Exists(story));

        File.Delete(story);
        File.WriteAllBytes(home, [.. File.ReadAllBytes(home), .. "<p>edited by hand</p>"u8]); // in place: the same file, not a new one
        File.WriteAllText(Path.Combine(site, "stray.html"), "<p>not part of the site</p>");
        var rebuilt = Build(project);

        AssertSameTree(CleanBuild(project), rebuilt, "after pages of the output were deleted, changed and added by hand");
    }

    // ---- Build options --------------------------------------------------------------------------

    [Theory]
    [InlineData("", "--drafts")]
    [InlineData("--drafts", "")]
    [InlineData("", "--base-url https://mirror.example/elsewhere/")]
    [InlineData("--base-url https://mirror.example/elsewhere/", "")]
    public void A_rebuild_with_other_options_equals_a_build_from_scratch_with_those_options(string first, string second)
    {
        using var project = Publication();
        var before = Build(project, Arguments(first));

        var rebuilt = Build(project, Arguments(second));

        AssertSameTree(CleanBuild(project, Arguments(second)), rebuilt, $"building with '{second}' after '{first}'");
        Assert.True(FirstDifference(before, rebuilt) is not null, $"'{first}' and '{second}' build the same site: the test compares nothing");
    }

    // ---- Nothing changed ------------------------------------------------------------------------

    [Fact]
    public void A_rebuild_without_changes_writes_nothing_and_leaves_every_file_as_it_was()
    {
        using var project = Publication();
        var before = Build(project);
        var output = project.PathOf(Output);
        var times = before.Keys.ToDictionary(f => f, f => File.GetLastWriteTimeUtc(Path.Combine(output, f)));

        var run = project.Run("build");

        Assert.True(run.ExitCode == 0, run.Out + run.Error);
        // The counts of the build's WriteResult: written, unchanged (taken from the previous build), removed.
        var counts = Regex.Match(run.Out, @"\((\d+) written, (\d+) unchanged, (\d+) removed");
        Assert.True(counts.Success, "no counts in: " + run.Out);
        Assert.Equal(("0", before.Count.ToString(), "0"), (counts.Groups[1].Value, counts.Groups[2].Value, counts.Groups[3].Value));
        AssertSameTree(before, Tree(output), "after a rebuild without changes");
        foreach (var (file, time) in times)
            Assert.True(time == File.GetLastWriteTimeUtc(Path.Combine(output, file)), $"{file} was written again (its last-write time changed)");
    }

    // ---- The build cache itself ----------------------------------------------------------------

    [Theory]
    [InlineData("cut short")]
    [InlineData("garbage")]
    [InlineData("deleted")]
    public void A_damaged_or_missing_build_cache_only_costs_a_full_build(string damage)
    {
        using var project = Publication();
        Build(project);
        var cache = Path.Combine(project.Root, $".{Output}.divrep-cache");
        Assert.True(File.Exists(cache), "the build cache is not beside the output folder");
        var bytes = File.ReadAllBytes(cache);
        switch (damage)
        {
            case "cut short": File.WriteAllBytes(cache, bytes[..(bytes.Length / 2)]); break;
            case "garbage": File.WriteAllBytes(cache, bytes.Select((b, i) => (byte)(b ^ (i % 7 == 3 ? 0x5A : 0))).ToArray()); break;
            default: File.Delete(cache); break;
        }
        ReplaceFirst(project, EditedBreakdown, "title: '", "title: 'Revised: ");

        var rebuilt = Build(project);

        AssertSameTree(CleanBuild(project), rebuilt, $"after the cache was {damage}");
    }

    // ---- The publication, and building it from scratch ------------------------------------------

    /// <summary>
    /// The synthetic publication cut down to its first stories (and the draft), with a second free
    /// page: made once, and copied into a new folder for each test.
    /// </summary>
    public sealed class PublicationFixture : IDisposable
    {
        public TestProject Original { get; } = SyntheticPublication.CreateTrimmed(Kept, paginate: 4, feedItems: 6);

        public PublicationFixture()
        {
            Original.Write("content/pages/methodology.md", """
                ---
                title: Methodology
                ---

                How the stories are compared: side by side, report by report, with the [latest stories](../) first.
                """);
        }

        public void Dispose() => Original.Dispose();
    }

    private TestProject Publication() => CopyOf(publication.Original);

    /// <summary>A new project in a new, empty folder, holding a copy of the inputs of <paramref name="project"/> (site.yml, content/, templates/) and nothing else.</summary>
    private static TestProject CopyOf(TestProject project)
    {
        var copy = new TestProject(minimal: false);
        Assert.Empty(Directory.EnumerateFileSystemEntries(copy.Root));
        foreach (var file in InputFiles(project))
        {
            var target = copy.PathOf(Path.GetRelativePath(project.Root, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
        return copy;
    }

    private static string BreakdownFile(SyntheticPublication.StoryInfo story) => $"content/breakdowns/{story.Date:yyyy-MM-dd}-{story.Slug}.yml";

    private static string[] ArticleIds(SyntheticPublication.StoryInfo story) =>
        story.Sources.Select(source => $"{story.Date:yyyy-MM-dd}-{source}-{story.Slug}").ToArray();

    /// <summary>A new story, newer than all others: every listing page shifts by one.</summary>
    private static void AddStory(TestProject project)
    {
        string[] sources = ["harbor-ledger", "thames-observer"];
        foreach (var source in sources)
            project.Write($"content/articles/2025-06-01-{source}-new-ferry.md", $"""
                ---
                title: A new ferry for Valmora, says {source}
                source: {source}
                published: 2025-06-01
                ---

                The ferry starts next week, officials said.
                """);
        project.Write("content/breakdowns/2025-06-01-new-ferry.yml", """
            title: A new ferry for Valmora
            date: 2025-06-01
            tags: [transport, economy]
            summary: |
              A ferry line opens between Valmora and Port Ellis.
            reports:
              - article: 2025-06-01-harbor-ledger-new-ferry
                summary: Says it starts next week.
              - article: 2025-06-01-thames-observer-new-ferry
                summary: Says it starts next month.
            divergences:
              - topic: When does it start?
                positions:
                  harbor-ledger: Next week.
                  thames-observer: Next month.
            agreements:
              - A ferry line opens.
            """);
    }

    /// <summary>Runs <c>divrep build</c> in-process into the project's _site and returns what the folder then holds.</summary>
    private static SortedDictionary<string, byte[]> Build(TestProject project, params string[] args)
    {
        var run = project.Run(["build", .. args]);
        Assert.True(run.ExitCode == 0, $"build {string.Join(' ', args)} failed ({run.ExitCode}):\n{run.Out}\n{run.Error}");
        return Tree(project.PathOf(Output));
    }

    /// <summary>
    /// The project's inputs copied into a new, empty folder and built there: no previous site, and
    /// nothing beside the output folder that an earlier build left.
    /// </summary>
    private static SortedDictionary<string, byte[]> CleanBuild(TestProject project, params string[] args)
    {
        using var clean = CopyOf(project);
        return Build(clean, args);
    }

    private static IEnumerable<string> InputFiles(TestProject project) =>
        new[] { project.Paths.Content, project.Paths.Templates }
            .SelectMany(folder => Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories))
            .Prepend(project.Paths.SiteFile);

    private static string[] Arguments(string line) => line.Split(' ', StringSplitOptions.RemoveEmptyEntries);

    private static void ReplaceFirst(TestProject project, string relative, string old, string replacement)
    {
        var text = project.Read(relative);
        var at = text.IndexOf(old, StringComparison.Ordinal);
        Assert.True(at >= 0, $"'{old}' is not in {relative}");
        project.Write(relative, text[..at] + replacement + text[(at + old.Length)..]);
    }

    // ---- Comparing two built sites --------------------------------------------------------------

    /// <summary>Every file of a built site by its path relative to the site's folder, with its bytes.</summary>
    private static SortedDictionary<string, byte[]> Tree(string folder) =>
        new(Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(folder, f).Replace('\\', '/'), File.ReadAllBytes), StringComparer.Ordinal);

    /// <summary>The first path (in ordinal order) that only one tree has or whose bytes differ, or null when the trees are the same.</summary>
    private static string? FirstDifference(SortedDictionary<string, byte[]> expected, SortedDictionary<string, byte[]> actual) =>
        expected.Keys.Union(actual.Keys).Order(StringComparer.Ordinal).FirstOrDefault(path =>
            !expected.TryGetValue(path, out var a) || !actual.TryGetValue(path, out var b) || !a.AsSpan().SequenceEqual(b));

    /// <summary>Fails, naming the first differing path, unless the two sites hold the same paths with the same bytes.</summary>
    private static void AssertSameTree(SortedDictionary<string, byte[]> expected, SortedDictionary<string, byte[]> actual, string when)
    {
        if (FirstDifference(expected, actual) is not { } path) return;
        var why = !actual.ContainsKey(path) ? "is missing from the rebuilt site"
            : !expected.ContainsKey(path) ? "is in the rebuilt site but should not be"
            : "has other bytes in the rebuilt site";
        Assert.Fail($"{when}: {path} {why} ({expected.Count} files expected, {actual.Count} found)");
    }
}
