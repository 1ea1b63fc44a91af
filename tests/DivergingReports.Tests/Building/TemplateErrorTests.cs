using DivergingReports.Diagnostics;
using DivergingReports.Tests.Support;

namespace DivergingReports.Tests.Building;

/// <summary>A template mistake names the template file and line, and stops the build before anything is written.</summary>
public class TemplateErrorTests
{
    private static CliRun BuildWith(string template, Func<string, string> edit, out TestProject project)
    {
        project = new TestProject().WithTemplates();
        var path = project.PathOf("templates/" + template);
        File.WriteAllText(path, edit(File.ReadAllText(path)));
        return project.Run("build");
    }

    private static int LineOf(string text, string needle) => text[..text.IndexOf(needle, StringComparison.Ordinal)].Count(c => c == '\n') + 1;

    [Fact]
    public void An_unclosed_block_is_reported_at_its_opening_line()
    {
        string edited = "";
        var run = BuildWith("page.hbs", t => edited = t + "\n<p>\n{{#if title}}\nnever closed\n", out var project);
        using var _ = project;
        Assert.Equal(1, run.ExitCode);
        var line = LineOf(edited, "{{#if title}}\nnever closed");
        Assert.Contains($"templates/page.hbs({line},1): error {DiagnosticCode.TemplateError.Id}", run.Out);
        Assert.False(Directory.Exists(project.PathOf("_site")));
    }

    [Fact]
    public void A_stray_closing_tag_is_reported_at_its_line()
    {
        string edited = "";
        var run = BuildWith("404.hbs", t => edited = "{{/each}}\n" + t, out var project);
        using var _ = project;
        Assert.Contains($"templates/404.hbs(1,1): error {DiagnosticCode.TemplateError.Id}", run.Out);
    }

    [Fact]
    public void An_unknown_field_is_reported_where_the_template_uses_it()
    {
        string edited = "";
        var run = BuildWith("404.hbs", t => edited = t + "\n\n<p>{{homeUrll}}</p>\n", out var project);
        using var _ = project;
        Assert.Equal(1, run.ExitCode);
        var line = LineOf(edited, "{{homeUrll}}");
        Assert.Contains($"templates/404.hbs({line},4): error {DiagnosticCode.TemplateError.Id}", run.Out);
    }

    [Fact]
    public void Writing_a_plain_value_unescaped_is_refused()
    {
        string edited = "";
        var run = BuildWith("page.hbs", t => edited = t + "\n<h2>{{{title}}}</h2>\n", out var project);
        using var _ = project;
        Assert.Equal(1, run.ExitCode);
        var line = LineOf(edited, "{{{title}}}");
        Assert.Contains($"templates/page.hbs({line},5): error {DiagnosticCode.TemplateUnsafe.Id}", run.Out);
    }
}
