using DivergingReports.Serving;

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
    [InlineData("content/breakdowns/.2025-07-03-talks.yml.swp", false)]
    [InlineData("content/articles/alpha-talks.md~", false)]
    [InlineData("content/articles/alpha-talks.md.tmp", false)]
    [InlineData("_site/index.html", false)]
    [InlineData("README.md", false)]
    public void A_save_starts_a_rebuild_when_the_build_would_read_or_report_the_file(string path, bool watched) =>
        Assert.Equal(watched, SiteWatcher.Watched(path));
}
