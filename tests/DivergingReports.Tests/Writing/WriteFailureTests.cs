using DivergingReports.Diagnostics;
using DivergingReports.Tests.Support;
using DivergingReports.Writing;

namespace DivergingReports.Tests.Writing;

/// <summary>
/// A build that cannot write its site (a full disk, a file it may not write, a folder it cannot make,
/// another build writing the same folder) says so as a diagnostic, exits with 1, and leaves the
/// previous site byte for byte as it was, with nothing of the new one beside it.
/// </summary>
public class WriteFailureTests
{
    private const string StoryPage = "stories/talks/index.html";

    public static TheoryData<string> FailurePoints => new() { "a page of the new site", "the switch of the output folder" };

    [Theory]
    [MemberData(nameof(FailurePoints))]
    public void A_write_that_fails_leaves_the_previous_site_as_it_was(string where)
    {
        using var project = new TestProject().WithTemplates();
        var site = project.Build();
        var before = SiteManifest.Of(site.Folder);
        var times = site.Files().ToDictionary(f => f, f => File.GetLastWriteTimeUtc(Path.Combine(site.Folder, f)));
        project.Write("content/breakdowns/2025-07-03-talks.yml", TestProject.Story.Replace("Two delegations met.", "Two delegations met again."));

        // Tests may run as root, whom permissions do not stop: the failure is made where the writer writes.
        var failAt = where == "the switch of the output folder" ? site.Folder : null;
        WriteFaults.At.Value = path => (failAt is null ? path.Contains(".building-") && path.EndsWith(Path.Combine("stories", "talks", "index.html")) : path == failAt)
            ? new IOException("No space left on device")
            : null;
        CliRun run;
        try
        {
            run = project.Run("build");
        }
        finally
        {
            WriteFaults.At.Value = null;
        }

        Assert.Equal(1, run.ExitCode);
        var diagnostic = Assert.Single(run.Lines, l => l.Contains($"error {DiagnosticCode.SiteNotWritten.Id}:"));
        Assert.Contains("No space left on device", diagnostic);
        if (failAt is null) Assert.Contains(StoryPage, diagnostic);
        Assert.True(SiteManifest.Same(before, SiteManifest.Of(site.Folder)), "the previous site changed: " + SiteManifest.Difference(before, SiteManifest.Of(site.Folder)));
        foreach (var (file, time) in times) Assert.Equal(time, File.GetLastWriteTimeUtc(Path.Combine(site.Folder, file)));
        Assert.Empty(SiteManifest.StagingLeftBeside(site.Folder));

        // Once the disk has room again, the next build writes the change.
        Assert.Equal(0, project.Run("build").ExitCode);
        Assert.Contains("Two delegations met again.", site.Html(StoryPage).Body!.TextContent);
    }

    [Fact]
    public void A_staging_folder_that_cannot_be_made_leaves_the_previous_site_as_it_was()
    {
        using var project = new TestProject().WithTemplates();
        // A folder name the file system takes, but too long for the staging folder's name beside it (at most 255 bytes).
        var output = new string('s', 230);
        Directory.Move(project.Build().Folder, project.PathOf(output));
        var site = new BuiltSite(project.PathOf(output), new Uri("https://example.org/test/"));
        var before = SiteManifest.Of(site.Folder);
        project.Write("content/breakdowns/2025-07-03-talks.yml", TestProject.Story.Replace("Two delegations met.", "Two delegations met again."));

        var run = project.Run("build", "--output", output);

        Assert.Equal(1, run.ExitCode);
        var diagnostic = Assert.Single(run.Lines, l => l.Contains($"error {DiagnosticCode.SiteNotWritten.Id}:"));
        Assert.Contains($".{output}.building-", diagnostic);
        Assert.True(SiteManifest.Same(before, SiteManifest.Of(site.Folder)), "the previous site changed");
        Assert.Empty(SiteManifest.StagingLeftBeside(site.Folder));
    }

    [Fact]
    public void A_second_build_of_the_same_folder_meanwhile_is_refused_and_changes_nothing()
    {
        using var project = new TestProject().WithTemplates();
        var site = project.Build();
        var before = SiteManifest.Of(site.Folder);
        project.Write("content/breakdowns/2025-07-03-talks.yml", TestProject.Story.Replace("Two delegations met.", "Two delegations met again."));

        CliRun run;
        using (var running = OutputLock.TryTake(site.Folder))
        {
            Assert.NotNull(running);
            run = project.Run("build");
        }

        Assert.Equal(1, run.ExitCode);
        Assert.Contains(run.Lines, l => l.StartsWith("_site(1,1): error " + DiagnosticCode.OutputBusy.Id + ":"));
        Assert.True(SiteManifest.Same(before, SiteManifest.Of(site.Folder)), "the site changed under the running build");
        Assert.Equal(0, project.Run("build").ExitCode);
        Assert.Contains("Two delegations met again.", site.Html(StoryPage).Body!.TextContent);
    }
}
