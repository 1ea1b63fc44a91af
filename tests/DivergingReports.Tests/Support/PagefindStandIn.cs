namespace DivergingReports.Tests.Support;

/// <summary>
/// Stands in, until divrep build --search runs Pagefind itself, for what the tests use of it:
/// Pagefind as installed at the repository's root (npm), copied into a test project's
/// node_modules, and a build with search whose index Pagefind then makes. Tests call
/// <c>project.WithPagefind().BuildWithSearch(…)</c>; with the real option this becomes
/// <c>Build("--search", …)</c> and this file goes.
/// </summary>
public static class PagefindStandIn
{
    private const string Program = "node_modules/@pagefind/linux-x64/bin/pagefind_extended";

    /// <summary>The repository's Pagefind; skips the test (fails it under CI) when it is not installed.</summary>
    public static string Require()
    {
        var path = Path.Combine(TestProject.RepositoryRoot(), Program);
        if (File.Exists(path)) return path;
        var message = $"Pagefind is missing: no {Program}. Install with: npm ci";
        if (Tools.InCi) throw new InvalidOperationException($"CI=true, so this test must run, but {message}");
        Skip.If(true, message);
        throw new InvalidOperationException("unreachable");
    }

    /// <summary>Gives the project the repository's Pagefind, where a publication's npm ci puts it.</summary>
    public static TestProject WithPagefind(this TestProject project)
    {
        var target = project.PathOf(Program);
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        File.Copy(Require(), target, overwrite: true);
        File.SetUnixFileMode(target, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        return project;
    }

    /// <summary>divrep build with search on (site.yml's search: true), then the index made by the project's Pagefind.</summary>
    public static BuiltSite BuildWithSearch(this TestProject project, params string[] args)
    {
        if (!project.Read("site.yml").Contains("\nsearch: true", StringComparison.Ordinal))
            project.Write("site.yml", project.Read("site.yml").TrimEnd('\n') + "\nsearch: true\n");
        var site = project.Build(args);
        var run = Tools.Run(project.PathOf(Program), ["--site", site.Folder, "--output-subdir", "pagefind"], timeout: TimeSpan.FromMinutes(2));
        Assert.True(run.ExitCode == 0, $"Pagefind failed:\n{run}");
        return site;
    }
}
