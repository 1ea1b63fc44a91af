using DivergingReports.Diagnostics;
using DivergingReports.Tests.Support;

namespace DivergingReports.Tests.Diagnostics;

/// <summary>An article's <c>language:</c> and <c>translation:</c>: each mistake one diagnostic at its line and column, and what is right loaded.</summary>
public class ArticleLanguageDiagnosticsTests
{
    private const string ArticlePath = "content/articles/alpha-talks.md";

    /// <summary>The minimal publication's first article with <paramref name="fields"/> added after its last field (line 5 on).</summary>
    private static TestProject WithFields(string fields)
    {
        var project = new TestProject();
        project.Write(ArticlePath, TestProject.AlphaArticle.Replace("\r\n", "\n").Replacing("published: 2025-07-03\n", "published: 2025-07-03\n" + fields));
        return project;
    }

    [Fact]
    public void The_language_and_the_translation_are_loaded()
    {
        using var p = WithFields("""
            language: de
            translation:
              by: Diverging Reports
              text: |
                The talks lasted an *hour*.

                Officials said so.

            """);

        var result = p.Load();

        Assert.Empty(result.Diagnostics);
        var article = result.Publication.Articles.Single(a => a.Id == "alpha-talks");
        Assert.Equal("de", article.Language);
        Assert.Equal("Diverging Reports", article.Translation!.By);
        Assert.Equal("The talks lasted an *hour*.\n\nOfficials said so.", article.Translation.Text);
        Assert.Null(result.Publication.Articles.Single(a => a.Id == "beta-talks").Language);
    }

    [Theory]
    [InlineData("English", "write the language's code: en")]
    [InlineData("PT-br", "write it as pt-BR")]
    [InlineData("deutsch", "write a code such as en, fr or pt-BR")]
    public void A_language_that_is_not_a_code_is_reported_at_its_value(string written, string hint)
    {
        using var p = WithFields($"language: {written}\n");

        var d = p.Load().Single(DiagnosticCode.InvalidValue);

        d.At(ArticlePath, 5, 11);
        Assert.Equal($"'{written}' is not a language code", d.Message);
        Assert.Equal(hint, d.Hint);
    }

    [Fact]
    public void A_translation_without_its_credit_is_reported_at_the_start_of_the_block()
    {
        using var p = WithFields("""
            translation:
              text: |
                The talks lasted an hour.

            """);

        var result = p.Load();

        var d = Assert.Single(result.Diagnostics);
        Assert.Equal(DiagnosticCode.MissingField.Id, d.Code);
        d.At(ArticlePath, 6, 3);
        Assert.Equal("required field 'by' is missing from a translation", d.Message);
        Assert.StartsWith("add 'by:' — Who translated the article", d.Hint);
        Assert.Null(result.Publication.Articles.Single(a => a.Id == "alpha-talks").Translation);
    }

    [Fact]
    public void A_translation_without_its_text_is_reported()
    {
        using var p = WithFields("translation:\n  by: Diverging Reports\n");

        var d = Assert.Single(p.Load().Diagnostics);

        Assert.Equal(DiagnosticCode.MissingField.Id, d.Code);
        d.At(ArticlePath, 6, 3);
        Assert.Equal("required field 'text' is missing from a translation", d.Message);
    }

    [Fact]
    public void A_translation_written_as_one_line_is_the_wrong_kind()
    {
        using var p = WithFields("translation: The talks lasted an hour.\n");

        var d = Assert.Single(p.Load().Diagnostics);

        Assert.Equal(DiagnosticCode.WrongType.Id, d.Code);
        d.At(ArticlePath, 5, 14);
        Assert.Equal("'translation' should be a block of fields (by, text), but is a single value", d.Message);
    }

    [Fact]
    public void A_credit_given_as_a_list_is_the_wrong_kind()
    {
        using var p = WithFields("translation:\n  by: [Ann, Bo]\n  text: The talks lasted an hour.\n");

        var d = Assert.Single(p.Load().Diagnostics);

        Assert.Equal(DiagnosticCode.WrongType.Id, d.Code);
        d.At(ArticlePath, 6, 7);
        Assert.Equal("'by' should be a single value, but is a list", d.Message);
    }

    [Fact]
    public void An_unknown_field_in_a_translation_is_reported_at_its_name()
    {
        using var p = WithFields("translation:\n  by: Diverging Reports\n  text: The talks lasted an hour.\n  language: en\n");

        var d = Assert.Single(p.Load().Diagnostics);

        Assert.Equal(DiagnosticCode.UnknownField.Id, d.Code);
        d.At(ArticlePath, 8, 3);
        Assert.Equal("unknown field 'language' in a translation", d.Message);
    }

    [Fact]
    public void A_control_character_in_the_credit_is_a_warning_at_its_value()
    {
        using var p = WithFields("translation:\n  by: \"Diverging\\eReports\"\n  text: The talks lasted an hour.\n");

        var d = Assert.Single(p.Load().Diagnostics);

        Assert.Equal(DiagnosticCode.ControlCharacter.Id, d.Code);
        Assert.Equal(Severity.Warning, d.Severity);
        d.At(ArticlePath, 6, 7);
    }

    [Fact]
    public void An_unsafe_link_in_a_translation_is_reported_where_it_stands()
    {
        using var p = WithFields("""
            translation:
              by: Diverging Reports
              text: |
                The talks lasted [an hour](javascript:alert(1)).

            """);

        var d = Assert.Single(p.Load().Diagnostics);

        Assert.Equal(ArticlePath, d.Location.Path);
        Assert.Equal(8, d.Location.Line);
        Assert.Contains("javascript", d.Message);
    }
}
