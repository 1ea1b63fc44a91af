using System.Text.RegularExpressions;
using DivergingReports.Content.Paste;
using DivergingReports.Diagnostics;
using DivergingReports.Importing;
using DivergingReports.Tests.Support;
using Markdig;

namespace DivergingReports.Tests.Importing;

/// <summary>The importer on the two real pastes the product was designed from.</summary>
public class SeedImportTests
{
    private const string WashingtonPostSeed = "Seeds/000_0d852ef38fe3dd27.txt";
    private const string UnnamedOutletSeed = "Seeds/004_8ee392599d26fd74.txt";

    private static TestProject ProjectWithoutArticles()
    {
        var project = TestProject.FromShippedContent();
        foreach (var file in Directory.GetFiles(project.PathOf("content/articles")))
            File.Delete(file);
        return project;
    }

    private static string[] SeedLines(string seed) =>
        File.ReadAllLines(TestProject.Fixture(seed)).Select(l => l.Trim()).Where(l => l.Length > 0).ToArray();

    /// <summary>The article's text as a reader would get it: the Markdown rendered to plain text.</summary>
    private static string PlainText(string markdownFile)
    {
        var body = File.ReadAllText(markdownFile).Split("---", 3)[2];
        return Markdown.ToPlainText(body);
    }

    [Fact]
    public void Washington_Post_seed_keeps_every_line_of_the_article_and_drops_the_noise()
    {
        using var project = ProjectWithoutArticles();
        var run = project.Run("import", TestProject.Fixture(WashingtonPostSeed));
        Assert.True(run.ExitCode == 0, run.Out + run.Error);

        var written = Path.Combine(project.PathOf("content/articles"), "2025-07-03-washington-post-trump-putin-talk-war.md");
        Assert.True(File.Exists(written), run.Out);
        var article = project.Load().Publication.Articles.Single();
        Assert.Equal("Trump and Putin talk about war in Ukraine but make no progress on ceasefire", article.Title);
        Assert.Equal("https://www.washingtonpost.com/politics/2025/07/03/trump-putin-zelensky-russia-ukraine/", article.Url!.AbsoluteUri);
        Assert.Equal("washington-post", article.SourceId);
        Assert.Equal("2025-07-03", article.Published.Day);

        var lines = SeedLines(WashingtonPostSeed);
        var text = PlainText(written);
        // The seed is a page of this publication: headline, prompt, heading, outlet headline, the
        // editor's summary, then the article, then the Source line. Every article line must survive.
        var articleLines = lines.Skip(5).Where(l => !Regex.IsMatch(l, "^(Advertisement ?)+$") && !l.StartsWith("Source:")).ToArray();
        Assert.Equal(20, articleLines.Length);
        foreach (var line in articleLines)
            Assert.Contains(line, text);

        Assert.DoesNotContain("Advertisement", text);
        Assert.DoesNotContain("Share your view in the comments", text);
        Assert.DoesNotContain("Diverging Reports Breakdown", text);
        Assert.DoesNotContain("Source: https", text);
        Assert.DoesNotContain(lines[4], text); // the editor's summary belongs to the breakdown, not the article
        Assert.Contains("summary", run.Out); // and the editor is told where it went
    }

    [Fact]
    public void Unnamed_outlet_seed_needs_source_and_date_flags_and_then_imports_all_its_text()
    {
        using var project = ProjectWithoutArticles();
        var seed = TestProject.Fixture(UnnamedOutletSeed);

        var bare = project.Run("import", seed);
        Assert.Equal(1, bare.ExitCode);
        Assert.Contains("DR0301", bare.Out);
        Assert.Contains("--source ID", bare.Out);
        Assert.Contains("DR0302", bare.Out);
        Assert.Contains("--published YYYY-MM-DD", bare.Out);
        Assert.Empty(Directory.GetFiles(project.PathOf("content/articles")));

        var run = project.Run("import", seed, "--source", "unnamed-outlet", "--published", "2025-07-03");
        Assert.True(run.ExitCode == 0, run.Out + run.Error);
        var written = project.PathOf("content/articles/2025-07-03-unnamed-outlet-trump-calls-ceasefire-ukraine.md");
        Assert.True(File.Exists(written), run.Out);

        var article = project.Load().Publication.Articles.Single();
        Assert.Equal("Trump Calls for Ceasefire in Ukraine During Talk With Putin", article.Title);
        Assert.Null(article.Url);
        Assert.Equal("unnamed-outlet", article.SourceId);

        var text = PlainText(written);
        var articleLines = SeedLines(UnnamedOutletSeed).Skip(1)
            .Where(l => l is not "Estimated read time 2 min read" and not "You May Also Like").ToArray();
        Assert.Equal(10, articleLines.Length);
        foreach (var line in articleLines)
            Assert.Contains(line, text);
        Assert.DoesNotContain("Estimated read time", text);
        Assert.DoesNotContain("You May Also Like", text);
    }

    [Fact]
    public void Import_never_overwrites_an_existing_article()
    {
        using var project = TestProject.FromShippedContent();
        var target = project.PathOf("content/articles/2025-07-03-washington-post-trump-putin-talk-war.md");
        File.WriteAllText(target, "edited by hand");

        var run = project.Run("import", TestProject.Fixture(WashingtonPostSeed));

        Assert.Equal(1, run.ExitCode);
        Assert.Contains(DiagnosticCode.ImportExists.Id, run.Out);
        Assert.Equal("edited by hand", File.ReadAllText(target));
    }

    [Fact]
    public void Import_with_an_unknown_source_suggests_the_known_one()
    {
        using var project = ProjectWithoutArticles();
        var run = project.Run("import", TestProject.Fixture(UnnamedOutletSeed), "--source", "unamed-outlet", "--published", "2025-07-03");
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("DR0201", run.Out);
        Assert.Contains("did you mean 'unnamed-outlet'?", run.Out);
        Assert.Empty(Directory.GetFiles(project.PathOf("content/articles")));
    }
}
