using System.Text.Json;
using DivergingReports.Tests.Support;
using Xunit.Abstractions;

namespace DivergingReports.Tests.Publishing;

/// <summary>
/// Every page of a built site passes the W3C Nu HTML Checker (vnu.jar, run on Debian's Java) with no
/// error: the shipped sample, and a larger generated publication with pagination, every page kind,
/// text that needs escaping and reports in other languages (right to left, translated).
/// </summary>
public class HtmlValidityTests(ITestOutputHelper output, HtmlValidityTests.ValidatedSites sites) : IClassFixture<HtmlValidityTests.ValidatedSites>
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
    public void Every_page_of_the_shipped_sample_is_valid_html() => AssertValid(sites.Checked().Shipped, expectAtLeast: 15);

    [SkippableFact]
    public void Every_page_of_a_larger_publication_is_valid_html()
    {
        var checkedSite = sites.Checked().Larger;
        Assert.True(checkedSite.Site.Exists("page/2/index.html") && checkedSite.Site.Exists("page/4/index.html"), "the synthetic site should paginate");
        AssertValid(checkedSite, expectAtLeast: 75);
    }

    [SkippableFact]
    public void Every_page_of_a_story_of_seven_outlets_in_five_languages_is_valid_html() => AssertValid(sites.Checked().World, expectAtLeast: 15);

    [SkippableFact]
    public void Every_page_of_a_site_with_search_is_valid_html()
    {
        var checkedSite = sites.Checked().Search;
        Assert.True(checkedSite.Site.Exists("search/index.html") && checkedSite.Site.Exists("pagefind/pagefind.js"), "the site has no search page or no index");
        AssertValid(checkedSite, expectAtLeast: 75);
    }

    private void AssertValid(CheckedSite checkedSite, int expectAtLeast)
    {
        var (site, messages) = checkedSite;
        var pages = site.HtmlFiles().ToArray();
        Assert.True(pages.Length >= expectAtLeast, $"expected at least {expectAtLeast} pages, the build wrote {pages.Length}");
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
    }

    /// <summary>A built site and the checker's messages about its files.</summary>
    public sealed record CheckedSite(BuiltSite Site, IReadOnlyList<JsonElement> Messages);

    public sealed record CheckedSites(CheckedSite Shipped, CheckedSite Larger, CheckedSite World, CheckedSite Search);

    /// <summary>
    /// The four sites, checked by one run of vnu over all their folders: Java starts once for the
    /// class instead of once per site.
    /// </summary>
    public sealed class ValidatedSites
    {
        private CheckedSites? _checked;
        private readonly Lock _lock = new();

        /// <summary>Skips (or, under CI, fails) when Java or vnu is missing; otherwise checks once.</summary>
        public CheckedSites Checked()
        {
            var (java, vnu) = (Tools.Require(Tool.Java), Tools.Require(Tool.VnuJar));
            lock (_lock) return _checked ??= Check(java, vnu);
        }

        private static CheckedSites Check(string java, string vnu)
        {
            // Sites other tests read too: each is built once for the run.
            var shipped = ReadOnlySite.ShippedContent.Site;
            var larger = ReadOnlySite.MultilingualPublication.Site;
            var world = ReadOnlySite.WorldStory.Site;
            var search = ReadOnlySite.SearchablePublication.Site;
            var sites = new[] { shipped, larger, world, search };

            // Every .html file, and the theme's stylesheet too (--also-check-css). Warnings are listed in
            // the test's output; only errors fail it.
            var run = Tools.Run(java, [.. JavaOptions, "-jar", vnu, "--skip-non-html", "--also-check-css", "--format", "json", .. sites.Select(s => s.Folder)],
                timeout: TimeSpan.FromMinutes(5));
            // vnu writes its report to standard error; exit 1 means "errors found", anything else a failed run.
            var report = new[] { run.Error, run.Output }.Select(s => s.Trim()).FirstOrDefault(s => s.StartsWith('{') && s.Contains("\"messages\""));
            Assert.True(report is not null && run.ExitCode is 0 or 1, $"vnu did not produce a JSON report:\n{run}");
            using var json = JsonDocument.Parse(report!);
            var messages = json.RootElement.GetProperty("messages").EnumerateArray().Select(m => m.Clone()).ToArray();
            var unplaced = messages.Where(m => Owner(m, sites) is null).Select(m => m.ToString()).ToArray();
            Assert.True(unplaced.Length == 0, "vnu reported on no site's file:\n" + string.Join("\n", unplaced));
            Assert.True(run.ExitCode == 0 || messages.Any(m => m.GetProperty("type").GetString() is "error" or "non-document-error" or "fatal"),
                $"vnu reported no errors but exited {run.ExitCode}:\n{run}");

            CheckedSite Of(BuiltSite site) => new(site, messages.Where(m => Owner(m, sites) == site).ToArray());
            return new CheckedSites(Of(shipped), Of(larger), Of(world), Of(search));
        }

        /// <summary>The site whose folder holds the file a message is about.</summary>
        private static BuiltSite? Owner(JsonElement message, IEnumerable<BuiltSite> sites) =>
            message.TryGetProperty("url", out var url) && FilePath(url.GetString() ?? "") is { } file
                ? sites.FirstOrDefault(s => file.StartsWith(s.Folder.TrimEnd('/') + "/", StringComparison.Ordinal))
                : null;
    }

    /// <summary>vnu names files as file:/abs/path (one slash), with non-ASCII percent-encoded.</summary>
    private static string? FilePath(string url) =>
        url.StartsWith("file:", StringComparison.Ordinal) ? Uri.UnescapeDataString("/" + url["file:".Length..].TrimStart('/')) : null;

    private static string Describe(JsonElement message, string folder)
    {
        string? Text(string name) => message.TryGetProperty(name, out var v) ? v.ToString() : null;
        var url = Text("url") ?? "?";
        // vnu names files as file:/abs/path (one slash), with non-ASCII percent-encoded.
        var file = FilePath(url) is { } path ? Path.GetRelativePath(folder, path).Replace('\\', '/') : url;
        var line = Text("lastLine") ?? Text("firstLine") ?? "?";
        var column = Text("firstColumn") ?? Text("lastColumn") ?? "?";
        var extract = Text("extract") is { } e ? $"  [{e.ReplaceLineEndings(" ").Trim()}]" : "";
        return $"{file}({line},{column}): {Text("type")}: {Text("message")}{extract}";
    }
}
