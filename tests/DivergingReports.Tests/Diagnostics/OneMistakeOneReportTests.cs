using System.Text;
using DivergingReports.Content;
using DivergingReports.Diagnostics;
using DivergingReports.Tests.Support;

namespace DivergingReports.Tests.Diagnostics;

/// <summary>
/// "Every mistake … must come back as one clear line" (DESIGN.md): a file that cannot be read or
/// parsed is reported once, and what other files say about it is not reported again, least of all
/// with a hint that sends the editor to change something that is right.
/// </summary>
public class OneMistakeOneReportTests
{
    private const string StoryPath = "content/breakdowns/2025-07-03-talks.yml";

    private static void AssertOnly(LoadResult result, params string[] expected)
    {
        var got = result.Diagnostics.Select(d => $"{d.Location} {d.Code}").ToArray();
        Assert.True(got.SequenceEqual(expected),
            "expected only:\n  " + string.Join("\n  ", expected) + "\ngot:\n  " + string.Join("\n  ", result.Diagnostics));
    }

    [Fact]
    public void A_source_that_is_not_utf8_is_not_also_reported_as_missing_its_name()
    {
        using var p = new TestProject();
        File.WriteAllBytes(p.PathOf("content/sources/beta.yml"),
            Encoding.Latin1.GetBytes("name: Beta Caf\u00e9\ndomains: [beta.example]\ncountry: US\n"));

        AssertOnly(p.Load(), "content/sources/beta.yml(1,1) DR0002");
    }

    [Fact]
    public void An_article_that_is_not_utf8_is_not_also_reported_as_lacking_front_matter()
    {
        using var p = new TestProject();
        File.WriteAllBytes(p.PathOf("content/articles/alpha-talks.md"),
            Encoding.Latin1.GetBytes(TestProject.AlphaArticle.Replace("\r\n", "\n").Replacing("lasted an hour", "lasted an h\u00f6ur")));

        AssertOnly(p.Load(), "content/articles/alpha-talks.md(1,1) DR0002");
    }

    [Fact]
    public void A_missing_site_yml_is_reported_once_not_again_through_the_sources()
    {
        using var p = new TestProject();
        p.Delete("site.yml");

        // Not "required field 'title' is missing from site.yml", nor "lean 'left' is given, but site.yml has no spectrum
        // (… or remove the lean)" on alpha.yml, whose lean is right: the spectrum is in the site.yml that is missing.
        AssertOnly(p.Load(), "site.yml(1,1) DR0006");
    }

    [Fact]
    public void An_unknown_source_is_not_reported_again_on_the_story_with_the_typo_suggested()
    {
        using var p = new TestProject();
        p.Write("content/articles/beta-talks.md", TestProject.BetaArticle.Replacing("source: beta", "source: betta"));

        // The story's "beta:" position is right; "did you mean 'betta'?" on it would spread the typo.
        AssertOnly(p.Load(), "content/articles/beta-talks.md(3,9) DR0201");
    }

    [Fact]
    public void An_article_without_front_matter_does_not_make_the_story_position_for_its_outlet_an_error()
    {
        using var p = new TestProject();
        p.Write("content/articles/beta-talks.md", TestProject.BetaArticle.Replacing("---\ntitle:", "title:"));

        AssertOnly(p.Load(), "content/articles/beta-talks.md(1,1) DR0003");
    }

    [Fact]
    public void An_article_whose_source_cannot_be_told_does_not_make_the_story_position_for_its_outlet_an_error()
    {
        using var p = new TestProject();
        p.Write("content/articles/beta-talks.md", TestProject.BetaArticle.Replacing("source: beta\n", ""));

        AssertOnly(p.Load(), "content/articles/beta-talks.md(2,1) DR0209");
    }

    [Fact]
    public void A_syntax_error_in_a_source_does_not_spread_to_its_articles_and_stories()
    {
        using var p = new TestProject();
        // alpha.yml line 1: name: "Alpha News — unclosed quote at column 7.
        p.Write("content/sources/alpha.yml", TestProject.AlphaSource.Replacing("name: Alpha News", "name: \"Alpha News"));

        // Not "no source claims the domain 'www.alpha.example' … add it to a source's domains" on alpha-talks.md,
        // nor "'alpha' has no report in this story" on the breakdown.
        AssertOnly(p.Load(), "content/sources/alpha.yml(1,7) DR0001");
    }

    [Fact]
    public void An_invalid_url_is_not_described_as_a_missing_one()
    {
        using var p = new TestProject();
        // alpha-talks.md line 3: url: javascript:alert(1) — value at column 6.
        p.Write("content/articles/alpha-talks.md",
            TestProject.AlphaArticle.Replacing("url: https://www.alpha.example/2025/07/03/talks/", "url: javascript:alert(1)"));

        var result = p.Load();

        result.Single(DiagnosticCode.InvalidUrl).At("content/articles/alpha-talks.md", 3, 6);
        Assert.DoesNotContain(result.Diagnostics, d => d.Message.Contains("no 'url:'", StringComparison.Ordinal));
        Assert.DoesNotContain(result.Diagnostics, d => d.Code == DiagnosticCode.OutletNotReported.Id);
    }

    [Fact]
    public void A_story_that_does_not_parse_does_not_report_its_articles_as_used_by_no_story()
    {
        using var p = new TestProject();
        p.Write(StoryPath, TestProject.Story.Replacing("    summary: Alpha says it was long.", "\tsummary: Alpha says it was long."));

        AssertOnly(p.Load(), $"{StoryPath}(8,1) DR0001");
    }

    [Fact]
    public void Reports_of_the_wrong_kind_do_not_make_every_position_an_outlet_with_no_report()
    {
        using var p = new TestProject();
        p.Write(StoryPath, TestProject.Story.Replacing("""
            reports:
              - article: alpha-talks
                summary: Alpha says it was long.
              - article: beta-talks
                summary: Beta says it was short.
            """, "reports: foo"));

        var result = p.Load();

        result.Single(DiagnosticCode.WrongType).At(StoryPath, 6, 10);
        // Today: "'alpha' has no report in this story (the story's reports are from )" — an empty list.
        Assert.DoesNotContain(result.Diagnostics, d => d.Code == DiagnosticCode.OutletNotReported.Id);
    }
}
