using DivergingReports.Diagnostics;
using DivergingReports.Tests.Support;

namespace DivergingReports.Tests.Diagnostics;

/// <summary>DR01xx: one field's value. Each test breaks one line of the minimal publication.</summary>
public class FieldDiagnosticsTests
{
    private const string StoryPath = "content/breakdowns/2025-07-03-talks.yml";

    [Fact]
    public void An_unknown_field_is_reported_at_its_name_with_the_near_miss()
    {
        using var p = new TestProject();
        // Line 11: "divergence:" for "divergences:".
        p.Write(StoryPath, TestProject.Story.Replacing("divergences:", "divergence:"));

        var result = p.Load();

        var d = result.Single(DiagnosticCode.UnknownField);
        d.At(StoryPath, 11, 1);
        Assert.Contains("unknown field 'divergence'", d.Message);
        Assert.Equal("did you mean 'divergences'?", d.Hint);
    }

    [Fact]
    public void A_breakdown_without_a_date_is_reported_at_the_start_of_its_fields()
    {
        using var p = new TestProject();
        p.Write(StoryPath, TestProject.Story.Replacing("date: 2025-07-03\n", ""));

        var result = p.Load();

        var d = result.Single(DiagnosticCode.MissingField);
        d.At(StoryPath, 1, 1);
        Assert.Contains("required field 'date' is missing", d.Message);
        Assert.StartsWith("add 'date:'", d.Hint);
    }

    [Fact]
    public void Reports_given_as_a_single_value_is_the_wrong_kind()
    {
        using var p = new TestProject();
        // Line 6: "reports: foo" — the value starts at column 10.
        p.Write(StoryPath, TestProject.Story.Replacing("""
            reports:
              - article: alpha-talks
                summary: Alpha says it was long.
              - article: beta-talks
                summary: Beta says it was short.
            """, "reports: foo"));

        var result = p.Load();

        var d = result.Single(DiagnosticCode.WrongType);
        d.At(StoryPath, 6, 10);
        Assert.Equal("'reports' should be a list, but is a single value", d.Message);
    }

    [Fact]
    public void Tags_given_as_a_mapping_is_the_wrong_kind()
    {
        using var p = new TestProject();
        // Line 3: "tags: {talks: diplomacy}" — the mapping opens at column 7.
        p.Write(StoryPath, TestProject.Story.Replacing("tags: [talks, diplomacy]", "tags: {talks: diplomacy}"));

        var result = p.Load();

        var d = result.Single(DiagnosticCode.WrongType);
        d.At(StoryPath, 3, 7);
        Assert.Equal("'tags' should be a list, but is a set of fields", d.Message);
    }

    [Fact]
    public void A_title_given_as_a_list_is_the_wrong_kind()
    {
        using var p = new TestProject();
        // Line 1: "title: [The, talks]" — the list opens at column 8.
        p.Write(StoryPath, TestProject.Story.Replacing("title: The talks", "title: [The, talks]"));

        var result = p.Load();

        var d = result.Single(DiagnosticCode.WrongType);
        d.At(StoryPath, 1, 8);
        Assert.Equal("'title' should be a single value, but is a list", d.Message);
        Assert.Equal("write one value after the colon, not a list", d.Hint);
    }

    [Fact]
    public void A_date_that_does_not_exist_is_invalid()
    {
        using var p = new TestProject();
        // Line 2: "date: 2025-13-45" — value at column 7.
        p.Write(StoryPath, TestProject.Story.Replacing("date: 2025-07-03", "date: 2025-13-45"));

        var result = p.Load();

        var d = result.Single(DiagnosticCode.InvalidDate);
        d.At(StoryPath, 2, 7);
        Assert.Equal("'date' is not a valid date: '2025-13-45'", d.Message);
        Assert.Contains("YYYY-MM-DD", d.Hint);
    }

    [Fact]
    public void A_date_written_in_words_is_invalid_at_the_line_of_the_file()
    {
        using var p = new TestProject();
        // File line 4 (front matter starts on line 2): "published: July 3" — value at column 12.
        p.Write("content/articles/alpha-talks.md", TestProject.AlphaArticle.Replacing("published: 2025-07-03", "published: July 3"));

        var result = p.Load();

        var d = result.Single(DiagnosticCode.InvalidDate);
        d.At("content/articles/alpha-talks.md", 4, 12);
        Assert.Equal("'published' is not a valid date: 'July 3'", d.Message);
    }

    [Fact]
    public void A_slug_that_is_a_path_is_an_invalid_id_and_is_not_used()
    {
        using var p = new TestProject();
        // Line 3 (inserted): "slug: ../escape" — value at column 7.
        p.Write(StoryPath, TestProject.Story.Replacing("date: 2025-07-03\n", "date: 2025-07-03\nslug: ../escape\n"));

        var result = p.Load();

        var d = result.Single(DiagnosticCode.InvalidId);
        d.At(StoryPath, 3, 7);
        Assert.Equal("'../escape' is not a valid slug", d.Message);
        Assert.Contains("such as 'escape'", d.Hint);
        Assert.Equal("talks", result.Publication.Stories.Single().Slug.Value);
    }

    [Fact]
    public void A_source_file_name_with_a_space_and_capitals_is_an_invalid_id()
    {
        using var p = new TestProject();
        p.Write("content/sources/Bad Name.yml", "name: Gamma Times\n");

        var result = p.Load();

        var d = result.Single(DiagnosticCode.InvalidId);
        d.At("content/sources/Bad Name.yml", 1, 1);
        Assert.Contains("'Bad Name' is not a valid file name", d.Message);
        Assert.Contains("such as 'bad-name'", d.Hint);
        Assert.Equal(["alpha", "beta"], result.Publication.Sources.Select(s => s.Id));
    }

    [Fact]
    public void A_tag_with_a_space_and_capitals_is_an_invalid_id()
    {
        using var p = new TestProject();
        // Line 3: "tags: [talks, US Policy]" — the second item starts at column 15.
        p.Write(StoryPath, TestProject.Story.Replacing("tags: [talks, diplomacy]", "tags: [talks, US Policy]"));

        var result = p.Load();

        var d = result.Single(DiagnosticCode.InvalidId);
        d.At(StoryPath, 3, 15);
        Assert.Equal("'US Policy' is not a valid tag", d.Message);
        Assert.Contains("such as 'us-policy'", d.Hint);
        Assert.Equal(["talks"], result.Publication.Stories.Single().Tags);
    }

    [Fact]
    public void A_javascript_url_is_rejected()
    {
        using var p = new TestProject();
        // File line 4 (inserted after "source: beta"): "url: javascript:alert(1)" — value at column 6.
        p.Write("content/articles/beta-talks.md", TestProject.BetaArticle.Replacing("source: beta\n", "source: beta\nurl: javascript:alert(1)\n"));

        var result = p.Load();

        var d = result.Single(DiagnosticCode.InvalidUrl);
        d.At("content/articles/beta-talks.md", 4, 6);
        Assert.Equal("'url' is not a web address: 'javascript:alert(1)'", d.Message);
        Assert.Equal("only http:// and https:// addresses are allowed", d.Hint);
        Assert.Null(result.Publication.Articles.Single(a => a.Id == "beta-talks").Url);
    }

    [Fact]
    public void Country_UK_is_not_iso_and_the_hint_names_GB()
    {
        using var p = new TestProject();
        // Line 3: "country: UK" — value at column 10.
        p.Write("content/sources/beta.yml", TestProject.BetaSource.Replacing("country: US", "country: UK"));

        var result = p.Load();

        var d = result.Single(DiagnosticCode.InvalidCountry);
        d.At("content/sources/beta.yml", 3, 10);
        Assert.Equal("'UK' is not an ISO 3166-1 country code", d.Message);
        Assert.Equal("did you mean 'GB' (United Kingdom)?", d.Hint);
    }

    [Fact]
    public void Country_XX_is_not_iso()
    {
        using var p = new TestProject();
        p.Write("content/sources/beta.yml", TestProject.BetaSource.Replacing("country: US", "country: XX"));

        var result = p.Load();

        var d = result.Single(DiagnosticCode.InvalidCountry);
        d.At("content/sources/beta.yml", 3, 10);
        Assert.Equal("'XX' is not an ISO 3166-1 country code", d.Message);
        Assert.Contains("two-letter ISO 3166-1 code", d.Hint);
        Assert.Null(result.Publication.Sources.Single(s => s.Id == "beta").Country);
    }

    [Fact]
    public void Country_NO_is_read_as_Norway_not_as_false()
    {
        using var p = new TestProject();
        p.Write("content/sources/beta.yml", TestProject.BetaSource.Replacing("country: US", "country: NO"));

        var result = p.Load();

        Assert.True(result.Diagnostics.Count == 0, string.Join("\n", result.Diagnostics));
        Assert.Equal("NO", result.Publication.Sources.Single(s => s.Id == "beta").Country);
        Assert.Equal("NO", result.Publication.Sources.Single(s => s.Id == "alpha").Country);
    }

    [Fact]
    public void A_title_that_looks_like_a_number_is_kept_as_text()
    {
        using var p = new TestProject();
        p.Write(StoryPath, TestProject.Story.Replacing("title: The talks", "title: 2025"));

        var result = p.Load();

        Assert.True(result.Diagnostics.Count == 0, string.Join("\n", result.Diagnostics));
        Assert.Equal("2025", result.Publication.Stories.Single().Title);
    }

    [Fact]
    public void Draft_that_is_not_true_or_false_is_an_invalid_value()
    {
        using var p = new TestProject();
        // Line 3 (inserted): "draft: maybe" — value at column 8.
        p.Write(StoryPath, TestProject.Story.Replacing("date: 2025-07-03\n", "date: 2025-07-03\ndraft: maybe\n"));

        var result = p.Load();

        var d = result.Single(DiagnosticCode.InvalidValue);
        d.At(StoryPath, 3, 8);
        Assert.Equal("'draft' should be true or false, not 'maybe'", d.Message);
        Assert.Equal("write true or false", d.Hint);
    }

    [Fact]
    public void An_empty_title_is_reported_right_after_its_colon()
    {
        using var p = new TestProject();
        // Line 1: "title:" — nothing after the colon (column 6), so the empty value is at column 7.
        p.Write(StoryPath, TestProject.Story.Replacing("title: The talks", "title:"));

        var result = p.Load();

        var d = result.Single(DiagnosticCode.EmptyValue);
        d.At(StoryPath, 1, 7);
        Assert.Equal("'title' is empty", d.Message);
        Assert.DoesNotContain(result.Diagnostics, x => x.Code == DiagnosticCode.MissingField.Id);
    }

    [Fact]
    public void A_scaffold_placeholder_left_in_is_reported()
    {
        using var p = new TestProject();
        // Line 1: "title: <headline>" — value at column 8.
        p.Write(StoryPath, TestProject.Story.Replacing("title: The talks", "title: <headline>"));

        var result = p.Load();

        var d = result.Single(DiagnosticCode.Placeholder);
        d.At(StoryPath, 1, 8);
        Assert.Equal("'title' still holds the placeholder <headline>", d.Message);
        Assert.Contains("real value", d.Hint);
    }

    [Fact]
    public void A_noise_pattern_that_does_not_compile_is_reported_at_the_item()
    {
        using var p = new TestProject();
        // Lines 6–8 added; the item on line 8 is a quoted scalar opening at column 7.
        p.Write("site.yml", TestProject.SiteYml + """

            import:
              noise:
                - "Sponsored (content"
            """);

        var result = p.Load();

        var d = result.Single(DiagnosticCode.InvalidPattern);
        d.At("site.yml", 8, 7);
        Assert.StartsWith("'Sponsored (content' is not a usable pattern", d.Message);
    }

    [Fact]
    public void An_unknown_time_zone_is_reported()
    {
        using var p = new TestProject();
        // Line 4: "timezone: Europe/Olso" — value at column 11.
        p.Write("site.yml", TestProject.SiteYml.Replacing("timezone: Europe/Oslo", "timezone: Europe/Olso"));

        var result = p.Load();

        var d = result.Single(DiagnosticCode.InvalidTimeZone);
        d.At("site.yml", 4, 11);
        Assert.Equal("unknown time zone 'Europe/Olso'", d.Message);
        Assert.Contains("IANA", d.Hint);
    }
}
