using DivergingReports.Cli;
using DivergingReports.Diagnostics;
using DivergingReports.Tests.Support;

namespace DivergingReports.Tests.Robustness;

/// <summary>
/// Content is untrusted: whoever can open a pull request can put a link, a named pipe or a huge file
/// into it, and CI builds it with tokens in its environment. Only regular files inside the
/// publication are read, each within its limit; anything else is one error on its own path.
/// </summary>
public class PublicationFileTests : IDisposable
{
    private readonly string _outside = Directory.CreateDirectory(Scratch.NewPath("divrep-outside-")).FullName;
    private readonly string _marker = "MARKER-" + Guid.NewGuid().ToString("N");

    public void Dispose() => Directory.Delete(_outside, recursive: true);

    /// <summary>A file outside the publication holding a marker that must never reach the output.</summary>
    private string SecretOutside()
    {
        var secret = Path.Combine(_outside, "secret.md");
        File.WriteAllText(secret, $"---\ntitle: {_marker}\n---\n\nTOKEN={_marker}\n");
        return secret;
    }

    [SkippableFact]
    public void A_page_linked_to_a_file_outside_is_refused_and_nothing_of_it_is_published()
    {
        Skip.If(OperatingSystem.IsWindows(), "making a symbolic link needs a privilege on Windows");
        using var project = new TestProject();
        Directory.CreateDirectory(project.PathOf("content/pages"));
        File.CreateSymbolicLink(project.PathOf("content/pages/secret.md"), SecretOutside());

        var d = OneError(project, "content/pages/secret.md", DiagnosticCode.LinkRefused);
        Assert.Contains("a link to a file outside the publication", d);

        var build = project.Run("build");
        Assert.Equal(ExitCodes.ContentErrors, build.ExitCode);
        Assert.DoesNotContain(_marker, build.Out + build.Error);
        Assert.False(Directory.Exists(project.PathOf("_site")), "a build with a refused file published pages");
        // Like any unreadable file, it stays in the model as an empty stand-in, so that nothing else reports it again.
        var page = Assert.Single(project.Load().Publication.Pages);
        Assert.DoesNotContain(_marker, page.Title + page.Description + page.Body);
    }

    [SkippableFact]
    public void Theme_assets_linked_to_the_environment_or_a_file_outside_are_refused_and_not_published()
    {
        Skip.IfNot(OperatingSystem.IsLinux(), "/proc/self/environ is Linux's");
        using var project = new TestProject();
        Directory.CreateDirectory(project.PathOf("templates/assets"));
        File.CreateSymbolicLink(project.PathOf("templates/assets/env.txt"), "/proc/self/environ");
        File.CreateSymbolicLink(project.PathOf("templates/assets/secret.txt"), SecretOutside());

        var run = project.Run("build");

        Assert.Equal(ExitCodes.ContentErrors, run.ExitCode);
        AssertOneLine(run, "templates/assets/env.txt", DiagnosticCode.ThemeFileRefused);
        AssertOneLine(run, "templates/assets/secret.txt", DiagnosticCode.ThemeFileRefused);
        Assert.DoesNotContain(_marker, run.Out + run.Error);
        AssertNowhere(project, _marker);
        // What every environment holds: not one variable of the build's may be published.
        AssertNowhere(project, "PATH=");
    }

    [SkippableFact]
    public void A_linked_articles_folder_is_refused_and_not_read()
    {
        Skip.If(OperatingSystem.IsWindows(), "making a symbolic link needs a privilege on Windows");
        using var project = new TestProject();
        var articles = Path.Combine(_outside, "articles");
        Directory.Move(project.PathOf("content/articles"), articles);
        File.WriteAllText(Path.Combine(articles, "gamma-talks.md"), File.ReadAllText(SecretOutside()));
        Directory.CreateSymbolicLink(project.PathOf("content/articles"), articles);

        var d = OneError(project, "content/articles", DiagnosticCode.LinkRefused);
        Assert.Contains("a link to a folder outside the publication", d);
        Assert.Empty(project.Load().Publication.Articles);

        Assert.Equal(ExitCodes.ContentErrors, project.Run("build").ExitCode);
        AssertNowhere(project, _marker);
    }

    [SkippableFact]
    public void A_linked_folder_inside_a_content_folder_is_a_link_not_an_ignored_folder()
    {
        Skip.If(OperatingSystem.IsWindows(), "making a symbolic link needs a privilege on Windows");
        using var project = new TestProject();
        SecretOutside();
        Directory.CreateDirectory(project.PathOf("content/pages"));
        Directory.CreateSymbolicLink(project.PathOf("content/pages/extra"), _outside);

        Assert.Contains("a link to a folder outside the publication", OneError(project, "content/pages/extra", DiagnosticCode.LinkRefused));
        Assert.DoesNotContain(project.Load().Diagnostics, d => d.Code == DiagnosticCode.IgnoredFile.Id);
    }

    [SkippableFact]
    public void A_linked_folder_in_theme_assets_is_refused_and_not_read()
    {
        Skip.If(OperatingSystem.IsWindows(), "making a symbolic link needs a privilege on Windows");
        using var project = new TestProject();
        SecretOutside();
        Directory.CreateDirectory(project.PathOf("templates/assets"));
        Directory.CreateSymbolicLink(project.PathOf("templates/assets/x"), _outside);

        var run = project.Run("build");

        Assert.Equal(ExitCodes.ContentErrors, run.ExitCode);
        Assert.Contains("a link to a folder outside the publication", AssertOneLine(run, "templates/assets/x", DiagnosticCode.ThemeFileRefused));
        AssertNowhere(project, _marker);
    }

    [SkippableFact]
    public void A_named_pipe_named_like_an_article_is_reported_and_check_and_build_finish()
    {
        Skip.IfNot(OperatingSystem.IsLinux(), "named pipes are refused natively on Linux");
        using var project = new TestProject();
        SpecialFiles.Fifo(project.PathOf("content/articles/gamma-talks.md"));

        var check = SpecialFiles.Within(20, () => project.Run("check"));
        var build = SpecialFiles.Within(20, () => project.Run("build"));

        foreach (var run in new[] { check, build })
        {
            Assert.Equal(ExitCodes.ContentErrors, run.ExitCode);
            Assert.Contains("named pipe", AssertOneLine(run, "content/articles/gamma-talks.md", DiagnosticCode.NotARegularFile));
        }
    }

    [SkippableFact]
    public void A_named_pipe_in_templates_is_refused_and_the_build_finishes()
    {
        Skip.IfNot(OperatingSystem.IsLinux(), "named pipes are refused natively on Linux");
        using var project = new TestProject();
        SpecialFiles.Fifo(project.PathOf("templates/assets/style.css"));

        var run = SpecialFiles.Within(20, () => project.Run("build"));

        Assert.Equal(ExitCodes.ContentErrors, run.ExitCode);
        AssertOneLine(run, "templates/assets/style.css", DiagnosticCode.ThemeFileRefused);
    }

    [SkippableFact]
    public void A_named_pipe_that_no_loader_reads_does_not_hang_the_next_build()
    {
        Skip.IfNot(OperatingSystem.IsLinux(), "named pipes are refused natively on Linux");
        using var project = new TestProject();
        project.Build();
        // Not an article's extension: only the build's list of its inputs (for the next build) opens it.
        SpecialFiles.Fifo(project.PathOf("content/articles/notes.pdf"));

        var run = SpecialFiles.Within(20, () => project.Run("build"));

        Assert.Equal(ExitCodes.Ok, run.ExitCode);
        AssertOneLine(run, "content/articles/notes.pdf", DiagnosticCode.IgnoredFile, "warning");
    }

    [SkippableFact]
    public void An_article_linked_to_an_endless_device_is_refused_at_once()
    {
        Skip.IfNot(OperatingSystem.IsLinux(), "/dev/urandom and /dev/zero are Unix devices");
        using var project = new TestProject();
        File.CreateSymbolicLink(project.PathOf("content/articles/gamma-talks.md"), "/dev/urandom");
        File.CreateSymbolicLink(project.PathOf("content/articles/delta-talks.md"), "/dev/zero");
        var before = GC.GetTotalAllocatedBytes();

        var run = SpecialFiles.Within(20, () => project.Run("check"));

        Assert.Equal(ExitCodes.ContentErrors, run.ExitCode);
        AssertOneLine(run, "content/articles/gamma-talks.md", DiagnosticCode.LinkRefused);
        AssertOneLine(run, "content/articles/delta-talks.md", DiagnosticCode.LinkRefused);
        Assert.True(GC.GetTotalAllocatedBytes() - before < 256L * 1024 * 1024, "the check read far more than the publication holds");
    }

    [Fact]
    public void An_article_over_site_yml_s_limit_is_one_error_in_check_and_build_alike_until_the_limit_is_raised()
    {
        using var project = new TestProject();
        project.Write("site.yml", TestProject.SiteYml + "\nlimits: { article_kb: 64 }\n");
        project.Write("content/articles/beta-talks.md", TestProject.BetaArticle + new string('x', 100 * 1024) + "\n");

        foreach (var command in new[] { "check", "build" })
        {
            var run = project.Run(command);
            Assert.Equal(ExitCodes.ContentErrors, run.ExitCode);
            var line = AssertOneLine(run, "content/articles/beta-talks.md", DiagnosticCode.FileTooLarge);
            Assert.Contains("the file is 101 KB, over the 64 KB an article may be", line);
            Assert.Contains("raise limits.article_kb in site.yml", line);
        }

        project.Write("site.yml", TestProject.SiteYml + "\nlimits: { article_kb: 128 }\n");
        Assert.Equal(ExitCodes.Ok, project.Run("check").ExitCode);
        Assert.Equal(ExitCodes.Ok, project.Run("build").ExitCode);
    }

    [Fact]
    public void An_article_over_the_default_limit_is_refused_before_it_is_read()
    {
        using var project = new TestProject();
        project.Write("content/articles/beta-talks.md", TestProject.BetaArticle + new string('x', 2 * 1024 * 1024 + 1) + "\n");

        var d = OneError(project, "content/articles/beta-talks.md", DiagnosticCode.FileTooLarge);

        Assert.Contains("over the 2,048 KB an article may be", d);
        Assert.Equal(ExitCodes.ContentErrors, project.Run("build").ExitCode);
    }

    [Fact]
    public void A_page_and_a_breakdown_over_their_limits_name_their_own_settings()
    {
        using var project = new TestProject();
        project.Write("site.yml", TestProject.SiteYml + "\nlimits: { page_kb: 1, yaml_kb: 1 }\n");
        project.Write("content/pages/about.md", "---\ntitle: About\n---\n\n" + new string('x', 2048) + "\n");
        project.Write("content/breakdowns/2025-07-03-talks.yml", TestProject.Story + "# " + new string('x', 2048) + "\n");

        Assert.Contains("raise limits.page_kb in site.yml if this page is real", OneError(project, "content/pages/about.md", DiagnosticCode.FileTooLarge));
        Assert.Contains("raise limits.yaml_kb in site.yml if this breakdown is real", OneError(project, "content/breakdowns/2025-07-03-talks.yml", DiagnosticCode.FileTooLarge));
    }

    /// <summary>Loads the project (as check and build do) and asserts one error with <paramref name="code"/>, at the start of <paramref name="path"/>, on one line; its text.</summary>
    private static string OneError(TestProject project, string path, DiagnosticCode code)
    {
        var d = Assert.Single(project.Load().Diagnostics, d => d.Code == code.Id && d.Location.Path == path);
        d.At(path, 1, 1);
        Assert.True(d.IsError, d.ToString());
        Assert.DoesNotContain('\n', d.ToString());
        return d.Text;
    }

    /// <summary>Asserts that the run printed exactly one line for <paramref name="code"/>, and that it is at <paramref name="path"/>; the line.</summary>
    private static string AssertOneLine(CliRun run, string path, DiagnosticCode code, string severity = "error")
    {
        var lines = run.Out.Split('\n').Where(l => l.Contains(code.Id, StringComparison.Ordinal)).ToArray();
        var line = Assert.Single(lines, l => l.StartsWith(path + "(", StringComparison.Ordinal));
        Assert.StartsWith($"{path}(1,1): {severity} {code.Id}: ", line);
        return line;
    }

    /// <summary>Asserts that <paramref name="text"/> is in no file the build left in the project's output folder.</summary>
    private static void AssertNowhere(TestProject project, string text)
    {
        var output = project.PathOf("_site");
        if (!Directory.Exists(output)) return;
        foreach (var file in Directory.EnumerateFiles(output, "*", SearchOption.AllDirectories))
            Assert.DoesNotContain(text, File.ReadAllText(file), StringComparison.Ordinal);
    }
}
