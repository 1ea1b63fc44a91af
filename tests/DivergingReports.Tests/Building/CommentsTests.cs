using DivergingReports.Tests.Support;

namespace DivergingReports.Tests.Building;

public class CommentsTests
{
    [Fact]
    public void Giscus_comments_appear_on_story_pages_only_when_site_yml_configures_them()
    {
        using var project = new TestProject();
        var without = project.Build("--output", "plain");
        Assert.Empty(without.Html("stories/talks/index.html").QuerySelectorAll("script[src]"));

        project.Write("site.yml", TestProject.SiteYml + """

            comments:
              giscus: { repo: owner/news, repo_id: R_123, category: Comments, category_id: DIC_456 }
            """);
        var with = project.Build("--output", "commented");
        var script = with.Html("stories/talks/index.html").QuerySelectorAll("script[src]").Single();
        Assert.Equal("https://giscus.app/client.js", script.GetAttribute("src"));
        Assert.Equal("owner/news", script.GetAttribute("data-repo"));
        Assert.Equal("R_123", script.GetAttribute("data-repo-id"));
        Assert.Equal("DIC_456", script.GetAttribute("data-category-id"));
        Assert.Empty(with.Html("index.html").QuerySelectorAll("script[src]"));
    }
}
