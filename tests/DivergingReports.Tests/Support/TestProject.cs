using DivergingReports.Cli;
using DivergingReports.Content;
using DivergingReports.Diagnostics;
using DivergingReports.Rendering.Templates;

namespace DivergingReports.Tests.Support;

/// <summary>
/// A publication in a temporary folder: a valid minimal one by default (two sources, two articles,
/// one story), which a test then breaks in one place. Deleted on dispose.
/// </summary>
public sealed class TestProject : IDisposable
{
    public string Root { get; }
    public ProjectPaths Paths { get; }

    public const string SiteYml = """
        title: Test Reports
        description: A test publication.
        base_url: https://example.org/test/
        timezone: Europe/Oslo
        spectrum: [left, center, right]
        """;

    public const string AlphaSource = """
        name: Alpha News
        homepage: https://www.alpha.example/
        country: NO
        language: en
        lean: left
        """;

    public const string BetaSource = """
        name: Beta Post
        domains: [beta.example]
        country: US
        """;

    public const string AlphaArticle = """
        ---
        title: Alpha reports the talks
        url: https://www.alpha.example/2025/07/03/talks/
        published: 2025-07-03
        ---

        The talks lasted an hour, officials said.
        """;

    public const string BetaArticle = """
        ---
        title: Beta reports the talks
        source: beta
        published: 2025-07-03T18:30:00+02:00
        author: [A. Writer, B. Writer]
        ---

        The talks were short, a spokesman said.
        """;

    public const string Story = """
        title: The talks
        date: 2025-07-03
        tags: [talks, diplomacy]
        summary: |
          Two delegations met.
        reports:
          - article: alpha-talks
            summary: Alpha says it was long.
          - article: beta-talks
            summary: Beta says it was short.
        divergences:
          - topic: How long were the talks?
            positions:
              alpha: An hour.
              beta: Short.
        agreements:
          - The delegations met.
        """;

    public TestProject(bool minimal = true)
    {
        Root = Scratch.NewPath("divrep-test-");
        Directory.CreateDirectory(Root);
        Paths = new ProjectPaths(Root);
        if (!minimal) return;
        Write("site.yml", SiteYml);
        Write("content/sources/alpha.yml", AlphaSource);
        Write("content/sources/beta.yml", BetaSource);
        Write("content/articles/alpha-talks.md", AlphaArticle);
        Write("content/articles/beta-talks.md", BetaArticle);
        Write("content/breakdowns/2025-07-03-talks.yml", Story);
    }

    /// <summary>A copy of the publication this repository ships (site.yml and content/).</summary>
    public static TestProject FromShippedContent()
    {
        var project = new TestProject(minimal: false);
        var repo = RepositoryRoot();
        File.Copy(Path.Combine(repo, "site.yml"), Path.Combine(project.Root, "site.yml"));
        CopyTree(Path.Combine(repo, "content"), Path.Combine(project.Root, "content"));
        return project;
    }

    /// <summary>A copy of a publication kept under Fixtures/ (its site.yml and content/).</summary>
    public static TestProject FromFixture(string folder)
    {
        var project = new TestProject(minimal: false);
        CopyTree(Fixture(folder), project.Root);
        return project;
    }

    public static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "DivergingReports.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("repository root not found above " + AppContext.BaseDirectory);
    }

    public static string Fixture(string relative) =>
        Path.Combine(AppContext.BaseDirectory, "Fixtures", relative);

    public string PathOf(string relative) => Path.Combine(Root, relative);

    public void Write(string relative, string text)
    {
        var full = PathOf(relative);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllText(full, text.Replace("\r\n", "\n"));
    }

    public string Read(string relative) => File.ReadAllText(PathOf(relative));

    public void Delete(string relative) => File.Delete(PathOf(relative));

    public LoadResult Load() => PublicationLoader.Load(Paths);

    /// <summary>Runs the real divrep command line in-process, in this project's folder.</summary>
    public CliRun Run(params string[] args) => CliRun.Execute(Root, args);

    /// <summary>Runs the command line with <paramref name="pagesLimit"/> bytes as the size GitHub Pages accepts.</summary>
    public CliRun RunWithPagesLimit(long pagesLimit, params string[] args) => CliRun.Execute(Root, args, pagesLimit: pagesLimit);

    public void Dispose()
    {
        try { Directory.Delete(Root, recursive: true); }
        catch (IOException) { }
    }

    private static void CopyTree(string from, string to)
    {
        foreach (var dir in Directory.EnumerateDirectories(from, "*", SearchOption.AllDirectories))
            Directory.CreateDirectory(Path.Combine(to, Path.GetRelativePath(from, dir)));
        Directory.CreateDirectory(to);
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
            File.Copy(file, Path.Combine(to, Path.GetRelativePath(from, file)));
    }
}

/// <summary>The outcome of one in-process run of the command line.</summary>
public sealed record CliRun(int ExitCode, string Out, string Error)
{
    public static CliRun Execute(string workingDirectory, string[] args, IDictionary<string, string>? environment = null, long? pagesLimit = null)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var context = new CliContext(output, error, workingDirectory,
            name => environment is not null && environment.TryGetValue(name, out var v) ? v : null,
            () => new DateTimeOffset(2026, 1, 15, 23, 30, 0, TimeSpan.Zero));
        if (pagesLimit is { } limit) context = context with { PagesLimit = limit };
        var code = Cli.Cli.Run(args, context);
        return new CliRun(code, output.ToString(), error.ToString());
    }

    public IReadOnlyList<string> Lines => Out.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}

public static class DiagnosticAssertions
{
    /// <summary>Asserts exactly one diagnostic with <paramref name="code"/> and returns it.</summary>
    public static Diagnostic Single(this LoadResult result, DiagnosticCode code)
    {
        var matches = result.Diagnostics.Where(d => d.Code == code.Id).ToArray();
        Assert.True(matches.Length == 1,
            $"expected one {code.Id}, got {matches.Length}:\n" + string.Join("\n", result.Diagnostics));
        return matches[0];
    }

    public static void At(this Diagnostic d, string path, int line, int column)
    {
        Assert.True(d.Location == new FileLocation(path, line, column), $"expected {path}({line},{column}), got {d}");
    }
}

public static class TestProjectBuilds
{
    /// <summary>
    /// Gives the project a copy of the built-in theme in templates/, as <c>divrep init</c> writes it
    /// (every file), or of the files named (as <c>divrep theme copy</c> does): for tests that edit them.
    /// </summary>
    public static TestProject WithTemplates(this TestProject project, params string[] names)
    {
        foreach (var file in BuiltInTheme.Files.Where(f => names.Length == 0 || names.Contains(f.Name)))
        {
            var target = Path.Combine(project.Root, "templates", file.Name);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.WriteAllBytes(target, file.Bytes);
        }
        return project;
    }

    /// <summary>
    /// Installs Pagefind in the project as <c>npm ci</c> would (a copy of the repository's, at the same
    /// place under node_modules), so that <c>divrep build --search</c> finds it. Skips the test where
    /// the repository has none (fails it under CI).
    /// </summary>
    public static TestProject WithPagefind(this TestProject project)
    {
        var program = Tools.Require(Tool.Pagefind);
        var relative = Path.GetRelativePath(TestProject.RepositoryRoot(), program);
        var target = Path.Combine(project.Root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        File.Copy(program, target, overwrite: true);
        return project;
    }

    /// <summary>Runs <c>divrep build</c> and returns the site it wrote; fails the test when the build fails.</summary>
    public static BuiltSite Build(this TestProject project, params string[] args)
    {
        var run = project.Run(["build", .. args]);
        Assert.True(run.ExitCode == 0, $"build failed ({run.ExitCode}):\n{run.Out}\n{run.Error}");
        var output = args.SkipWhile(a => a != "--output").Skip(1).FirstOrDefault() ?? "_site";
        var baseUrl = args.SkipWhile(a => a != "--base-url").Skip(1).FirstOrDefault()
            ?? project.Load().Publication.Site.BaseUrl.AbsoluteUri;
        return new BuiltSite(Path.Combine(project.Root, output), new Uri(baseUrl.EndsWith('/') ? baseUrl : baseUrl + "/"));
    }
}
