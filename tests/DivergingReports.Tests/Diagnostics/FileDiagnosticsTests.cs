using System.Text;
using DivergingReports.Diagnostics;
using DivergingReports.Tests.Support;

namespace DivergingReports.Tests.Diagnostics;

/// <summary>DR0002–DR0004, DR0006, DR0007: problems with a whole file rather than one of its fields.</summary>
public class FileDiagnosticsTests
{
    [Fact]
    public void A_file_that_is_not_utf8_is_reported_at_its_start()
    {
        using var p = new TestProject();
        // "Café" saved as Latin-1: the byte 0xE9 alone is not UTF-8.
        var latin1 = Encoding.Latin1.GetBytes("name: Beta Caf\u00e9\ndomains: [beta.example]\ncountry: US\n");
        File.WriteAllBytes(p.PathOf("content/sources/beta.yml"), latin1);

        var result = p.Load();

        var d = result.Single(DiagnosticCode.Unreadable);
        d.At("content/sources/beta.yml", 1, 1);
        Assert.Contains("UTF-8", d.Message);
        Assert.Contains("UTF-8", d.Hint);
    }

    [Fact]
    public void An_article_without_front_matter_is_reported_at_its_start()
    {
        using var p = new TestProject();
        // The opening '---' line is missing.
        p.Write("content/articles/beta-talks.md", TestProject.BetaArticle.Replacing("---\ntitle:", "title:"));

        var result = p.Load();

        var d = result.Single(DiagnosticCode.FrontMatter);
        d.At("content/articles/beta-talks.md", 1, 1);
        Assert.Contains("must start with front matter", d.Message);
        Assert.Contains("'---'", d.Hint);
    }

    [Fact]
    public void Front_matter_that_is_not_closed_is_reported_at_the_start_of_the_file()
    {
        using var p = new TestProject();
        // The closing '---' line (line 6) is missing.
        p.Write("content/articles/beta-talks.md", TestProject.BetaArticle.Replacing("B. Writer]\n---\n", "B. Writer]\n"));

        var result = p.Load();

        var d = result.Single(DiagnosticCode.FrontMatter);
        d.At("content/articles/beta-talks.md", 1, 1);
        Assert.Contains("not closed", d.Message);
    }

    [Fact]
    public void A_file_holding_a_list_instead_of_fields_is_reported_where_the_list_starts()
    {
        using var p = new TestProject();
        // Line 1 is a comment; the list starts at line 2, column 1.
        p.Write("content/sources/beta.yml", """
            # Beta Post
            - name: Beta Post
              domains: [beta.example]
              country: US
            """);

        var result = p.Load();

        var d = result.Single(DiagnosticCode.NotAMapping);
        d.At("content/sources/beta.yml", 2, 1);
        Assert.Contains("holds a list", d.Message);
    }

    [Fact]
    public void A_missing_site_yml_is_reported_at_its_start()
    {
        using var p = new TestProject();
        p.Delete("site.yml");

        var result = p.Load();

        var d = result.Single(DiagnosticCode.MissingFile);
        d.At("site.yml", 1, 1);
        Assert.Contains("site.yml is missing", d.Message);
    }

    [Fact]
    public void A_yaml_file_with_the_long_extension_is_ignored_with_a_warning_to_rename_it()
    {
        using var p = new TestProject();
        p.Write("content/sources/gamma.yaml", "name: Gamma Times\n");

        var result = p.Load();

        var d = result.Single(DiagnosticCode.IgnoredFile);
        d.At("content/sources/gamma.yaml", 1, 1);
        Assert.Equal(Severity.Warning, d.Severity);
        Assert.Equal("rename it to end in .yml", d.Hint);
        Assert.DoesNotContain(result.Publication.Sources, s => s.Id == "gamma");
    }
}
