using DivergingReports.Serving;
using DivergingReports.Tests.Support;

namespace DivergingReports.Tests.Serving;

/// <summary>
/// Which saved files start a preview rebuild. serve reads again only what changed, so a file the
/// checks would report (a stray .yaml beside the breakdowns) must start one too; editors' swap and
/// backup files must not.
/// </summary>
public class SiteWatcherTests
{
    [Theory]
    [InlineData("site.yml", true)]
    [InlineData("content/breakdowns/2025-07-03-talks.yml", true)]
    [InlineData("content/articles/alpha-talks.md", true)]
    [InlineData("content/articles/paste.txt", true)]
    [InlineData("content/breakdowns/extra.yaml", true)]
    [InlineData("content/articles/alpha-talks.md.orig", true)]
    [InlineData("templates/partials/card.sbn", true)]
    [InlineData("templates/assets/style.css", true)]
    [InlineData("templates", true)]
    [InlineData("content", true)]
    [InlineData("content/breakdowns/.2025-07-03-talks.yml.swp", false)]
    [InlineData("content/articles/alpha-talks.md~", false)]
    [InlineData("content/articles/alpha-talks.md.tmp", false)]
    [InlineData("_site/index.html", false)]
    [InlineData("README.md", false)]
    public void A_save_starts_a_rebuild_when_the_build_would_read_or_report_the_file(string path, bool watched) =>
        Assert.Equal(watched, SiteWatcher.Watched(path));

    [Fact]
    public async Task Files_made_with_their_folder_are_reported_though_the_folder_was_not_yet_watched()
    {
        using var project = new TestProject();
        var reported = new System.Collections.Concurrent.ConcurrentQueue<string>();
        using var watcher = new SiteWatcher(project.Paths, changed => { foreach (var path in changed) reported.Enqueue(path); });

        // As divrep theme copy does: the folders and the file at once.
        Directory.CreateDirectory(project.PathOf("templates/partials"));
        File.WriteAllText(project.PathOf("templates/partials/card.sbn"), "<p>{{ $card.title }}</p>\n");

        for (var waited = 0; !reported.Contains("templates/partials/card.sbn"); waited += 20)
        {
            Assert.True(waited < 5_000, "the new file was not reported; reported: " + string.Join(", ", reported));
            await Task.Delay(20);
        }
    }
}
