using DivergingReports.Diagnostics;
using DivergingReports.Rendering.Templates;
using DivergingReports.Tests.Support;

namespace DivergingReports.Tests.Building;

/// <summary>
/// The theme is built into divrep: a publication without templates/ gets a complete site, and one
/// with templates/ replaces the built-in theme file by file, the rest coming from divrep.
/// </summary>
public class ThemeOverrideTests
{
    [Fact]
    public void A_publication_of_site_yml_and_content_alone_builds_a_complete_site_with_no_broken_link()
    {
        using var project = TestProject.FromShippedContent();
        Assert.False(Directory.Exists(project.PathOf("templates")));
        var site = project.Build();
        Assert.Equal(BuiltInTheme.File("assets/style.css")!.Bytes, File.ReadAllBytes(Path.Combine(site.Folder, "assets", "style.css")));
        Assert.NotNull(site.Html("stories/trump-putin-call/index.html").QuerySelector("table.divergence-table"));
        var broken = site.BrokenLinks();
        Assert.True(broken.Count == 0, string.Join("\n", broken));
    }

    [Fact]
    public void One_template_and_the_stylesheet_overridden_the_rest_built_in()
    {
        using var plain = new TestProject();
        var expected = plain.Build().Snapshot();

        using var project = new TestProject().WithTemplates("story.sbn");
        project.Write("templates/story.sbn", project.Read("templates/story.sbn").Replace("Diverging Reports breakdown", "Our own breakdown", StringComparison.Ordinal)
            .Replace("<article class=\"story\" data-pagefind-body data-pagefind-meta=\"kind:Story\">", "<article class=\"story\" data-pagefind-body data-pagefind-meta=\"kind:Story\"><img class=\"logo\" src=\"{{ site.assets_url }}logo.svg\" alt=\"\">", StringComparison.Ordinal));
        project.Write("templates/assets/style.css", "body { color: rebeccapurple; }\n");
        project.Write("templates/assets/logo.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>\n");
        var site = project.Build();

        Assert.Equal("Our own breakdown", site.Html("stories/talks/index.html").QuerySelector(".kicker")!.TextContent);
        Assert.Equal("body { color: rebeccapurple; }\n", site.Text("assets/style.css"));
        Assert.True(site.Exists("assets/logo.svg"));
        Assert.Equal("/test/assets/logo.svg", site.Html("stories/talks/index.html").QuerySelector("img.logo")!.GetAttribute("src"));
        // Every other page is the built-in theme's, byte for byte.
        var built = site.Snapshot();
        foreach (var (path, bytes) in expected.Where(f => f.Key is not ("stories/talks/index.html" or "assets/style.css")))
            Assert.True(bytes.AsSpan().SequenceEqual(built[path]), $"{path} differs from the built-in theme's");
        Assert.Empty(site.BrokenLinks());

        // With the copy deleted, the built-in file is used again.
        File.Delete(project.PathOf("templates/story.sbn"));
        Assert.Contains("Diverging Reports breakdown", project.Build().Html("stories/talks/index.html").QuerySelector(".kicker")!.TextContent);
    }

    [Fact]
    public void Overriding_a_partial_makes_again_the_pages_that_include_it_and_no_others()
    {
        using var project = new TestProject();
        var site = project.Build();
        var story = Path.Combine(site.Folder, "stories", "talks", "index.html");
        var (bytesBefore, timeBefore) = (File.ReadAllBytes(story), File.GetLastWriteTimeUtc(story));

        project.WithTemplates("partials/card.sbn");
        project.Write("templates/partials/card.sbn", project.Read("templates/partials/card.sbn").Replace("<dt>Reports</dt>", "<dt>Reports compared</dt>", StringComparison.Ordinal));
        var run = project.Run("build");
        Assert.Equal(0, run.ExitCode);

        Assert.Contains("Reports compared", site.Html("index.html").QuerySelector(".card")!.TextContent);
        // The story page includes no card: it is neither made again nor rewritten.
        Assert.Equal(bytesBefore, File.ReadAllBytes(story));
        Assert.Equal(timeBefore, File.GetLastWriteTimeUtc(story));
    }

    [Fact]
    public void Files_of_templates_that_no_page_uses_are_said_and_left_aside()
    {
        using var project = new TestProject();
        project.Write("templates/story.hbs", "<h1>{{title}}</h1>\n");
        project.Write("templates/storry.sbn", "<h1>{{ title }}</h1>\n");
        project.Write("templates/README.md", "Notes on our theme.\n");
        var run = project.Run("build");
        Assert.Equal(0, run.ExitCode);
        var warnings = run.Lines.Where(l => l.Contains($"warning {DiagnosticCode.ThemeFileIgnored.Id}", StringComparison.Ordinal)).ToArray();
        Assert.Equal(2, warnings.Length);
        Assert.Contains(warnings, w => w.StartsWith("templates/story.hbs(1,1)", StringComparison.Ordinal) && w.Contains("divrep theme copy story.sbn", StringComparison.Ordinal));
        Assert.Contains(warnings, w => w.StartsWith("templates/storry.sbn(1,1)", StringComparison.Ordinal) && w.Contains("did you mean 'story'?", StringComparison.Ordinal));
    }

    [Fact]
    public void A_link_in_templates_is_refused_and_nothing_it_points_to_is_published()
    {
        using var project = new TestProject();
        var secret = project.PathOf("secret.txt");
        File.WriteAllText(secret, "TOKEN=do-not-publish\n");
        Directory.CreateDirectory(project.PathOf("templates/assets"));
        File.CreateSymbolicLink(project.PathOf("templates/assets/env.txt"), secret);
        File.CreateSymbolicLink(project.PathOf("templates/assets/linked"), project.PathOf("content"));

        var run = project.Run("build");
        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"templates/assets/env.txt(1,1): error {DiagnosticCode.ThemeFileRefused.Id}", run.Out);
        Assert.Contains($"templates/assets/linked(1,1): error {DiagnosticCode.ThemeFileRefused.Id}", run.Out);
        Assert.False(Directory.Exists(project.PathOf("_site")));
        Assert.DoesNotContain("do-not-publish", run.Out);
    }
}
