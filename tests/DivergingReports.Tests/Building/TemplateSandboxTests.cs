using DivergingReports.Diagnostics;
using DivergingReports.Tests.Support;

namespace DivergingReports.Tests.Building;

/// <summary>
/// A template can use its page's view and the functions given to it, and nothing else: not a
/// file, not a .NET member the view does not offer, not the time or chance.
/// </summary>
public class TemplateSandboxTests
{
    private static CliRun BuildWithLine(string line, out TestProject project)
    {
        project = new TestProject().WithTemplates("404.sbn");
        project.Write("templates/404.sbn", project.Read("templates/404.sbn") + "\n" + line + "\n");
        return project.Run("build");
    }

    [Theory]
    [InlineData("{{ include '../../site.yml' }}")]
    [InlineData("{{ include '/etc/passwd' }}")]
    [InlineData("{{ include 'partials/card' }}")]
    public void An_include_reaches_the_themes_partials_and_no_file(string line)
    {
        var run = BuildWithLine(line, out var project);
        using var _ = project;
        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"error {DiagnosticCode.TemplateMissing.Id}: template error: there is no partial", run.Out);
        Assert.DoesNotContain("base_url", run.Out);
        Assert.DoesNotContain("root:", run.Out);
    }

    [Theory]
    [InlineData("{{ home_url.get_type }}")]
    [InlineData("{{ latest.get_enumerator }}")]
    [InlineData("{{ latest[0].equality_contract }}")]
    [InlineData("{{ latest[0].get_hash_code }}")]
    public void A_template_reaches_no_dotnet_member_the_view_does_not_offer(string line)
    {
        var run = BuildWithLine(line, out var project);
        using var _ = project;
        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"error {DiagnosticCode.TemplateUnknownField.Id}", run.Out);
    }

    [Theory]
    [InlineData("{{ date.utc_now }}")]
    [InlineData("{{ math.random 1 100 }}")]
    [InlineData("{{ math.uuid }}")]
    [InlineData("{{ object.eval_template '{{ 1 + 1 }}' }}")]
    [InlineData("{{ include_join ['card'] ',' }}")]
    public void A_page_cannot_depend_on_anything_but_its_content(string line)
    {
        var run = BuildWithLine(line, out var project);
        using var _ = project;
        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"error {DiagnosticCode.TemplateForbidden.Id}", run.Out);
    }

    [Fact]
    public void A_view_cannot_be_changed_by_a_template_for_the_pages_after_it()
    {
        // Assigning to a view's field is refused (views are read-only records), so no page can leak into the next.
        var run = BuildWithLine("{{ latest[0].title = 'changed' }}", out var project);
        using var _ = project;
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("templates/404.sbn(", run.Out);
    }
}
