using DivergingReports.Diagnostics;
using DivergingReports.Tests.Support;

namespace DivergingReports.Tests.Diagnostics;

/// <summary>DR0001 (YAML syntax) and DR0005 (a field given twice): what the YAML parser rejects, at the place an editor must fix.</summary>
public class YamlSyntaxDiagnosticsTests
{
    private const string StoryPath = "content/breakdowns/2025-07-03-talks.yml";

    [Fact]
    public void A_tab_used_for_indentation_is_reported_at_the_tab()
    {
        using var p = new TestProject();
        // Line 8 of the story, the first report's summary, indented with a tab instead of four spaces.
        p.Write(StoryPath, TestProject.Story.Replacing("    summary: Alpha says it was long.", "\tsummary: Alpha says it was long."));

        var result = p.Load();

        var d = result.Single(DiagnosticCode.YamlSyntax);
        d.At(StoryPath, 8, 1);
        Assert.Contains("tab", d.Message);
        Assert.Contains("spaces", d.Hint);
    }

    [Fact]
    public void A_tab_after_spaces_in_the_indentation_is_reported_at_the_tab()
    {
        using var p = new TestProject();
        // Line 15: "    \tbeta: Short." — four spaces then a tab where six spaces belong; the tab is column 5.
        p.Write(StoryPath, TestProject.Story.Replacing("      beta: Short.", "    \tbeta: Short."));

        var result = p.Load();

        var d = result.Single(DiagnosticCode.YamlSyntax);
        d.At(StoryPath, 15, 5);
        Assert.Contains("tab", d.Message);
    }

    [Fact]
    public void A_line_indented_wrong_is_reported_where_the_parser_stops()
    {
        using var p = new TestProject();
        // Line 10: the second report's summary indented by 3 spaces instead of 4. The parser reads
        // "summary" (column 4) as a new block that is neither a field of the report nor a '-' item.
        p.Write(StoryPath, TestProject.Story.Replacing("    summary: Beta says it was short.", "   summary: Beta says it was short."));

        var result = p.Load();

        var d = result.Single(DiagnosticCode.YamlSyntax);
        d.At(StoryPath, 10, 4);
        Assert.Equal("this line is not indented like the lines around it", d.Message);
    }

    [Fact]
    public void An_unclosed_quote_is_reported_at_the_opening_quote()
    {
        using var p = new TestProject();
        // Line 1: name: "Beta Post — the quote opens at column 7 and is never closed.
        p.Write("content/sources/beta.yml", TestProject.BetaSource.Replacing("name: Beta Post", "name: \"Beta Post"));

        var result = p.Load();

        var d = result.Single(DiagnosticCode.YamlSyntax);
        d.At("content/sources/beta.yml", 1, 7);
        Assert.Equal("a quoted value is not closed", d.Message);
        Assert.Contains("closing quote", d.Hint);
    }

    [Fact]
    public void A_syntax_error_in_front_matter_is_reported_at_the_line_of_the_file_not_of_the_front_matter()
    {
        using var p = new TestProject();
        // File line 2 (front matter line 1): title: "Alpha reports the talks — quote at column 8.
        p.Write("content/articles/alpha-talks.md", TestProject.AlphaArticle.Replacing("title: Alpha reports", "title: \"Alpha reports"));

        var result = p.Load();

        var d = result.Single(DiagnosticCode.YamlSyntax);
        d.At("content/articles/alpha-talks.md", 2, 8);
        Assert.Equal("a quoted value is not closed", d.Message);
    }

    [Fact]
    public void A_second_yaml_document_is_reported_at_its_separator_line()
    {
        using var p = new TestProject();
        // Line 2 is a '---' line starting a second document.
        p.Write("content/sources/beta.yml", """
            name: Beta Post
            ---
            domains: [beta.example]
            country: US
            """);

        var result = p.Load();

        var d = result.Single(DiagnosticCode.YamlSyntax);
        d.At("content/sources/beta.yml", 2, 1);
        Assert.Contains("second YAML document", d.Message);
    }

    [Fact]
    public void A_field_given_twice_is_reported_at_the_second_one()
    {
        using var p = new TestProject();
        // Line 9: a second "summary:" in the first report, indented 4 (column 5).
        p.Write(StoryPath, TestProject.Story.Replacing(
            "    summary: Alpha says it was long.\n",
            "    summary: Alpha says it was long.\n    summary: Alpha says it was an hour.\n"));

        var result = p.Load();

        var d = result.Single(DiagnosticCode.DuplicateKey);
        d.At(StoryPath, 9, 5);
        Assert.Contains("given twice", d.Message);
        Assert.DoesNotContain(result.Diagnostics, x => x.Code == DiagnosticCode.YamlSyntax.Id);
    }

    [Fact]
    public void An_unclosed_list_is_reported_at_its_opening_bracket()
    {
        using var p = new TestProject();
        // Line 3: "tags: [talks, diplomacy" — the bracket is at column 7.
        p.Write("content/breakdowns/2025-07-03-talks.yml", TestProject.Story.Replacing("tags: [talks, diplomacy]", "tags: [talks, diplomacy"));
        var d = p.Load().Single(DiagnosticCode.YamlSyntax);
        d.At("content/breakdowns/2025-07-03-talks.yml", 3, 7);
        Assert.Contains("not closed", d.Message);
    }
}
