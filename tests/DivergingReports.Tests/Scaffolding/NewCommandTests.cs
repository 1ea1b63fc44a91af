using DivergingReports.Content.Schema;
using DivergingReports.Diagnostics;
using DivergingReports.Scaffolding;
using DivergingReports.Tests.Support;

namespace DivergingReports.Tests.Scaffolding;

public class NewCommandTests
{
    [Fact]
    public void A_new_story_names_every_breakdown_field_and_its_placeholders_fail_check_until_filled()
    {
        using var project = new TestProject();
        var run = project.Run("new", "story", "Talks: round two", "--date", "2025-07-05");
        Assert.True(run.ExitCode == 0, run.Error);
        const string path = "content/breakdowns/2025-07-05-talks-round-two.yml";
        var text = project.Read(path);

        var fields = ContentSchema.Breakdown.Fields.Select(f => f.Name)
            .Concat(ContentSchema.Report.Fields.Select(f => f.Name))
            .Concat(ContentSchema.Divergence.Fields.Select(f => f.Name));
        foreach (var field in fields)
            Assert.Contains(field + ":", text);

        var unfilled = project.Load();
        Assert.True(unfilled.HasErrors);
        Assert.All(unfilled.Diagnostics.Where(d => d.IsError), d => Assert.Equal(path, d.Location.Path));
        Assert.Contains(unfilled.Diagnostics, d => d.Code == DiagnosticCode.Placeholder.Id);

        var filled = text
            .Replace("<tag>", "talks")
            .Replace("<article-id>", "alpha-talks")
            .Replace("<other-article-id>", "beta-talks")
            .Replace("<source-id>", "alpha")
            .Replace("<other-source-id>", "beta");
        filled = System.Text.RegularExpressions.Regex.Replace(filled, "<([^<>]+)>", "$1");
        project.Write(path, filled);

        var result = project.Load();
        Assert.True(!result.HasErrors, string.Join("\n", result.Diagnostics));
        var story = result.Publication.Stories.Single(s => s.Id == "2025-07-05-talks-round-two");
        Assert.Equal("Talks: round two", story.Title);
        Assert.True(story.Draft);
        Assert.Equal(2, story.Reports.Count);
    }

    [Fact]
    public void A_new_source_names_every_source_field_and_checks_once_filled()
    {
        using var project = new TestProject();
        var run = project.Run("new", "source", "gamma-daily");
        Assert.True(run.ExitCode == 0, run.Error);
        var text = project.Read("content/sources/gamma-daily.yml");
        Assert.Equal(ContentSchema.Source.Names.Count, Scaffolder.FieldsNamed(text, ContentSchema.Source).Count);

        Assert.Contains(project.Load().Diagnostics, d => d.Code == DiagnosticCode.Placeholder.Id && d.Location.Path == "content/sources/gamma-daily.yml");

        project.Write("content/sources/gamma-daily.yml", text
            .Replace("<Outlet name>", "Gamma Daily")
            .Replace("<https://www.example.com/>", "https://www.gamma.example/")
            .Replace("<CC>", "SE")
            .Replace("<Who publishes it, and what it covers.>", "A Swedish daily."));
        var result = project.Load();
        Assert.True(!result.HasErrors, string.Join("\n", result.Diagnostics));
        var source = result.Publication.Sources.Single(s => s.Id == "gamma-daily");
        Assert.Equal("SE", source.Country);
        Assert.Equal("gamma.example", Assert.Single(source.Domains).Value);
    }

    [Fact]
    public void New_never_overwrites_and_rejects_an_invalid_source_id()
    {
        using var project = new TestProject();
        var again = project.Run("new", "source", "alpha");
        Assert.Equal(2, again.ExitCode);
        Assert.Contains("already exists; nothing was written", again.Error);
        Assert.Equal(TestProject.AlphaSource, project.Read("content/sources/alpha.yml"));

        var invalid = project.Run("new", "source", "../Escape");
        Assert.Equal(2, invalid.ExitCode);
        Assert.False(File.Exists(Path.Combine(project.Root, "content", "Escape.yml")));
        Assert.Contains("'escape'", invalid.Error);
    }

    [Fact]
    public void A_new_story_without_a_date_is_dated_today_in_the_sites_time_zone()
    {
        using var project = new TestProject();
        var run = project.Run("new", "story", "Late news");
        Assert.True(run.ExitCode == 0, run.Error);
        // The test clock says 2026-01-15 23:30 UTC: already the 16th in Europe/Oslo, the test site's zone.
        Assert.True(File.Exists(project.PathOf("content/breakdowns/2026-01-16-late-news.yml")));
    }
}
