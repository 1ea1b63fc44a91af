using System.Text.Json;
using DivergingReports.Diagnostics;
using DivergingReports.Tests.Support;

namespace DivergingReports.Tests.Building;

/// <summary>
/// A story's index.json gives the breakdown, each report's address and summary, and the comparison; the
/// articles' texts, already on the story's page, only with open_data: full in site.yml.
/// </summary>
public class OpenDataTests
{
    private static JsonElement[] Reports(TestProject project)
    {
        using var json = JsonDocument.Parse(project.Build().Text("stories/talks/index.json"));
        return [.. json.RootElement.GetProperty("reports").EnumerateArray().Select(r => r.Clone())];
    }

    [Fact]
    public void By_default_the_data_gives_each_reports_address_and_summary_and_not_its_text()
    {
        using var project = new TestProject();
        var reports = Reports(project);
        Assert.Equal("https://www.alpha.example/2025/07/03/talks/", reports[0].GetProperty("url").GetString());
        Assert.Equal(["Alpha says it was long.", "Beta says it was short."], reports.Select(r => r.GetProperty("summary").GetString()));
        Assert.All(reports, r => Assert.False(r.TryGetProperty("text", out _), "the text is on the story's page, not in its data"));
        // Nor anywhere else in the file.
        Assert.DoesNotContain("The talks lasted an hour, officials said.", project.Read("_site/stories/talks/index.json"));
    }

    [Theory]
    [InlineData("full", true)]
    [InlineData("summary", false)]
    public void Open_data_full_gives_each_articles_text_as_written(string value, bool texts)
    {
        using var project = new TestProject();
        project.Write("site.yml", TestProject.SiteYml + $"\nopen_data: {value}\n");
        var reports = Reports(project);
        if (texts)
            Assert.Equal(["The talks lasted an hour, officials said.", "The talks were short, a spokesman said."], reports.Select(r => r.GetProperty("text").GetString()!.Trim()));
        else
            Assert.All(reports, r => Assert.False(r.TryGetProperty("text", out _)));
    }

    [Fact]
    public void Another_value_is_an_error_at_the_value_that_names_the_two_allowed()
    {
        using var project = new TestProject();
        project.Write("site.yml", TestProject.SiteYml + "\nopen_data: all\n");
        var d = project.Load().Single(DiagnosticCode.InvalidValue);
        d.At("site.yml", 6, 12);
        Assert.Contains("'open_data' should be summary or full, not 'all'", d.Message);
    }
}
