using System.Diagnostics;
using System.Text.Json;
using DivergingReports.Tests.Support;
using Xunit.Abstractions;

namespace DivergingReports.Tests.Publishing;

/// <summary>
/// Every page of a built site passes the W3C Nu HTML Checker (vnu.jar, run on Debian's Java) with no
/// error: the shipped sample, and a larger generated publication with pagination, every page kind,
/// text that needs escaping and reports in other languages (right to left, translated). One Java start per site: vnu checks a whole folder.
/// </summary>
public class HtmlValidityTests(ITestOutputHelper output)
{
    // A short run: the client compiler alone and the serial collector halve vnu's CPU time. With the
    // client compiler alone the checker overflows the default thread stack (it says so and stops), hence -Xss.
    private static readonly string[] JavaOptions = ["-Xss8m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1"];

    [Fact]
    public void The_synthetic_publication_passes_check()
    {
        using var project = SyntheticPublication.Create();
        var run = project.Run("check");
        output.WriteLine(run.Out + run.Error);
        Assert.True(run.ExitCode == 0, $"divrep check failed ({run.ExitCode}):\n{run.Out}\n{run.Error}");
    }

    [SkippableFact]
    public void Every_page_of_the_shipped_sample_is_valid_html()
    {
        var (java, vnu) = (Tools.Require(Tool.Java), Tools.Require(Tool.VnuJar));
        using var project = TestProject.FromShippedContent();
        var site = project.Build();
        AssertValid(site, java, vnu, expectAtLeast: 15);
    }

    [SkippableFact]
    public void Every_page_of_a_larger_publication_is_valid_html()
    {
        var (java, vnu) = (Tools.Require(Tool.Java), Tools.Require(Tool.VnuJar));
        using var project = SyntheticPublication.Create();
        // A story with reports in other languages, one right to left with a translation.
        MultilingualStory.WriteTo(project);
        var site = project.Build();
        Assert.True(site.Exists("page/2/index.html") && site.Exists("page/4/index.html"), "the synthetic site should paginate");
        AssertValid(site, java, vnu, expectAtLeast: 75);
    }

    [SkippableFact]
    public void Every_page_of_a_story_of_seven_outlets_in_five_languages_is_valid_html()
    {
        var (java, vnu) = (Tools.Require(Tool.Java), Tools.Require(Tool.VnuJar));
        using var project = WorldStory.Create();
        var site = project.Build();
        AssertValid(site, java, vnu, expectAtLeast: 15);
    }

    [SkippableFact]
    public void Every_page_of_a_site_with_search_is_valid_html()
    {
        var (java, vnu) = (Tools.Require(Tool.Java), Tools.Require(Tool.VnuJar));
        using var project = SyntheticPublication.Create();
        var site = project.WithPagefind().Build("--search", "--base-url", "https://example.org/sub/path/");
        Assert.True(site.Exists("search/index.html") && site.Exists("pagefind/pagefind.js"), "the site has no search page or no index");
        AssertValid(site, java, vnu, expectAtLeast: 75);
    }

    private void AssertValid(BuiltSite site, string java, string vnu, int expectAtLeast)
    {
        var pages = site.HtmlFiles().ToArray();
        Assert.True(pages.Length >= expectAtLeast, $"expected at least {expectAtLeast} pages, the build wrote {pages.Length}");

        var clock = Stopwatch.StartNew();
        // Every .html file, and the theme's stylesheet too (--also-check-css). Warnings are listed in
        // the test's output; only errors fail it.
        var run = Tools.Run(java, [.. JavaOptions, "-jar", vnu, "--skip-non-html", "--also-check-css", "--format", "json", site.Folder], timeout: TimeSpan.FromMinutes(5));
        output.WriteLine($"vnu checked {pages.Length} pages in {clock.Elapsed.TotalSeconds:0.0} s (exit {run.ExitCode})");

        // vnu writes its report to standard error; exit 1 means "errors found", anything else a failed run.
        var report = new[] { run.Error, run.Output }.Select(s => s.Trim()).FirstOrDefault(s => s.StartsWith('{') && s.Contains("\"messages\""));
        Assert.True(report is not null && run.ExitCode is 0 or 1, $"vnu did not produce a JSON report:\n{run}");

        using var json = JsonDocument.Parse(report!);
        var messages = json.RootElement.GetProperty("messages").EnumerateArray().ToArray();
        foreach (var warning in messages.Where(m => m.GetProperty("type").GetString() == "info")
                     .GroupBy(m => m.TryGetProperty("message", out var text) ? text.GetString() : "?").OrderByDescending(g => g.Count()))
            output.WriteLine($"  warning on {warning.Count()} page(s), e.g. {Describe(warning.First(), site.Folder)}");
        var errors = messages
            .Where(m => m.GetProperty("type").GetString() is "error" or "non-document-error" or "fatal")
            .Select(m => Describe(m, site.Folder))
            .ToArray();
        Assert.True(errors.Length == 0,
            $"the Nu HTML Checker found {errors.Length} error(s) in {pages.Length} pages:\n" + string.Join("\n", errors.Take(100))
            + (errors.Length > 100 ? $"\n… and {errors.Length - 100} more" : ""));
        Assert.True(run.ExitCode == 0, $"vnu reported no errors but exited {run.ExitCode}:\n{run}");
    }

    private static string Describe(JsonElement message, string folder)
    {
        string? Text(string name) => message.TryGetProperty(name, out var v) ? v.ToString() : null;
        var url = Text("url") ?? "?";
        // vnu names files as file:/abs/path (one slash), with non-ASCII percent-encoded.
        var file = url.StartsWith("file:", StringComparison.Ordinal)
            ? Path.GetRelativePath(folder, Uri.UnescapeDataString("/" + url["file:".Length..].TrimStart('/'))).Replace('\\', '/')
            : url;
        var line = Text("lastLine") ?? Text("firstLine") ?? "?";
        var column = Text("firstColumn") ?? Text("lastColumn") ?? "?";
        var extract = Text("extract") is { } e ? $"  [{e.ReplaceLineEndings(" ").Trim()}]" : "";
        return $"{file}({line},{column}): {Text("type")}: {Text("message")}{extract}";
    }
}
