using DivergingReports.Tests.Support;

namespace DivergingReports.Tests.Writing;

/// <summary>A reader of the output folder (a web server, a deploy step) finds it there at every instant of a build.</summary>
public class OutputSwitchTests
{
    [SkippableFact]
    public void The_output_folder_is_never_absent_while_a_full_build_puts_its_site_in_place()
    {
        // Elsewhere the old site is renamed aside before the new one is renamed in (docs: README.md).
        Skip.IfNot(OperatingSystem.IsLinux(), "the output folder is exchanged in one step on Linux only");
        using var project = new TestProject().WithTemplates();
        var site = project.Build();
        var absent = 0;
        var looks = 0;
        using var stop = new CancellationTokenSource();
        var watcher = Task.Factory.StartNew(() =>
        {
            while (!stop.IsCancellationRequested)
            {
                if (!Directory.Exists(site.Folder)) absent++;
                looks++;
            }
        }, TaskCreationOptions.LongRunning);

        for (var i = 0; i < 12; i++)
        {
            // Without its cache and with a changed story, each build makes the whole site again and switches it in.
            File.Delete(project.PathOf("._site.divrep-cache"));
            project.Write("content/breakdowns/2025-07-03-talks.yml", TestProject.Story.Replace("Two delegations met.", $"Two delegations met ({i})."));
            var run = project.Run("build");
            Assert.True(run.ExitCode == 0, run.Out);
            Assert.Contains($"Two delegations met ({i}).", site.Html("stories/talks/index.html").Body!.TextContent);
        }
        stop.Cancel();
        watcher.Wait();

        Assert.True(looks > 1000, $"the folder was looked at only {looks} times");
        Assert.Equal(0, absent);
        Assert.Empty(SiteManifest.StagingLeftBeside(site.Folder));
    }
}
