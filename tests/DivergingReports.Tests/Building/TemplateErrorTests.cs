using DivergingReports.Diagnostics;
using DivergingReports.Tests.Support;

namespace DivergingReports.Tests.Building;

/// <summary>
/// A template mistake names the template file, line and column, says what kind of mistake it is
/// (its code) and how to fix it, and stops the build before anything is written. Every mistake of
/// a run is reported, whichever templates they are in.
/// </summary>
public class TemplateErrorTests
{
    /// <summary>Builds a project whose copy of built-in template <paramref name="template"/> is edited by <paramref name="edit"/>; the edited text comes back for positions.</summary>
    private static CliRun BuildWith(string template, Func<string, string> edit, out TestProject project, out string edited)
    {
        project = new TestProject().WithTemplates(template);
        var path = project.PathOf("templates/" + template);
        edited = edit(File.ReadAllText(path));
        File.WriteAllText(path, edited);
        return project.Run("build");
    }

    /// <summary>The 1-based line and column where <paramref name="needle"/> starts in <paramref name="text"/>.</summary>
    private static (int Line, int Column) PositionOf(string text, string needle, bool last = false)
    {
        var at = last ? text.LastIndexOf(needle, StringComparison.Ordinal) : text.IndexOf(needle, StringComparison.Ordinal);
        Assert.True(at >= 0, $"'{needle}' is not in the template");
        var line = text[..at].Count(c => c == '\n') + 1;
        return (line, at - (text.LastIndexOf('\n', Math.Max(0, at - 1)) + 1) + 1);
    }

    private static string[] Errors(CliRun run) => run.Out.Split('\n').Where(l => l.Contains(": error DR", StringComparison.Ordinal)).Select(l => l.TrimEnd('\r')).ToArray();

    [Fact]
    public void An_unclosed_block_is_reported_where_it_opens()
    {
        var run = BuildWith("page.sbn", t => t + "\n<p>\n  {{ if title }}\nnever closed\n", out var project, out var edited);
        using var _ = project;
        Assert.Equal(1, run.ExitCode);
        var (line, column) = PositionOf(edited, "if title }}\nnever");
        var error = Assert.Single(Errors(run));
        Assert.StartsWith($"templates/page.sbn({line},{column}): error {DiagnosticCode.TemplateError.Id}: template error: this 'if' block is never closed", error);
        Assert.Contains("{{ end }}", error);
        Assert.False(Directory.Exists(project.PathOf("_site")));
    }

    [Fact]
    public void A_stray_end_is_reported_at_its_line()
    {
        var run = BuildWith("404.sbn", t => "<p>\n{{ end }}\n" + t, out var project, out var edited);
        using var _ = project;
        Assert.Equal(1, run.ExitCode);
        var error = Assert.Single(Errors(run));
        Assert.StartsWith($"templates/404.sbn(2,4): error {DiagnosticCode.TemplateError.Id}: template error: this 'end' closes no block", error);
    }

    [Fact]
    public void A_misspelt_field_is_reported_where_it_is_used_with_the_field_meant()
    {
        var run = BuildWith("404.sbn", t => t + "\n\n<p>{{ home_urll }}</p>\n", out var project, out var edited);
        using var _ = project;
        Assert.Equal(1, run.ExitCode);
        var (line, column) = PositionOf(edited, "home_urll");
        var error = Assert.Single(Errors(run));
        Assert.StartsWith($"templates/404.sbn({line},{column}): error {DiagnosticCode.TemplateUnknownField.Id}: template error: 'home_urll' is not a field", error);
        Assert.Contains("did you mean 'home_url'?", error);
    }

    [Fact]
    public void A_misspelt_field_of_a_value_names_the_fields_it_has()
    {
        var run = BuildWith("story.sbn", t => t.Replace("{{ date.text }}", "{{ date.txet }}", StringComparison.Ordinal), out var project, out var edited);
        using var _ = project;
        var (line, column) = PositionOf(edited, "txet");
        var error = Assert.Single(Errors(run));
        Assert.StartsWith($"templates/story.sbn({line},{column}): error {DiagnosticCode.TemplateUnknownField.Id}: template error: 'txet' is not a field of this date", error);
        Assert.Contains("did you mean 'text'?", error);
    }

    [Fact]
    public void A_misspelt_field_in_a_partial_is_reported_in_the_partial()
    {
        var run = BuildWith("partials/card.sbn", t => t.Replace("{{ $card.title }}", "{{ $card.titel }}", StringComparison.Ordinal), out var project, out var edited);
        using var _ = project;
        Assert.Equal(1, run.ExitCode);
        var (line, column) = PositionOf(edited, "titel");
        var error = Assert.Single(Errors(run));
        Assert.StartsWith($"templates/partials/card.sbn({line},{column}): error {DiagnosticCode.TemplateUnknownField.Id}: template error: 'titel' is not a field of this story card", error);
        Assert.Contains("did you mean 'title'?", error);
    }

    [Fact]
    public void A_partial_argument_left_out_says_how_to_pass_it()
    {
        var run = BuildWith("home.sbn", t => t.Replace("include 'card' card: story heading: 2", "include 'card' card: story", StringComparison.Ordinal), out var project, out var edited);
        using var _ = project;
        Assert.Equal(1, run.ExitCode);
        var error = Assert.Single(Errors(run));
        Assert.StartsWith("(built-in theme)/partials/card.sbn(", error);
        Assert.Contains("'$heading' was not given to this partial", error);
        Assert.Contains("include '…' heading: value", error);
    }

    [Fact]
    public void An_include_of_a_partial_that_does_not_exist_is_reported_before_any_page_is_made()
    {
        var run = BuildWith("home.sbn", t => t.Replace("include 'card'", "include 'cards'", StringComparison.Ordinal), out var project, out var edited);
        using var _ = project;
        Assert.Equal(1, run.ExitCode);
        var (line, column) = PositionOf(edited, "'cards'");
        var error = Assert.Single(Errors(run));
        Assert.StartsWith($"templates/home.sbn({line},{column}): error {DiagnosticCode.TemplateMissing.Id}: template error: there is no partial 'cards' in the theme", error);
        Assert.Contains("did you mean 'card'?", error);
    }

    [Fact]
    public void A_loop_that_never_ends_is_stopped_and_reported()
    {
        var run = BuildWith("404.sbn", t => t + "\n{{ while true }}.{{ end }}\n", out var project, out var edited);
        using var _ = project;
        Assert.Equal(1, run.ExitCode);
        var (line, _) = PositionOf(edited, "while true");
        var error = Assert.Single(Errors(run));
        Assert.StartsWith($"templates/404.sbn({line},", error);
        Assert.Contains($"error {DiagnosticCode.TemplateLimit.Id}", error);
    }

    [Fact]
    public void A_partial_that_includes_itself_is_stopped_and_reported()
    {
        using var project = new TestProject();
        project.Write("templates/partials/card.sbn", "<div>\n{{ include 'card' }}\n</div>\n");
        var run = project.Run("build");
        Assert.Equal(1, run.ExitCode);
        var error = Assert.Single(Errors(run));
        Assert.StartsWith("templates/partials/card.sbn(2,", error);
        Assert.Contains($"error {DiagnosticCode.TemplateLimit.Id}", error);
    }

    [Fact]
    public void A_template_cannot_show_the_time_of_the_build()
    {
        var run = BuildWith("base.sbn", t => t.Replace("</footer>", "<p>Built {{ date.now }}</p></footer>", StringComparison.Ordinal), out var project, out var edited);
        using var _ = project;
        Assert.Equal(1, run.ExitCode);
        var (line, _) = PositionOf(edited, "date.now");
        var error = Assert.Single(Errors(run));
        Assert.StartsWith($"templates/base.sbn({line},", error);
        Assert.Contains($"error {DiagnosticCode.TemplateForbidden.Id}", error);
    }

    [Fact]
    public void A_field_that_is_empty_on_some_pages_says_to_test_it_first()
    {
        // The test story has no updated date: its page cannot read one.
        var run = BuildWith("story.sbn", t => t + "\n{{ updated.text }}\n", out var project, out var edited);
        using var _ = project;
        var (line, _) = PositionOf(edited, "updated.text", last: true);
        var error = Assert.Single(Errors(run));
        Assert.StartsWith($"templates/story.sbn({line},", error);
        Assert.Contains("test it first", error);
    }

    [Fact]
    public void Every_syntax_mistake_of_a_run_is_reported_whichever_templates_hold_them()
    {
        using var project = new TestProject().WithTemplates("home.sbn", "listing.sbn", "partials/card.sbn");
        project.Write("templates/listing.sbn", project.Read("templates/listing.sbn") + "\n{{ if heading }}\n");
        project.Write("templates/home.sbn", project.Read("templates/home.sbn") + "\n{{ for x in }}{{ end }}\n");
        project.Write("templates/partials/card.sbn", "{{ end }}\n" + project.Read("templates/partials/card.sbn"));
        var run = project.Run("build");
        Assert.Equal(1, run.ExitCode);
        Assert.Equal(["templates/home.sbn", "templates/listing.sbn", "templates/partials/card.sbn"],
            Errors(run).Select(e => e[..e.IndexOf('(')]).Distinct());
        Assert.False(Directory.Exists(project.PathOf("_site")));
    }

    [Fact]
    public void Every_misspelt_field_of_a_run_is_reported_once_however_many_pages_meet_it()
    {
        using var project = new TestProject().WithTemplates("home.sbn", "source.sbn", "story.sbn");
        project.Write("templates/home.sbn", project.Read("templates/home.sbn") + "\n{{ stroies }}\n");
        project.Write("templates/source.sbn", project.Read("templates/source.sbn") + "\n{{ nmae }}\n");
        project.Write("templates/story.sbn", project.Read("templates/story.sbn") + "\n{{ titel }}\n");

        for (var i = 0; i < 2; i++)
        {
            var run = project.Run("build");
            Assert.Equal(1, run.ExitCode);
            var errors = Errors(run);
            // Two outlets' pages meet the same mistake in source.sbn: it is said once, and the others in file order.
            Assert.Equal(["templates/home.sbn", "templates/source.sbn", "templates/story.sbn"], errors.Select(e => e[..e.IndexOf('(')]));
            Assert.Contains("did you mean 'stories'?", errors[0]);
            Assert.Contains("did you mean 'name'?", errors[1]);
            Assert.Contains("did you mean 'title'?", errors[2]);
            Assert.Contains("3 errors", run.Out);
            Assert.False(Directory.Exists(project.PathOf("_site")));
        }
    }
}
