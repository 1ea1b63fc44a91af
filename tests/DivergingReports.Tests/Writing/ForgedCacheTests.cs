using DivergingReports.Tests.Support;

namespace DivergingReports.Tests.Writing;

/// <summary>
/// The build cache lies beside the output, where a pull request can put anything: a link or a pipe in
/// its place is no cache at all, and the build is a full one, not a wait or a read without end.
/// </summary>
public class ForgedCacheTests
{
    [Theory]
    [InlineData("link to /dev/urandom")]
    [InlineData("named pipe")]
    public void A_cache_that_is_not_a_regular_file_is_ignored_and_the_site_built_whole(string form)
    {
        using var project = new TestProject();
        var cache = Path.Combine(project.Root, "._site.divrep-cache");
        if (form == "named pipe") SpecialFiles.Fifo(cache);
        else File.CreateSymbolicLink(cache, "/dev/urandom");

        var run = SpecialFiles.Within(60, () => project.Run("build"));

        Assert.True(run.ExitCode == 0, run.Out + run.Error);
        var site = new BuiltSite(Path.Combine(project.Root, "_site"), new Uri("https://example.org/test/"));
        Assert.Equal("The talks", site.Html("stories/talks/index.html").QuerySelector("h1")!.TextContent.Trim());
    }
}
