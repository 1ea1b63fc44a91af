using System.Diagnostics;
using System.Text.Json;
using AngleSharp.Html.Parser;
using DivergingReports.Tests.Support;
using DivergingReports.Tests.Writing;
using DivergingReports.Writing;

namespace DivergingReports.Tests.Search;

/// <summary>
/// <c>divrep build --search</c>: the real Pagefind indexes the pages the theme marks for readers'
/// searches, the index goes into the output with the site in one switch, and when Pagefind is
/// missing, fails or is killed, the previous site and its index stay as they were.
/// </summary>
public class SearchBuildTests
{
    private static readonly HtmlParser Parser = new();

    [SkippableFact]
    public void A_build_with_search_indexes_every_page_marked_for_search_and_only_those()
    {
        using var project = new TestProject().WithPagefind();
        var run = project.Run("build", "--search");
        Assert.True(run.ExitCode == 0, run.Out + run.Error);
        var site = project.PathOf("_site");

        var marked = Directory.GetFiles(site, "*.html", SearchOption.AllDirectories)
            .Where(f => Parser.ParseDocument(File.ReadAllText(f)).QuerySelector("[data-pagefind-body]") is not null)
            .ToArray();
        Assert.NotEmpty(marked);
        using var entry = JsonDocument.Parse(File.ReadAllText(Path.Combine(site, "pagefind", "pagefind-entry.json")));
        var languages = entry.RootElement.GetProperty("languages");
        Assert.Equal(marked.Length, languages.EnumerateObject().Sum(l => l.Value.GetProperty("page_count").GetInt32()));
        Assert.True(File.Exists(Path.Combine(site, "pagefind", "pagefind.js")), "no pagefind.js for the search page to load");
        Assert.Contains(run.Lines, l => l.StartsWith("build:", StringComparison.Ordinal) && l.Contains($"a search index of {marked.Length} pages", StringComparison.Ordinal));

        // Nothing changed: the build stops after comparing, and the index stays as it was.
        var before = SiteManifest.Of(site);
        var again = project.Run("build", "--search");
        Assert.Equal(0, again.ExitCode);
        Assert.DoesNotContain("search index", again.Out);
        Assert.True(SiteManifest.Same(before, SiteManifest.Of(site)), "a build that changed nothing changed the site or its index");
    }

    [SkippableFact]
    public void A_site_without_search_sends_none_of_its_attributes_and_shows_the_same_pages()
    {
        // The synthetic publication, without search and (with one story more) with it.
        var plain = ReadOnlySite.SyntheticPublication.Site;
        var searchable = ReadOnlySite.SearchablePublication.Site;
        static string[] Marks(AngleSharp.Dom.IDocument page) => page.QuerySelectorAll("*")
            .SelectMany(e => e.Attributes.Where(a => a.Name.StartsWith("data-pagefind", StringComparison.Ordinal)).Select(a => $"{e.LocalName} {a.Name}")).ToArray();

        var pages = plain.HtmlFiles().ToArray();
        Assert.True(pages.Length > 20, $"only {pages.Length} pages");
        Assert.All(pages, page => Assert.Empty(Marks(plain.Html(page))));

        // With search, the same pages carry them; a story page says the same to a reader.
        var stories = pages.Where(p => p.StartsWith("stories/", StringComparison.Ordinal)).Take(3).ToArray();
        foreach (var page in stories.Append(pages.First(p => p.StartsWith("countries/", StringComparison.Ordinal) && p != "countries/index.html"))
            .Append(pages.First(p => p.StartsWith("sources/", StringComparison.Ordinal) && p != "sources/index.html")))
        {
            var marked = searchable.Html(page);
            Assert.Contains(Marks(marked), m => m.EndsWith(" data-pagefind-body", StringComparison.Ordinal));
            if (stories.Contains(page)) Assert.Equal(plain.Html(page).QuerySelector("main")!.TextContent, marked.QuerySelector("main")!.TextContent);
        }
    }

    [SkippableFact]
    public void Site_yml_can_ask_for_search_on_every_build_and_an_edit_makes_the_index_again()
    {
        using var project = new TestProject().WithPagefind();
        project.Write("site.yml", project.Read("site.yml") + "\nsearch: true\n");
        project.Build();
        var entry = project.PathOf("_site/pagefind/pagefind-entry.json");
        var first = File.ReadAllText(entry);

        var breakdown = Directory.GetFiles(project.PathOf("content/breakdowns")).Order(StringComparer.Ordinal).First();
        File.WriteAllText(breakdown, File.ReadAllText(breakdown).Replace("summary: |", "summary: |\n  Quixotically,", StringComparison.Ordinal));
        var run = project.Run("build");
        Assert.True(run.ExitCode == 0, run.Out + run.Error);
        Assert.Contains("a search index of", run.Out);
        Assert.NotEqual(first, File.ReadAllText(entry));
        Assert.Empty(SiteManifest.StagingLeftBeside(project.PathOf("_site")));
    }

    [Fact]
    public void Without_pagefind_a_search_build_says_in_one_line_how_to_install_it_and_exits_2()
    {
        using var project = new TestProject();
        var run = project.Run("build", "--search");
        Assert.Equal(2, run.ExitCode);
        var lines = run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var line = Assert.Single(lines);
        Assert.Contains("Pagefind", line);
        Assert.Contains("npm ci", line);
        Assert.DoesNotContain("   at ", run.Out + run.Error);
        Assert.False(Directory.Exists(project.PathOf("_site")), "a build that could not index wrote a site anyway");
    }

    [SkippableFact]
    public void A_failing_pagefind_leaves_the_previous_site_and_index_as_they_were()
    {
        Skip.IfNot(OperatingSystem.IsLinux(), "the stand-in Pagefind is a shell script");
        using var project = new TestProject().WithPagefind();
        project.Build("--search");
        var site = project.PathOf("_site");
        var before = SiteManifest.Of(site);

        // A Pagefind that writes half an index, complains and fails, after an edit that changes pages.
        ReplacePagefind(project, """
            mkdir -p "$4" && echo 'half' > "$4/pagefind.js"
            echo 'Error: the disk is full' >&2
            exit 1
            """);
        EditFirstStory(project);
        var run = project.Run("build", "--search");
        Assert.Equal(1, run.ExitCode);
        var problem = Assert.Single(run.Lines, l => l.Contains("DR0411", StringComparison.Ordinal));
        Assert.Contains("the disk is full", problem);
        Assert.True(SiteManifest.Same(before, SiteManifest.Of(site)), "the failed index changed the site: " + SiteManifest.Difference(before, SiteManifest.Of(site)));
        Assert.Empty(SiteManifest.StagingLeftBeside(site));
    }

    [SkippableFact]
    public void A_build_killed_while_indexing_leaves_the_previous_site_and_index_and_the_next_build_finishes()
    {
        Skip.IfNot(OperatingSystem.IsLinux(), "the stand-in Pagefind is a shell script");
        using var project = new TestProject().WithPagefind();
        project.Build("--search");
        var site = project.PathOf("_site");
        var before = SiteManifest.Of(site);
        var real = File.ReadAllBytes(PagefindIn(project));

        // Half an index written, then the build itself is killed (as a CI runner or a closed terminal would).
        ReplacePagefind(project, """
            mkdir -p "$4" && echo 'half' > "$4/pagefind.js"
            kill -9 $PPID
            exit 0
            """);
        EditFirstStory(project);
        Assert.NotEqual(0, ChildBuild(project).ExitCode);
        Assert.True(SiteManifest.Same(before, SiteManifest.Of(site)), "the killed build changed the site: " + SiteManifest.Difference(before, SiteManifest.Of(site)));

        File.WriteAllBytes(PagefindIn(project), real);
        var run = project.Run("build", "--search");
        Assert.True(run.ExitCode == 0, run.Out + run.Error);
        Assert.False(SiteManifest.Same(before, SiteManifest.Of(site)), "the edit did not reach the site");
        Assert.NotEqual("half\n", File.ReadAllText(Path.Combine(site, "pagefind", "pagefind.js")));
        Assert.Empty(SiteManifest.StagingLeftBeside(site));
    }

    [SkippableFact]
    public void Pagefind_settings_in_the_environment_do_not_move_or_empty_the_index()
    {
        using var project = new TestProject().WithPagefind();
        // What Pagefind would read from its environment: another place for the index, nothing indexed.
        var (exitCode, output) = ChildBuild(project, new Dictionary<string, string>
        {
            ["PAGEFIND_OUTPUT_SUBDIR"] = "elsewhere",
            ["PAGEFIND_EXCLUDE_SELECTORS"] = "body",
            ["PAGEFIND_GLOB"] = "nothing/*.html",
        });
        Assert.True(exitCode == 0, output);
        var site = project.PathOf("_site");
        Assert.False(Directory.Exists(Path.Combine(site, "elsewhere")));
        using var entry = JsonDocument.Parse(File.ReadAllText(Path.Combine(site, "pagefind", "pagefind-entry.json")));
        Assert.True(entry.RootElement.GetProperty("languages").EnumerateObject().Sum(l => l.Value.GetProperty("page_count").GetInt32()) > 0,
            "the index is empty");
    }

    /// <summary>The real divrep building with search in a child process (which can be killed, and has an environment of its own): its exit code and what it printed.</summary>
    private static (int ExitCode, string Output) ChildBuild(TestProject project, IDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo("dotnet", ["exec", Path.Combine(AppContext.BaseDirectory, "divrep.dll"), "build", "--search"])
        {
            WorkingDirectory = project.Root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var (name, value) in environment ?? new Dictionary<string, string>()) start.Environment[name] = value;
        using var build = Process.Start(start)!;
        var error = build.StandardError.ReadToEndAsync();
        var output = build.StandardOutput.ReadToEnd();
        Assert.True(build.WaitForExit(TimeSpan.FromMinutes(2)), "the build did not end");
        return (build.ExitCode, output + error.Result);
    }

    private static string PagefindIn(TestProject project) =>
        Path.Combine(project.Root, Path.GetRelativePath(TestProject.RepositoryRoot(), Tools.Require(Tool.Pagefind)));

    /// <summary>Puts a shell script where Pagefind is installed; Pagefind is called with --site SITE --output-path INDEX, so $4 is the index folder.</summary>
    private static void ReplacePagefind(TestProject project, string script)
    {
        var path = PagefindIn(project);
        File.Delete(path);
        File.WriteAllText(path, "#!/bin/sh\n" + script + "\n");
        // A shell script runs where there is a shell: on Windows the file stays as written.
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
    }

    private static void EditFirstStory(TestProject project)
    {
        var breakdown = Directory.GetFiles(project.PathOf("content/breakdowns")).Order(StringComparer.Ordinal).First();
        File.WriteAllText(breakdown, File.ReadAllText(breakdown).Replace("summary: |", "summary: |\n  Revised.", StringComparison.Ordinal));
    }
}
