using System.Diagnostics;
using DivergingReports.Benchmarks;
using DivergingReports.Tests.Support;
using DivergingReports.Writing;

namespace DivergingReports.Tests.Writing;

/// <summary>
/// A build killed at any moment (SIGKILL: no chance to clean up) leaves the output folder holding
/// exactly the old site or exactly the new one, never a mix; the next build finishes the job and
/// leaves nothing of the killed ones behind.
/// </summary>
public class KilledBuildTests
{
    // Small enough for quick builds; the window that matters, the site being put in place, is watched for.
    private const int Stories = 16;
    private const int Sources = 8;
    private const int Kills = 12;

    [SkippableFact]
    public void A_build_killed_at_any_moment_leaves_the_old_site_or_the_new_one()
    {
        Skip.IfNot(OperatingSystem.IsLinux(), "the output folder is exchanged in one step on Linux only");
        using var project = new TestProject(minimal: false);
        Corpus.Write(project.Root, Stories, Sources);
        var output = project.PathOf("_site");
        var cache = BuildCache.PathFor(output);
        Build(project);
        var old = SiteManifest.Of(output);
        // The old site as it was (hard links keep each file's time, which the build cache checks) and its cache.
        var kept = project.PathOf("old-site");
        LinkTree(output, kept);
        var oldCache = File.ReadAllBytes(cache);

        // A good share of the stories changes, and with them the home page, the feeds and many more.
        foreach (var breakdown in Directory.GetFiles(project.PathOf("content/breakdowns")).Order(StringComparer.Ordinal).Where((_, i) => i % 3 == 0))
            File.WriteAllText(breakdown, Edits.Breakdown(File.ReadAllText(breakdown), "revised"));
        Build(project, "--output", "new-site");
        var @new = SiteManifest.Of(project.PathOf("new-site"));
        Assert.False(SiteManifest.Same(old, @new), "the edits changed nothing in the site");

        // How long the build of the changed content takes, from the old site: half the kills are spread
        // over it. The other half watch pages that differ between the two sites (some of each part of
        // the site) and kill the build as soon as one changes in the output folder, where a site put
        // in place file by file is a mix.
        Restore();
        var differing = old.Keys.Where(f => @new.TryGetValue(f, out var hash) && hash != old[f]).ToArray();
        // Watched by their stamps (time of last write and size), read at each millisecond: reading the
        // files' bytes that often would take a core from the build. A build never leaves a file it
        // wrote with the stamp of the old site's (restored by hard links, which keep it).
        var watched = Enumerable.Range(0, 16).Select(i => differing[i * differing.Length / 16]).Distinct()
            .Select(f => Path.Combine(output, f)).ToDictionary(f => f, Stamp);
        var clock = Stopwatch.StartNew();
        Build(project);
        var took = clock.Elapsed;
        Assert.True(SiteManifest.Same(@new, SiteManifest.Of(output)), "the build that was not killed did not make the new site");
        var outcomes = new List<string>();
        for (var k = 0; k < Kills; k++)
        {
            var watching = k % 2 == 1;
            var delay = watching ? TimeSpan.FromMilliseconds(5 * (k / 2)) : took * k / Kills;
            Restore();
            using var build = Start(project);
            if (watching)
                while (!build.HasExited && watched.All(w => Stamp(w.Key) is not { } now || now == w.Value)) Thread.Sleep(1);
            Thread.Sleep(delay);
            build.Kill();
            build.WaitForExit();

            var left = SiteManifest.Of(output);
            var isOld = SiteManifest.Same(old, left);
            var isNew = SiteManifest.Same(@new, left);
            outcomes.Add($"{delay.TotalMilliseconds:0} ms{(watching ? " after the page changed" : "")}: {(isOld ? "old" : isNew ? "new" : "MIXED")}");
            Assert.True(isOld || isNew, $"killed after {delay.TotalMilliseconds:0} ms{(watching ? " after the page changed" : "")}, the output holds neither site: against the old one "
                + SiteManifest.Difference(old, left) + "; against the new one " + SiteManifest.Difference(@new, left) + "\n" + string.Join("\n", outcomes));
        }

        // No restore: the next build starts from what the last killed one left.
        Build(project);
        Assert.True(SiteManifest.Same(@new, SiteManifest.Of(output)), "the build after the killed ones did not make the new site");
        Assert.Empty(SiteManifest.StagingLeftBeside(output));
        Assert.False(File.Exists(BuildCache.PendingPathFor(output)));

        // The old site, with the cache that describes it, as the first build left them.
        void Restore()
        {
            if (Directory.Exists(output)) Directory.Delete(output, recursive: true);
            LinkTree(kept, output);
            File.WriteAllBytes(cache, oldCache);
        }
    }

    /// <summary>The real divrep in a child process, as an editor or CI runs it.</summary>
    private static Process Start(TestProject project, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet", ["exec", Path.Combine(AppContext.BaseDirectory, "divrep.dll"), "build", .. args])
        {
            WorkingDirectory = project.Root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    /// <summary>When a file was last written and its size; null for a file away for an instant, which is looked at again.</summary>
    private static (DateTime, long)? Stamp(string file)
    {
        var info = new FileInfo(file);
        return info.Exists ? (info.LastWriteTimeUtc, info.Length) : null;
    }

    private static void Build(TestProject project, params string[] args)
    {
        using var build = Start(project, args);
        build.WaitForExit();
        Assert.Equal(0, build.ExitCode);
    }

    private static void LinkTree(string from, string to)
    {
        foreach (var folder in Directory.EnumerateDirectories(from, "*", SearchOption.AllDirectories))
            Directory.CreateDirectory(Path.Combine(to, Path.GetRelativePath(from, folder)));
        Directory.CreateDirectory(to);
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
            Assert.True(FileLinks.TryHardLink(file, Path.Combine(to, Path.GetRelativePath(from, file))));
    }
}
