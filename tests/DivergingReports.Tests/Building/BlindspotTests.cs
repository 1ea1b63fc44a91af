using DivergingReports.Tests.Support;

namespace DivergingReports.Tests.Building;

public class BlindspotTests
{
    [Fact]
    public void Stories_covered_from_one_country_or_one_side_only_are_blindspots()
    {
        using var project = new TestProject();
        // Two US outlets only.
        project.Write("content/sources/gamma.yml", "name: Gamma Times\ncountry: US\nlean: right\n");
        project.Write("content/sources/beta.yml", TestProject.BetaSource + "\nlean: right\n");
        project.Write("content/articles/gamma-talks.md", "---\ntitle: Gamma on the talks\nsource: gamma\npublished: 2025-07-04\n---\n\nText.\n");
        project.Write("content/breakdowns/2025-07-04-us-only.yml",
            "title: US only\ndate: 2025-07-04\nsummary: x\nreports:\n  - article: beta-talks\n  - article: gamma-talks\n");
        // Norway (left) and US (right): neither one country nor one side.
        var site = project.Build();

        var main = site.Html("blindspots/index.html").QuerySelector("main")!;
        Assert.Contains("US only", main.TextContent);
        Assert.Contains("United States", main.TextContent);
        Assert.DoesNotContain("The talks", main.TextContent);
    }
}
