using AngleSharp.Html.Parser;
using DivergingReports.Cli.Commands;
using DivergingReports.Cli.Starter;
using DivergingReports.Tests.Support;

namespace DivergingReports.Tests.DotnetTool;

/// <summary><c>divrep init DIR</c>, run in-process: the new publication it writes checks clean and builds.</summary>
public class InitCommandTests
{
    [Fact]
    public void Init_writes_a_publication_with_one_file_of_each_kind_that_checks_clean_and_builds()
    {
        using var folder = new TestProject(minimal: false);
        var init = CliRun.Execute(folder.Root, ["init", "site"]);
        Assert.True(init.ExitCode == 0, init.Out + init.Error);
        var site = folder.PathOf("site");

        Assert.True(File.Exists(Path.Combine(site, "site.yml")));
        foreach (var (dir, pattern) in new[] { ("content/sources", "*.yml"), ("content/articles", "*.md"), ("content/breakdowns", "*.yml"), ("content/pages", "*.md") })
            Assert.True(Directory.EnumerateFiles(Path.Combine(site, dir), pattern).Any(), $"no {pattern} in {dir}");
        Assert.True(File.Exists(Path.Combine(site, "templates", "base.sbn")));
        Assert.True(File.Exists(Path.Combine(site, "templates", "assets", "style.css")));
        Assert.Equal(["_site/", "*.divrep-cache", "*.divrep-lock", "node_modules/"], File.ReadAllLines(Path.Combine(site, ".gitignore")));
        Assert.True(File.Exists(Path.Combine(site, "package-lock.json")), "no lock file to install the pinned Pagefind from");

        // It names every file it wrote, and nothing else.
        var written = Directory.EnumerateFiles(site, "*", SearchOption.AllDirectories)
            .Select(f => "created site/" + Path.GetRelativePath(site, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal).ToArray();
        Assert.Equal(written, init.Lines.Where(l => l.StartsWith("created ", StringComparison.Ordinal)).ToArray());
        Assert.Contains("cd site", init.Lines);
        Assert.Contains(init.Lines, l => l.StartsWith("divrep check", StringComparison.Ordinal));
        Assert.Contains(init.Lines, l => l.StartsWith("divrep build", StringComparison.Ordinal));
        Assert.Contains(init.Lines, l => l.Contains("site.yml", StringComparison.Ordinal) && l.Contains("base_url", StringComparison.Ordinal));

        var check = CliRun.Execute(site, ["check"]);
        Assert.True(check.ExitCode == 0, check.Out + check.Error);
        Assert.Contains("0 errors, 0 warnings", check.Out);

        var build = CliRun.Execute(site, ["build"]);
        Assert.True(build.ExitCode == 0, build.Out + build.Error);
        Assert.Contains("0 errors, 0 warnings", build.Out);
        Assert.True(File.Exists(Path.Combine(site, "_site", "index.html")));
        Assert.True(File.Exists(Path.Combine(site, "_site", "stories", "trump-putin-call", "index.html")));
        Assert.True(File.Exists(Path.Combine(site, "_site", "assets", "style.css")));
    }

    [Theory]
    [InlineData("site.yml")]
    [InlineData("content")]
    [InlineData("templates")]
    public void Init_refuses_a_folder_that_already_holds_a_publication_and_changes_nothing(string existing)
    {
        using var folder = new TestProject(minimal: false);
        if (existing == "site.yml") folder.Write("site/site.yml", "title: Mine\n");
        else folder.Write($"site/{existing}/notes.txt", "mine\n");
        folder.Write("site/.gitignore", "*.log\n");
        var before = Snapshot(folder.Root);

        var run = CliRun.Execute(folder.Root, ["init", "site"]);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("nothing was written", run.Error);
        Assert.Contains(existing, run.Error);
        Assert.Equal("", run.Out);
        Assert.Equal(before, Snapshot(folder.Root));
    }

    [Fact]
    public void Init_refuses_a_file_in_place_of_the_folder()
    {
        using var folder = new TestProject(minimal: false);
        folder.Write("site", "a file\n");
        var run = CliRun.Execute(folder.Root, ["init", "site"]);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("is a file", run.Error);
        Assert.Equal("a file\n", folder.Read("site"));
    }

    [Fact]
    public void Init_creates_missing_folders_and_keeps_an_existing_gitignore()
    {
        using var folder = new TestProject(minimal: false);
        folder.Write("a/b/.gitignore", "*.log\n");
        var run = CliRun.Execute(folder.Root, ["init", "a/b"]);
        Assert.True(run.ExitCode == 0, run.Out + run.Error);
        Assert.Equal("*.log\n", folder.Read("a/b/.gitignore"));
        Assert.Contains(run.Lines, l => l.StartsWith("kept a/b/.gitignore", StringComparison.Ordinal) && l.Contains("_site/", StringComparison.Ordinal));
        Assert.True(File.Exists(folder.PathOf("a/b/site.yml")));

        var nested = CliRun.Execute(folder.Root, ["init", "x/y/z"]);
        Assert.True(nested.ExitCode == 0, nested.Out + nested.Error);
        Assert.True(File.Exists(folder.PathOf("x/y/z/content/pages/about.md")));
    }

    [Theory]
    [InlineData("The Daily Comparison")]
    [InlineData("Bob's \"News\": #1 & <more>")]
    public void The_title_option_names_the_publication_on_its_home_page(string title)
    {
        using var folder = new TestProject(minimal: false);
        var init = CliRun.Execute(folder.Root, ["init", "site", "--title", title]);
        Assert.True(init.ExitCode == 0, init.Out + init.Error);
        var site = folder.PathOf("site");

        var build = CliRun.Execute(site, ["build"]);
        Assert.True(build.ExitCode == 0, build.Out + build.Error);
        Assert.Contains("0 errors, 0 warnings", build.Out);
        var home = new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(site, "_site", "index.html")));
        Assert.Equal(title, home.Title);
    }

    [Fact]
    public void Without_a_title_the_site_keeps_the_starters_and_gets_a_placeholder_address()
    {
        var siteYml = System.Text.Encoding.UTF8.GetString(InitCommand.Files(null).Single(f => f.Path == "site.yml").Bytes);
        Assert.Contains("\ntitle: Diverging Reports\n", siteYml);
        Assert.Contains("\nbase_url: https://example.org/ ", siteYml);
        Assert.DoesNotContain("example.github.io/diverging-reports", siteYml);
        Assert.StartsWith("# ", siteYml);
    }

    [Theory]
    [InlineData("init")]
    [InlineData("init", "site", "--title", "")]
    [InlineData("init", "site", "--title", "Two\nlines")]
    [InlineData("init", "site", "other")]
    [InlineData("init", "site", "--title")]
    public void Init_used_wrongly_is_a_usage_error_and_writes_nothing(params string[] args)
    {
        using var folder = new TestProject(minimal: false);
        var run = CliRun.Execute(folder.Root, args);
        Assert.Equal(2, run.ExitCode);
        Assert.Empty(Directory.EnumerateFileSystemEntries(folder.Root));
    }

    [Fact]
    public void Init_is_deterministic()
    {
        using var folder = new TestProject(minimal: false);
        var one = CliRun.Execute(folder.Root, ["init", "site-alpha"]);
        var two = CliRun.Execute(folder.Root, ["init", "site-omega"]);
        Assert.Equal(0, one.ExitCode);
        Assert.Equal(one.Out, two.Out.Replace("site-omega", "site-alpha"));
        Assert.Equal(Snapshot(folder.PathOf("site-alpha")), Snapshot(folder.PathOf("site-omega")));
    }

    [Fact]
    public void The_embedded_starter_is_the_repositorys_own_site_yml_and_content_byte_for_byte()
    {
        var repo = TestProject.RepositoryRoot();
        var expected = Directory.EnumerateFiles(Path.Combine(repo, "content"), "*", SearchOption.AllDirectories)
            .Append(Path.Combine(repo, "site.yml"))
            .Append(Path.Combine(repo, "package.json"))
            .Append(Path.Combine(repo, "package-lock.json"))
            .Select(f => (Path: Path.GetRelativePath(repo, f).Replace('\\', '/'), Bytes: File.ReadAllBytes(f)))
            .OrderBy(f => f.Path, StringComparer.Ordinal)
            .ToArray();
        var embedded = StarterFiles.All.Select(f => (f.Path, Bytes: f.ReadAllBytes())).ToArray();

        Assert.Equal(expected.Select(f => f.Path), embedded.Select(f => f.Path));
        foreach (var (file, copy) in expected.Zip(embedded))
            Assert.True(file.Bytes.AsSpan().SequenceEqual(copy.Bytes), $"the tool embeds a stale {file.Path}: rebuild src/DivergingReports.Cli");
    }

    [Fact]
    public void The_theme_init_copies_is_the_built_in_theme_byte_for_byte()
    {
        using var folder = new TestProject(minimal: false);
        Assert.Equal(0, CliRun.Execute(folder.Root, ["init", "site"]).ExitCode);
        var theme = Path.Combine(TestProject.RepositoryRoot(), "src", "DivergingReports", "Theme");
        var expected = Directory.EnumerateFiles(theme, "*", SearchOption.AllDirectories)
            .Select(f => (Path: Path.GetRelativePath(theme, f).Replace('\\', '/'), Bytes: File.ReadAllBytes(f)))
            .OrderBy(f => f.Path, StringComparer.Ordinal)
            .ToArray();
        var copied = folder.PathOf("site/templates");
        Assert.Equal(expected.Select(f => f.Path), Directory.EnumerateFiles(copied, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(copied, f).Replace('\\', '/')).Order(StringComparer.Ordinal));
        foreach (var (path, bytes) in expected)
            Assert.True(bytes.AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(copied, path))), $"templates/{path} is not the built-in file");
        Assert.Contains(expected, f => f.Path == "story.sbn");
        Assert.Contains(expected, f => f.Path == "assets/style.css");
    }

    [Fact]
    public void Init_minimal_writes_content_only_and_the_site_builds_with_the_built_in_theme()
    {
        using var folder = new TestProject(minimal: false);
        var init = CliRun.Execute(folder.Root, ["init", "site", "--minimal"]);
        Assert.True(init.ExitCode == 0, init.Out + init.Error);
        var site = folder.PathOf("site");
        Assert.False(Directory.Exists(Path.Combine(site, "templates")));
        Assert.Contains(init.Lines, l => l.Contains("divrep theme copy", StringComparison.Ordinal));

        var build = CliRun.Execute(site, ["build"]);
        Assert.True(build.ExitCode == 0, build.Out + build.Error);
        var page = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(site, "_site", "stories", "trump-putin-call", "index.html")));
        Assert.NotNull(page.QuerySelector("table.divergence-table"));
        Assert.True(File.Exists(Path.Combine(site, "_site", "assets", "style.css")));
    }

    /// <summary>Every file and folder under <paramref name="root"/> with its bytes, to compare a folder before and after.</summary>
    private static string[] Snapshot(string root) =>
        Directory.EnumerateFileSystemEntries(root, "*", SearchOption.AllDirectories)
            .Select(p => Path.GetRelativePath(root, p).Replace('\\', '/') + (File.Exists(p) ? ": " + Convert.ToHexString(File.ReadAllBytes(p)) : "/"))
            .Order(StringComparer.Ordinal)
            .ToArray();
}
