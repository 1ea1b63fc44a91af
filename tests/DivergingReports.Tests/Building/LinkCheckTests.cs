using DivergingReports.Tests.Support;

namespace DivergingReports.Tests.Building;

/// <summary>Every internal link, image, stylesheet and fragment resolves to a file of the built site, with or without a sub-path.</summary>
public class LinkCheckTests
{
    [Theory]
    [InlineData("https://example.github.io/diverging-reports/")]
    [InlineData("https://news.example.org/")]
    public void The_shipped_sample_has_no_broken_link(string baseUrl)
    {
        using var project = TestProject.FromShippedContent();
        var site = project.Build("--base-url", baseUrl);
        Assert.True(site.HtmlFiles().Count() > 10);
        var broken = site.BrokenLinks();
        Assert.True(broken.Count == 0, string.Join("\n", broken));
    }

    [Fact]
    public void Links_all_carry_the_sub_path_of_base_url()
    {
        using var project = new TestProject();
        var site = project.Build("--base-url", "https://owner.github.io/project/");
        var hrefs = site.HtmlFiles().SelectMany(f => site.Html(f).QuerySelectorAll("a[href], link[href]").Select(e => e.GetAttribute("href")!))
            .Where(h => h.StartsWith('/')).ToArray();
        Assert.NotEmpty(hrefs);
        Assert.All(hrefs, h => Assert.StartsWith("/project/", h));
        Assert.Empty(site.BrokenLinks());
        Assert.Contains("https://owner.github.io/project/stories/talks/", site.Text("sitemap.xml"));
    }

    [Fact]
    public void The_link_checker_finds_a_broken_link()
    {
        using var project = new TestProject();
        var site = project.Build();
        File.AppendAllText(Path.Combine(site.Folder, "index.html"), "<a href=\"/test/stories/nowhere/\">x</a><a href=\"/elsewhere/\">y</a><a href=\"#no-such-id\">z</a>");
        var broken = site.BrokenLinks();
        Assert.Equal(3, broken.Count);
    }
}
