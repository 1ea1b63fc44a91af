using DivergingReports.Content;
using DivergingReports.Diagnostics;
using DivergingReports.Tests.Support;

namespace DivergingReports.Tests.Importing;

/// <summary>Raw pastes (.txt) kept in content/articles are read through the importer.</summary>
public class PasteInContentTests
{
    [Fact]
    public void A_paste_whose_address_tells_source_and_date_is_an_article()
    {
        using var project = new TestProject();
        project.Delete("content/articles/alpha-talks.md");
        project.Write("content/articles/alpha-talks.txt", "Alpha reports the talks\nAdvertisement\nThe talks lasted an hour.\nSource: https://www.alpha.example/2025/07/03/talks/");
        var result = project.Load();
        Assert.True(result.Diagnostics.Count == 0, string.Join("\n", result.Diagnostics));
        var article = result.Publication.Articles.Single(a => a.Id == "alpha-talks");
        Assert.Equal("alpha", article.SourceId);
        Assert.Equal("Alpha reports the talks", article.Title);
        Assert.Equal("2025-07-03", article.Published.Day);
        var text = new ArticleTexts(project.Paths, result.Publication.Site).Read(article);
        Assert.Contains("The talks lasted an hour.", text);
        Assert.DoesNotContain("Advertisement", text);
    }

    [Fact]
    public void A_paste_without_a_date_says_which_import_flag_supplies_it()
    {
        using var project = new TestProject();
        project.Delete("content/articles/beta-talks.md");
        project.Write("content/articles/beta-talks.txt", "\nBeta reports the talks\nThe talks were short.\nSource: https://beta.example/world/talks");
        var d = project.Load().Single(DiagnosticCode.ImportNoDate);
        d.At("content/articles/beta-talks.txt", 2, 1);
        Assert.Contains("divrep import content/articles/beta-talks.txt --published", d.Hint);
    }
}
