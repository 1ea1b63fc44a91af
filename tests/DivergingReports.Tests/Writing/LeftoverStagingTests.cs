using System.Diagnostics;
using DivergingReports.Tests.Support;

namespace DivergingReports.Tests.Writing;

/// <summary>
/// A build stopped on the way (killed, the machine shut down) leaves its staging folder beside the
/// output; the next build removes it, unless the build that owns it is still running.
/// </summary>
public class LeftoverStagingTests
{
    [Fact]
    public void The_next_build_removes_what_stopped_builds_left_and_keeps_what_a_running_build_makes()
    {
        using var project = new TestProject().WithTemplates();
        var site = project.Build();
        var dead = Leftover(project, "0123456789abcdef0123456789abcdef", EndedProcessId().ToString());
        var running = Leftover(project, "fedcba9876543210fedcba9876543210", Environment.ProcessId.ToString());
        // Left by a build that recorded no owner (an older divrep): nobody can be building there.
        var unowned = project.PathOf("._site.building-00000000000000000000000000000000");
        Directory.CreateDirectory(Path.Combine(unowned, "stories"));

        // A build that finds nothing to do cleans up too.
        var run = project.Run("build");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("(0 written", run.Out);
        Assert.False(Directory.Exists(dead), "the staging folder of a build that is no longer running is left");
        Assert.False(File.Exists(dead + ".owner"));
        Assert.False(Directory.Exists(unowned));
        Assert.True(File.Exists(Path.Combine(running, "stories/talks/index.html")), "the staging folder of a running build was removed");
        Assert.Equal(["._site.building-fedcba9876543210fedcba9876543210", "._site.building-fedcba9876543210fedcba9876543210.owner"],
            SiteManifest.StagingLeftBeside(site.Folder));
    }

    private static string Leftover(TestProject project, string id, string owner)
    {
        var folder = project.PathOf("._site.building-" + id);
        Directory.CreateDirectory(Path.Combine(folder, "stories/talks"));
        File.WriteAllText(Path.Combine(folder, "stories/talks/index.html"), "<!doctype html><title>half</title>");
        File.WriteAllText(folder + ".owner", owner + "\n");
        return folder;
    }

    /// <summary>The id of a process that has ended.</summary>
    private static int EndedProcessId()
    {
        using var process = Process.Start(new ProcessStartInfo("dotnet", "--version") { RedirectStandardOutput = true })!;
        process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return process.Id;
    }
}
