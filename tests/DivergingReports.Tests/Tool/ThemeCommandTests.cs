using DivergingReports.Rendering.Templates;
using DivergingReports.Tests.Support;

namespace DivergingReports.Tests.DotnetTool;

/// <summary><c>divrep theme list</c> and <c>divrep theme copy NAME</c>: where each file of the theme comes from, and a start on changing one.</summary>
public class ThemeCommandTests
{
    [Fact]
    public void List_names_every_file_and_where_it_comes_from()
    {
        using var project = new TestProject();
        project.Write("templates/story.sbn", "<h1>{{ title }}</h1>\n");
        project.Write("templates/partials/note.sbn", "<p>{{ $text }}</p>\n");
        project.Write("templates/README.md", "Our theme's notes.\n");
        var run = project.Run("theme", "list");
        Assert.Equal(0, run.ExitCode);
        var lines = run.Lines;
        foreach (var file in BuiltInTheme.Files.Where(f => f.Name is not ("story.sbn" or "README.md")))
            Assert.Contains(lines, l => l.StartsWith(file.Name + " ", StringComparison.Ordinal) && l.EndsWith("built in", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("story.sbn ", StringComparison.Ordinal) && l.Contains("templates/story.sbn (in place of the built-in file)", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("partials/note.sbn ", StringComparison.Ordinal) && l.Contains("(the publication's own)", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("README.md ", StringComparison.Ordinal) && l.Contains("templates/README.md (in place of the built-in file)", StringComparison.Ordinal));
        Assert.Contains($"theme: {BuiltInTheme.Files.Count + 1} files, 3 from templates/, {BuiltInTheme.Files.Count - 2} built in", run.Out);
    }

    [Theory]
    [InlineData("story", "story.sbn")]
    [InlineData("story.sbn", "story.sbn")]
    [InlineData("card", "partials/card.sbn")]
    [InlineData("templates/partials/card.sbn", "partials/card.sbn")]
    [InlineData("style.css", "assets/style.css")]
    public void Copy_writes_the_built_in_file_into_templates_and_never_overwrites(string name, string file)
    {
        using var project = new TestProject();
        var run = project.Run("theme", "copy", name);
        Assert.True(run.ExitCode == 0, run.Out + run.Error);
        Assert.Contains($"created templates/{file}", run.Out);
        Assert.Equal(BuiltInTheme.File(file)!.Bytes, File.ReadAllBytes(project.PathOf("templates/" + file)));

        project.Write("templates/" + file, "mine\n");
        var again = project.Run("theme", "copy", name);
        Assert.Equal(2, again.ExitCode);
        Assert.Contains("already exists; nothing was written", again.Error);
        Assert.Equal("mine\n", project.Read("templates/" + file));
    }

    [Fact]
    public void Copy_of_a_file_the_theme_does_not_have_suggests_one_and_writes_nothing()
    {
        using var project = new TestProject();
        var run = project.Run("theme", "copy", "storry.sbn");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("did you mean 'story.sbn'?", run.Error);
        Assert.False(Directory.Exists(project.PathOf("templates")));
    }

    [Fact]
    public void An_action_that_is_not_one_is_a_usage_error()
    {
        using var project = new TestProject();
        var run = project.Run("theme", "show");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("divrep theme list", run.Error);
    }
}
