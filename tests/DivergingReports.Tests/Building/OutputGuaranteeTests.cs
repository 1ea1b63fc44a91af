using DivergingReports.Diagnostics;
using DivergingReports.Tests.Support;

namespace DivergingReports.Tests.Building;

/// <summary>Deterministic, atomic, incremental, and never writing where it must not.</summary>
public class OutputGuaranteeTests
{
    [Fact]
    public void Two_builds_of_the_same_content_are_byte_identical()
    {
        using var project = TestProject.FromShippedContent().WithTemplates();
        var first = project.Build("--output", "one").Snapshot();
        var second = project.Build("--output", "two").Snapshot();
        Assert.Equal(first.Keys, second.Keys);
        foreach (var (file, bytes) in first)
            Assert.True(bytes.AsSpan().SequenceEqual(second[file]), $"{file} differs between two builds");
    }

    [Fact]
    public void A_build_that_fails_half_way_leaves_the_previous_site_as_it_was()
    {
        using var project = new TestProject().WithTemplates();
        var site = project.Build();
        var before = site.Snapshot();
        var times = site.Files().ToDictionary(f => f, f => File.GetLastWriteTimeUtc(Path.Combine(site.Folder, f)));

        // The story template now fails while rendering, after the home page has been rendered.
        var story = project.PathOf("templates/story.sbn");
        File.WriteAllText(story, File.ReadAllText(story) + "\n{{noSuchField}}\n");
        project.Write("content/breakdowns/2025-07-03-talks.yml", TestProject.Story.Replace("Two delegations met.", "Changed."));
        var run = project.Run("build");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("templates/story.sbn(", run.Out);
        var after = site.Snapshot();
        Assert.Equal(before.Keys, after.Keys);
        foreach (var (file, bytes) in before)
        {
            Assert.True(bytes.AsSpan().SequenceEqual(after[file]), $"{file} changed");
            Assert.Equal(times[file], File.GetLastWriteTimeUtc(Path.Combine(site.Folder, file)));
        }
        Assert.Equal([site.Folder], Directory.GetDirectories(project.Root, "*_site*"));
        Assert.Empty(Directory.GetDirectories(project.Root, ".*"));
    }

    [Fact]
    public void A_content_error_writes_nothing()
    {
        using var project = new TestProject().WithTemplates();
        project.Write("content/breakdowns/2025-07-03-talks.yml", TestProject.Story.Replace("article: beta-talks", "article: nope"));
        var run = project.Run("build");
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("DR0202", run.Out);
        Assert.False(Directory.Exists(project.PathOf("_site")));
    }

    [Fact]
    public void Files_whose_bytes_did_not_change_are_not_rewritten()
    {
        using var project = new TestProject().WithTemplates();
        var site = project.Build();
        var source = Path.Combine(site.Folder, "sources/beta/index.html");
        var story = Path.Combine(site.Folder, "stories/talks/index.html");
        var old = DateTime.UtcNow.AddDays(-1);
        File.SetLastWriteTimeUtc(source, old);
        File.SetLastWriteTimeUtc(story, old);

        var again = project.Run("build");
        Assert.Contains("(0 written", again.Out);
        Assert.Equal(old, File.GetLastWriteTimeUtc(story));

        project.Write("content/breakdowns/2025-07-03-talks.yml", TestProject.Story.Replace("Two delegations met.", "Two delegations met again."));
        var changed = project.Run("build");
        Assert.Equal(0, changed.ExitCode);
        Assert.Equal(old, File.GetLastWriteTimeUtc(source));           // the source page does not show the summary
        Assert.NotEqual(old, File.GetLastWriteTimeUtc(story));         // the story page does
        Assert.Contains("Two delegations met again.", File.ReadAllText(story));
    }

    [Fact]
    public void Files_of_stories_no_longer_published_are_removed()
    {
        using var project = new TestProject().WithTemplates();
        var site = project.Build();
        Assert.True(site.Exists("stories/talks/index.html"));
        project.Write("content/breakdowns/2025-07-03-talks.yml", TestProject.Story + "\ndraft: true\n");
        project.Build();
        Assert.False(site.Exists("stories/talks/index.html"));
        Assert.False(Directory.Exists(Path.Combine(site.Folder, "stories/talks")), "the story's folder is left behind, empty");
        var drafts = project.Build("--drafts");
        Assert.True(drafts.Exists("stories/talks/index.html"));
    }

    [Theory]
    [InlineData(".")]
    [InlineData("content")]
    [InlineData("content/sources/out")]
    [InlineData("templates")]
    [InlineData("..")]
    public void The_output_folder_cannot_be_the_publication_or_hold_its_content(string output)
    {
        using var project = new TestProject().WithTemplates();
        var before = Directory.GetFiles(project.Root, "*", SearchOption.AllDirectories).Order().ToArray();
        var run = project.Run("build", "--output", output);
        Assert.Equal(1, run.ExitCode);
        Assert.Contains(DiagnosticCode.OutputRefused.Id, run.Out);
        Assert.Equal(before, Directory.GetFiles(project.Root, "*", SearchOption.AllDirectories).Order().ToArray());
    }

    [Fact]
    public void A_folder_that_is_not_a_previous_build_is_not_replaced()
    {
        using var project = new TestProject().WithTemplates();
        project.Write("notes/precious.txt", "keep me");
        var run = project.Run("build", "--output", "notes");
        Assert.Equal(1, run.ExitCode);
        Assert.Contains(DiagnosticCode.OutputRefused.Id, run.Out);
        Assert.Equal("keep me", project.Read("notes/precious.txt"));
    }
}
