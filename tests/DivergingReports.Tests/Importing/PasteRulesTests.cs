using DivergingReports.Content.Paste;
using DivergingReports.Diagnostics;
using DivergingReports.Importing;
using DivergingReports.Tests.Support;
using Markdig;

namespace DivergingReports.Tests.Importing;

/// <summary>The importer's rules on small hand-made pastes.</summary>
public class PasteRulesTests
{
    private static (CliRun Run, string? Text, TestProject Project) Import(string paste, string extraSite = "", params string[] flags)
    {
        var project = new TestProject();
        if (extraSite.Length > 0) project.Write("site.yml", TestProject.SiteYml + "\n" + extraSite);
        project.Write("paste.txt", paste);
        var before = Directory.GetFiles(project.PathOf("content/articles")).ToHashSet();
        var run = project.Run(["import", "paste.txt", .. flags]);
        var written = Directory.GetFiles(project.PathOf("content/articles")).Where(f => !before.Contains(f)).ToArray();
        return (run, written.Length == 1 ? File.ReadAllText(written[0]) : null, project);
    }

    private static string Plain(string file) => Markdown.ToPlainText(file.Split("---", 3)[2]);

    [Fact]
    public void A_subdomain_of_a_sources_domain_names_the_source_and_an_unpadded_date_in_the_path_is_read()
    {
        var (run, text, project) = Import("Headline here\nBody line.\nSource: https://edition.beta.example/news/2025/7/3/story");
        using var _ = project;
        Assert.True(run.ExitCode == 0, run.Out);
        Assert.NotNull(text);
        Assert.Contains("source: beta", text);
        Assert.Contains("published: 2025-07-03", text);
        Assert.True(File.Exists(project.PathOf("content/articles/2025-07-03-beta-headline-here.md")));
    }

    [Fact]
    public void A_source_line_that_is_not_a_bare_url_is_article_text()
    {
        var (run, text, project) = Import("Headline\nSource: officials close to the talks said so.\nSecond line.", "", "--source", "alpha", "--published", "2025-07-01");
        using var _ = project;
        Assert.True(run.ExitCode == 0, run.Out);
        Assert.Contains("Source: officials close to the talks said so.", Plain(text!));
        Assert.DoesNotContain("url:", text);
    }

    [Fact]
    public void Noise_patterns_from_site_yml_are_removed_besides_the_built_in_ones()
    {
        var (run, text, project) = Import("Headline\nSubscribe to our newsletter\nAdvertisement Advertisement\nKept line.", "import:\n  noise: ['^Subscribe to our newsletter$']",
            "--source", "alpha", "--published", "2025-07-01");
        using var _ = project;
        Assert.True(run.ExitCode == 0, run.Out);
        var plain = Plain(text!);
        Assert.DoesNotContain("Subscribe", plain);
        Assert.DoesNotContain("Advertisement", plain);
        Assert.Contains("Kept line.", plain);
    }

    [Fact]
    public void An_unusable_noise_pattern_is_reported_at_its_place_in_site_yml()
    {
        using var project = new TestProject();
        project.Write("site.yml", TestProject.SiteYml + "\nimport:\n  noise: ['(unclosed']");
        var d = project.Load().Single(DiagnosticCode.InvalidPattern);
        d.At("site.yml", 7, 11);
    }

    [Fact]
    public void Text_that_looks_like_markdown_reads_back_as_the_same_text()
    {
        var lines = new[] { "1. Not a list item", "# Not a heading", "*Not emphasis* and _not_ either", "- not a bullet", "<b>not html</b>", "[not](a-link)" };
        var (run, text, project) = Import("Headline\n" + string.Join("\n", lines), "", "--source", "alpha", "--published", "2025-07-01");
        using var _ = project;
        Assert.True(run.ExitCode == 0, run.Out);
        var pipeline = new MarkdownPipelineBuilder().DisableHtml().Build();
        var html = Markdown.ToHtml(text!.Split("---", 3)[2], pipeline);
        Assert.DoesNotContain("<ol", html);
        Assert.DoesNotContain("<ul", html);
        Assert.DoesNotContain("<h1", html);
        Assert.DoesNotContain("<em", html);
        Assert.DoesNotContain("<a ", html);
        Assert.DoesNotContain("<b>", html);
        var plain = Markdown.ToPlainText(text.Split("---", 3)[2], pipeline);
        foreach (var line in lines)
            Assert.Contains(line, plain);
    }

    [Fact]
    public void A_headline_with_a_colon_is_quoted_in_front_matter_and_loads_back_unchanged()
    {
        var (run, _, project) = Import("Ukraine: \"talks\" #1 go on\nBody.", "", "--source", "alpha", "--published", "2025-07-01");
        using var __ = project;
        Assert.True(run.ExitCode == 0, run.Out);
        var result = project.Load();
        var article = result.Publication.Articles.Single(a => a.Id.StartsWith("2025-07-01-alpha"));
        Assert.Equal("Ukraine: \"talks\" #1 go on", article.Title);
    }

    [Fact]
    public void A_paste_of_only_noise_is_reported_and_nothing_is_written()
    {
        var (run, text, project) = Import("Advertisement\n\nYou May Also Like\n", "", "--source", "alpha", "--published", "2025-07-01");
        using var _ = project;
        Assert.Equal(1, run.ExitCode);
        Assert.Contains(DiagnosticCode.ImportEmpty.Id, run.Out);
        Assert.Null(text);
    }

    [Fact]
    public void A_bad_published_flag_is_reported()
    {
        var (run, text, project) = Import("Headline\nBody.", "", "--source", "alpha", "--published", "3 July");
        using var _ = project;
        Assert.Equal(1, run.ExitCode);
        Assert.Contains(DiagnosticCode.InvalidDate.Id, run.Out);
        Assert.Null(text);
    }
}
