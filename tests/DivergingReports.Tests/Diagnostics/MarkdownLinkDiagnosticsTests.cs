using DivergingReports.Diagnostics;
using DivergingReports.Tests.Support;

namespace DivergingReports.Tests.Diagnostics;

/// <summary>Links in editor-written Markdown that would not be published are reported where they stand.</summary>
public class MarkdownLinkDiagnosticsTests
{
    private const string StoryPath = "content/breakdowns/2025-07-03-talks.yml";

    [Fact]
    public void A_javascript_link_in_a_block_summary_is_reported_at_the_link()
    {
        using var p = new TestProject();
        // Lines 4-6: "summary: |", "  Two delegations met.", "  See [this](javascript:alert(1))." — the link starts at column 7.
        p.Write(StoryPath, TestProject.Story.Replacing("  Two delegations met.\n", "  Two delegations met.\n  See [this](javascript:alert(1)).\n"));
        var d = p.Load().Single(DiagnosticCode.InvalidUrl);
        d.At(StoryPath, 6, 7);
        Assert.Contains("javascript:alert(1)", d.Message);
    }

    [Fact]
    public void A_data_link_in_a_one_line_position_is_reported_at_the_link()
    {
        using var p = new TestProject();
        // Line 14: "      alpha: An [hour](data:text/html,x)." — the value starts at column 14, the link 3 characters in.
        p.Write(StoryPath, TestProject.Story.Replacing("alpha: An hour.", "alpha: An [hour](data:text/html,x)."));
        var d = p.Load().Single(DiagnosticCode.InvalidUrl);
        d.At(StoryPath, 14, 17);
    }

    [Fact]
    public void Web_mail_and_relative_links_are_fine()
    {
        using var p = new TestProject();
        p.Write(StoryPath, TestProject.Story.Replacing("  Two delegations met.\n",
            "  Two [delegations](https://example.org/a:b) met, [wrote](mailto:desk@example.org) [us](../about/) and [here](/x?y=z:1).\n"));
        var result = p.Load();
        Assert.True(result.Diagnostics.Count == 0, string.Join("\n", result.Diagnostics));
    }

    [Fact]
    public void A_javascript_link_in_a_page_body_is_reported_at_its_line()
    {
        using var p = new TestProject();
        p.Write("content/pages/about.md", "---\ntitle: About\n---\n\nFirst paragraph.\n\nSecond [x](javascript:void(0)).\n");
        var d = p.Load().Single(DiagnosticCode.InvalidUrl);
        d.At("content/pages/about.md", 7, 8);
    }
}
