using DivergingReports.Content;
using DivergingReports.Content.Yaml;
using DivergingReports.Diagnostics;
using DivergingReports.Tests.Support;

namespace DivergingReports.Tests;

/// <summary>What the loaded model holds for content written the way editors write it.</summary>
public class LoadingTests
{
    [Fact]
    public void Dates_without_an_offset_are_read_in_the_sites_time_zone_and_offsets_are_kept()
    {
        using var p = new TestProject(); // site timezone: Europe/Oslo
        var articles = p.Load().Publication.Articles.ToDictionary(a => a.Id);

        var alpha = articles["alpha-talks"].Published; // 2025-07-03, summer time in Oslo
        Assert.False(alpha.HasTime);
        Assert.Equal(new DateTimeOffset(2025, 7, 3, 0, 0, 0, TimeSpan.FromHours(2)), alpha.Instant);
        Assert.Equal(TimeSpan.FromHours(2), alpha.Instant.Offset);

        var beta = articles["beta-talks"].Published; // 2025-07-03T18:30:00+02:00
        Assert.True(beta.HasTime);
        Assert.Equal(new DateTimeOffset(2025, 7, 3, 16, 30, 0, TimeSpan.Zero), beta.Instant.ToUniversalTime());
    }

    [Fact]
    public void A_winter_date_gets_the_zones_winter_offset()
    {
        using var p = new TestProject();
        p.Write("content/breakdowns/2025-07-03-talks.yml", TestProject.Story.Replace("date: 2025-07-03", "date: 2025-01-10"));
        var story = p.Load().Publication.Stories.Single();
        Assert.Equal(TimeSpan.FromHours(1), story.Date.Instant.Offset);
    }

    [Fact]
    public void The_story_takes_defaults_from_its_file_name_and_site_yml()
    {
        using var p = new TestProject();
        var result = p.Load();
        var story = result.Publication.Stories.Single();
        Assert.Equal("talks", story.Slug.Value);          // file name without its leading date
        Assert.Equal("How did your country report this?", story.Question);
        Assert.False(story.Draft);
        Assert.Equal(["talks", "diplomacy"], story.Tags);
        Assert.Equal(["alpha-talks", "beta-talks"], story.Reports.Select(r => r.Article.Value));
        Assert.Equal(["alpha", "beta"], story.Divergences.Single().Positions.Select(x => x.Outlet.Value));
    }

    [Fact]
    public void Sources_get_their_domain_from_the_homepage_and_articles_their_source_from_the_url()
    {
        using var p = new TestProject();
        var publication = p.Load().Publication;
        var alpha = publication.Sources.Single(s => s.Id == "alpha");
        Assert.Equal("alpha.example", Assert.Single(alpha.Domains).Value);
        Assert.Equal("NO", alpha.Country);                 // Norway, not a boolean
        Assert.Equal("alpha", publication.Articles.Single(a => a.Id == "alpha-talks").SourceId);
        Assert.Equal(["A. Writer", "B. Writer"], publication.Articles.Single(a => a.Id == "beta-talks").Authors);
    }

    [Fact]
    public void Check_writes_nothing()
    {
        using var p = new TestProject();
        p.Write("content/breakdowns/broken.yml", "title: [unclosed\n");
        var before = Snapshot(p.Root);
        var run = p.Run("check");
        Assert.Equal(1, run.ExitCode);
        Assert.Equal(before, Snapshot(p.Root));
    }

    /// <summary>An article's body is not decoded at load, only its front matter: where the body starts must not depend on that.</summary>
    [Theory]
    [InlineData("---\ntitle: T\nsource: beta\npublished: 2025-07-03\n---\n\u00A0\n\n  The body starts here.\n", 8, "The body starts here.")]
    [InlineData("---\r\ntitle: T\r\nsource: beta\r\npublished: 2025-07-03\r\n---\u00A0\r\n\u00E9t\u00E9 here.\r\nMore.\r\n", 6, "\u00E9t\u00E9 here.\nMore.")]
    [InlineData("\uFEFF---\ntitle: T\nsource: beta\npublished: 2025-07-03\n...\n   \n\t\nThe body.", 8, "The body.")]
    [InlineData("---\ntitle: T\nsource: beta\npublished: 2025-07-03\n---\n", 7, "")]
    [InlineData("---\ntitle: Z\u00FCrich\nsource: beta\npublished: 2025-07-03\n...\n\t\n\u3000\nThe body.\n", 8, "The body.")]
    public void Where_an_articles_body_starts_is_read_as_from_the_whole_file(string text, int bodyLine, string body)
    {
        using var project = new TestProject();
        project.Write("content/articles/beta-talks.md", text);

        var publication = project.Load().Publication;
        var article = publication.Articles.Single(a => a.Id == "beta-talks");

        Assert.Equal(bodyLine, article.BodyLine);
        Assert.Equal(body, new ArticleTexts(project.Paths, publication.Site).Read(article).Trim());
    }

    /// <summary>A story's page reads each article's body from its bytes, decoding only the body: it must be the body the whole text gives.</summary>
    [Theory]
    [InlineData("---\ntitle: T\n---\nThe body.\n")]
    [InlineData("---\ntitle: Z\u00FCrich \u2014 \u6771\u4EAC\n...\n\nBody after dots.\n\n")]
    [InlineData("---   \ntitle: T\n---\t\n \t \n\nIndented?\n    no, kept.\n")]
    [InlineData("---\u00A0\ntitle: T\n---\u0085\n\u3000\n\u00A0\nAfter odd blanks.\u00A0\n")]
    [InlineData("---\ntitle: T\n---\nEnds in a line separator\u2028")]
    [InlineData("---\ntitle: T\n---\nNo final newline")]
    [InlineData("---\ntitle: T\n---\n")]
    [InlineData("---\ntitle: T\n---")]
    [InlineData("---\ntitle: T\n\nstill the front matter\n")]
    [InlineData("title: T\n---\nBody\n")]
    [InlineData(" ---\ntitle: T\n---\nBody\n")]
    [InlineData("---\ntitle: T\n --- \nstill fields\n---\nBody\n---\nmore body\n")]
    [InlineData("---\r\ntitle: T\r\n---\r\n\r\nWindows\r\nlines\r\n")]
    [InlineData("\uFEFF---\ntitle: T\n---\nAfter a byte order mark\n")]
    [InlineData("---\ntitle: T\n---\nA lone\rreturn\n")]
    [InlineData("---\ntitle: T\n---\n\u001F\nAfter a control character\n")]
    [InlineData("")]
    public void An_articles_body_read_from_its_bytes_is_the_body_of_its_whole_text(string text)
    {
        // As a content file's text is read: without a byte order mark.
        var whole = FrontMatter.Split(text.TrimStart('\uFEFF'), new FileContext("a.md", new DiagnosticBag()))?.Body;

        var fromBytes = FrontMatter.BodyOf(System.Text.Encoding.UTF8.GetBytes(text));

        Assert.Equal(whole, fromBytes);
    }

    private static string[] Snapshot(string root) => Directory.EnumerateFileSystemEntries(root, "*", SearchOption.AllDirectories)
        .Select(f => f + ":" + (File.Exists(f) ? File.GetLastWriteTimeUtc(f).Ticks : 0))
        .Order(StringComparer.Ordinal)
        .ToArray();
}
