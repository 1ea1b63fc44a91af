using DivergingReports.Diagnostics;
using DivergingReports.Tests.Support;

namespace DivergingReports.Tests.Diagnostics;

/// <summary>DR02xx: references between files, duplicates and claims, checked once everything is loaded.</summary>
public class ReferenceDiagnosticsTests
{
    private const string StoryPath = "content/breakdowns/2025-07-03-talks.yml";

    [Fact]
    public void An_unknown_source_is_reported_with_the_near_miss()
    {
        using var p = new TestProject();
        // File line 3: "source: betta" — value at column 9.
        p.Write("content/articles/beta-talks.md", TestProject.BetaArticle.Replacing("source: beta", "source: betta"));

        var result = p.Load();

        var d = result.Single(DiagnosticCode.UnknownSource);
        d.At("content/articles/beta-talks.md", 3, 9);
        Assert.Equal("unknown source 'betta'", d.Message);
        Assert.Equal("did you mean 'beta'?", d.Hint);
    }

    [Fact]
    public void An_unknown_article_is_reported_with_the_near_miss()
    {
        using var p = new TestProject();
        // Line 9: "  - article: beta-talk" — value at column 14.
        p.Write(StoryPath, TestProject.Story.Replacing("  - article: beta-talks", "  - article: beta-talk"));

        var result = p.Load();

        var d = result.Single(DiagnosticCode.UnknownArticle);
        d.At(StoryPath, 9, 14);
        Assert.Equal("report names unknown article 'beta-talk'", d.Message);
        Assert.Equal("did you mean 'beta-talks'?", d.Hint);
    }

    [Fact]
    public void An_unknown_article_with_no_near_miss_lists_the_known_articles()
    {
        using var p = new TestProject();
        p.Write(StoryPath, TestProject.Story.Replacing("  - article: beta-talks", "  - article: gamma"));

        var result = p.Load();

        var d = result.Single(DiagnosticCode.UnknownArticle);
        d.At(StoryPath, 9, 14);
        Assert.Equal("known articles: alpha-talks, beta-talks", d.Hint);
    }

    [Fact]
    public void Two_breakdowns_with_one_slug_are_reported_at_the_second()
    {
        using var p = new TestProject();
        // A second story whose line 3 is "slug: talks" (value at column 7): the first story's default slug is "talks" too.
        p.Write("content/breakdowns/other-talks.yml", TestProject.Story.Replacing("date: 2025-07-03\n", "date: 2025-07-03\nslug: talks\n"));

        var result = p.Load();

        var d = result.Single(DiagnosticCode.DuplicateSlug);
        d.At("content/breakdowns/other-talks.yml", 3, 7);
        Assert.Equal("slug 'talks' is also used by content/breakdowns/2025-07-03-talks.yml", d.Message);
        Assert.Contains("own 'slug:'", d.Hint);
    }

    [Fact]
    public void An_article_id_given_by_both_an_md_and_a_txt_file_is_reported_at_the_txt()
    {
        using var p = new TestProject();
        p.Write("content/articles/alpha-talks.txt", """
            Alpha reports the talks

            The talks lasted an hour, officials said.

            Source: https://www.alpha.example/2025/07/03/talks/
            """);

        var result = p.Load();

        var d = result.Single(DiagnosticCode.DuplicateId);
        d.At("content/articles/alpha-talks.txt", 1, 1);
        Assert.Equal("article id 'alpha-talks' is also given by content/articles/alpha-talks.md", d.Message);
        Assert.Contains("delete the .txt", d.Hint);
        Assert.Equal(2, result.Publication.Articles.Count);
    }

    [Fact]
    public void A_position_for_an_outlet_with_no_report_is_reported_with_the_story_outlets()
    {
        using var p = new TestProject();
        // Line 15: "      gamma: Short." — key at column 7.
        p.Write(StoryPath, TestProject.Story.Replacing("      beta: Short.", "      gamma: Short."));

        var result = p.Load();

        var d = result.Single(DiagnosticCode.OutletNotReported);
        d.At(StoryPath, 15, 7);
        Assert.Equal("'gamma' has no report in this story", d.Message);
        Assert.Equal("the story's reports are from alpha, beta", d.Hint);
    }

    [Fact]
    public void A_domain_claimed_by_two_sources_is_reported_at_the_second_claim()
    {
        using var p = new TestProject();
        // Line 2: "domains: [beta.example, alpha.example]" — the second item at column 25.
        // alpha.example is already alpha's, from its homepage (alpha.yml line 2, column 11).
        p.Write("content/sources/beta.yml", TestProject.BetaSource.Replacing("domains: [beta.example]", "domains: [beta.example, alpha.example]"));

        var result = p.Load();

        var d = result.Single(DiagnosticCode.DomainClaimedTwice);
        d.At("content/sources/beta.yml", 2, 25);
        Assert.Equal("domain 'alpha.example' is also claimed by source 'alpha' (content/sources/alpha.yml(2,11))", d.Message);
        Assert.Contains("one of the two sources", d.Hint);
    }

    [Fact]
    public void A_lean_not_in_the_spectrum_is_reported_with_the_near_miss()
    {
        using var p = new TestProject();
        // Line 5: "lean: centre" — value at column 7.
        p.Write("content/sources/alpha.yml", TestProject.AlphaSource.Replacing("lean: left", "lean: centre"));

        var result = p.Load();

        var d = result.Single(DiagnosticCode.LeanNotInSpectrum);
        d.At("content/sources/alpha.yml", 5, 7);
        Assert.Equal("lean 'centre' is not on site.yml's spectrum", d.Message);
        Assert.Equal("did you mean 'center'?", d.Hint);
    }

    [Fact]
    public void An_article_no_story_uses_is_a_warning()
    {
        using var p = new TestProject();
        p.Write("content/articles/gamma-talks.md", """
            ---
            title: Beta follows up on the talks
            source: beta
            published: 2025-07-04
            ---

            More on the talks.
            """);

        var result = p.Load();

        var d = result.Single(DiagnosticCode.UnusedArticle);
        d.At("content/articles/gamma-talks.md", 1, 1);
        Assert.Equal(Severity.Warning, d.Severity);
        Assert.Equal("article 'gamma-talks' is used by no story", d.Message);
        Assert.False(result.HasErrors);
    }

    [Fact]
    public void An_article_without_source_or_url_is_reported_at_its_front_matter()
    {
        using var p = new TestProject();
        // Without "source: beta" the front matter's first field, on file line 2, column 1, is where its fields start.
        p.Write("content/articles/beta-talks.md", TestProject.BetaArticle.Replacing("source: beta\n", ""));

        var result = p.Load();

        var d = result.Single(DiagnosticCode.SourceUnknown);
        d.At("content/articles/beta-talks.md", 2, 1);
        Assert.Equal("cannot tell which source published this article: it has no 'source:' and no 'url:'", d.Message);
        Assert.Equal("add 'source: ID'; known sources: alpha, beta", d.Hint);
    }

    [Fact]
    public void A_url_of_another_source_is_a_warning_at_the_source_field()
    {
        using var p = new TestProject();
        // File line 3 "source: beta" (value at column 9), and an alpha url on the inserted line 4.
        p.Write("content/articles/beta-talks.md",
            TestProject.BetaArticle.Replacing("source: beta\n", "source: beta\nurl: https://www.alpha.example/2025/07/03/wire-copy/\n"));

        var result = p.Load();

        var d = result.Single(DiagnosticCode.SourceMismatch);
        d.At("content/articles/beta-talks.md", 3, 9);
        Assert.Equal(Severity.Warning, d.Severity);
        Assert.Equal("the url belongs to source 'alpha', but the article says 'beta'", d.Message);
    }

    [Fact]
    public void An_article_reported_twice_in_a_story_is_reported_at_the_second()
    {
        using var p = new TestProject();
        // Line 11 (inserted): "  - article: alpha-talks" — value at column 14; the first is on line 7.
        p.Write(StoryPath, TestProject.Story.Replacing(
            "    summary: Beta says it was short.\n",
            "    summary: Beta says it was short.\n  - article: alpha-talks\n"));

        var result = p.Load();

        var d = result.Single(DiagnosticCode.DuplicateReport);
        d.At(StoryPath, 11, 14);
        Assert.Equal("article 'alpha-talks' is already a report in this story (line 7)", d.Message);
    }

    [Fact]
    public void An_outlet_given_two_positions_on_one_topic_is_reported_at_the_second()
    {
        using var p = new TestProject();
        // Line 16 (inserted): "      alpha-talks: Sixty minutes." — alpha's only article, so the same outlet as "alpha:" on line 14.
        p.Write(StoryPath, TestProject.Story.Replacing(
            "      beta: Short.\n",
            "      beta: Short.\n      alpha-talks: Sixty minutes.\n"));

        var result = p.Load();

        var d = result.Single(DiagnosticCode.DuplicatePosition);
        d.At(StoryPath, 16, 7);
        Assert.Equal("'alpha-talks' is given a position twice on this topic (line 14)", d.Message);
    }

    [Fact]
    public void A_story_with_one_report_is_a_warning()
    {
        using var p = new TestProject();
        p.Write(StoryPath, """
            title: The talks
            date: 2025-07-03
            summary: Two delegations met.
            reports:
              - article: alpha-talks
            """);

        var result = p.Load();

        var d = result.Single(DiagnosticCode.TooFewReports);
        d.At(StoryPath, 1, 1);
        Assert.Equal(Severity.Warning, d.Severity);
        Assert.Contains("only one report", d.Message);
    }

    [Fact]
    public void A_page_named_sources_is_reported()
    {
        using var p = new TestProject();
        p.Write("content/pages/sources.md", """
            ---
            title: Our sources
            ---

            How we choose them.
            """);

        var result = p.Load();

        var d = result.Single(DiagnosticCode.ReservedPage);
        d.At("content/pages/sources.md", 1, 1);
        Assert.Equal("a page named 'sources' would take the place of the site's /sources/", d.Message);
        Assert.Equal("rename the file, such as about-sources.md", d.Hint);
    }

    [Fact]
    public void Updated_before_the_story_date_is_a_warning_at_updated()
    {
        using var p = new TestProject();
        // Line 3 (inserted): "updated: 2025-07-02" — value at column 10.
        p.Write(StoryPath, TestProject.Story.Replacing("date: 2025-07-03\n", "date: 2025-07-03\nupdated: 2025-07-02\n"));

        var result = p.Load();

        var d = result.Single(DiagnosticCode.UpdatedBeforeDate);
        d.At(StoryPath, 3, 10);
        Assert.Equal(Severity.Warning, d.Severity);
        Assert.Equal("'updated' (2025-07-02) is before the story's date (2025-07-03)", d.Message);
    }

    [Fact]
    public void A_story_dated_another_day_than_its_file_name_is_a_warning_at_date_that_names_the_file_to_rename_it_to()
    {
        using var p = new TestProject();
        // The editor wrote the breakdown on the 3rd about the event of the 5th.
        p.Write(StoryPath, TestProject.Story.Replacing("date: 2025-07-03\n", "date: 2025-07-05T18:00:00+02:00\n"));

        var result = p.Load();

        var d = result.Single(DiagnosticCode.FileDateDiffers);
        d.At(StoryPath, 2, 7);
        Assert.Equal(Severity.Warning, d.Severity);
        Assert.Equal("the file's name says 2025-07-03, but 'date' is 2025-07-05", d.Message);
        Assert.StartsWith("rename the file to 2025-07-05-talks.yml", d.Hint);

        // Renamed as the hint says: no warning, and the story keeps its address.
        p.Write("content/breakdowns/2025-07-05-talks.yml", p.Read(StoryPath));
        p.Delete(StoryPath);
        var renamed = p.Load();
        Assert.DoesNotContain(renamed.Diagnostics, x => x.Code == DiagnosticCode.FileDateDiffers.Id);
        Assert.Equal("talks", Assert.Single(renamed.Publication.Stories).Slug.Value);
    }
}
