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

    [Fact]
    public void A_misspelt_field_in_a_partial_is_reported_in_the_partial()
    {
        string edited = "";
        var run = BuildWith("partials/card.hbs", t => edited = t.Replace("{{title}}", "{{titel}}", StringComparison.Ordinal), out var project);
        using var _ = project;
        Assert.Equal(1, run.ExitCode);
        var line = LineOf(edited, "{{titel}}");
        var column = edited.Split('\n')[line - 1].IndexOf("{{titel}}", StringComparison.Ordinal) + 1;
        Assert.Contains($"templates/partials/card.hbs({line},{column}): error {DiagnosticCode.TemplateError.Id}: template error: 'titel' is not a field", run.Out);
    }

    [Fact]
    public void With_every_page_template_broken_the_first_page_in_order_is_reported_every_time()
    {
        // Every page template is broken. The home page is the site's first file: rendered side by
        // side, any page may fail first, but the build reports what a build in order meets first.
        using var project = new TestProject().WithTemplates();
        foreach (var path in Directory.GetFiles(project.PathOf("templates"), "*.hbs").Where(p => Path.GetFileName(p) != "base.hbs"))
            File.WriteAllText(path, File.ReadAllText(path) + "\n<p>{{notAField}}</p>\n");
        for (var i = 0; i < 3; i++)
        {
            var run = project.Run("build");
            Assert.Equal(1, run.ExitCode);
            var errors = run.Out.Split('\n').Where(l => l.Contains($"error {DiagnosticCode.TemplateError.Id}", StringComparison.Ordinal)).ToArray();
            Assert.Equal("templates/home.hbs", Assert.Single(errors)[..errors[0].IndexOf('(')]);
        }
    }
}
