using System.Diagnostics;
using System.Reflection;
using System.Text;
using DivergingReports.Tests.Support;
using Xunit.Abstractions;

namespace DivergingReports.Tests.DotnetTool;

/// <summary>
/// The real thing: packs src/DivergingReports.Cli as a .NET tool (as compiled for the tests), installs it into a temporary tool
/// path and runs the installed <c>divrep</c> as a person would: init, check, build.
/// </summary>
public class ToolPackageTests(ITestOutputHelper output)
{
    private static readonly TimeSpan Slow = TimeSpan.FromMinutes(5);
    private static readonly TimeSpan Quick = TimeSpan.FromMinutes(1);

    [Fact]
    public void The_packed_tool_installs_and_its_divrep_init_makes_a_site_that_checks_and_builds()
    {
        var dotnet = FindDotnet();
        var temp = Scratch.NewPath("divrep-tool-");
        Directory.CreateDirectory(temp);
        try
        {
            // Pack what the test host was built from (dotnet test has just compiled it, in its configuration)
            // without building again; pack's own intermediate file goes to the temporary folder, so
            // nothing is written into the repository.
            var nupkg = Path.Combine(temp, "nupkg");
            var clock = Stopwatch.StartNew();
            Run(dotnet, temp, Slow, "pack", Path.Combine(TestProject.RepositoryRoot(), "src", "DivergingReports.Cli", "DivergingReports.Cli.csproj"),
                "--no-build", "-c", Configuration, "-o", nupkg, "-p:NuspecOutputPath=" + Path.Combine(temp, "nuspec") + Path.DirectorySeparatorChar,
                "--disable-build-servers", "-nodeReuse:false");
            output.WriteLine($"pack: {clock.Elapsed.TotalSeconds:0.0} s");
            Assert.True(File.Exists(Path.Combine(nupkg, "DivergingReports.Cli.0.1.0.nupkg")),
                "no DivergingReports.Cli.0.1.0.nupkg in " + string.Join(", ", Directory.EnumerateFiles(nupkg).Select(Path.GetFileName)));

            // Install from that folder alone, with a packages folder of its own: never a cached or published DivergingReports.Cli.
            var config = Path.Combine(temp, "nuget.config");
            File.WriteAllText(config, $"""
                <?xml version="1.0" encoding="utf-8"?>
                <configuration>
                  <packageSources>
                    <clear />
                    <add key="packed" value="{System.Security.SecurityElement.Escape(nupkg)}" />
                  </packageSources>
                </configuration>
                """);
            var tools = Path.Combine(temp, "tools");
            clock.Restart();
            Run(dotnet, temp, Slow, "tool", "install", "DivergingReports.Cli", "--tool-path", tools, "--configfile", config, "--version", "0.1.0");
            output.WriteLine($"install: {clock.Elapsed.TotalSeconds:0.0} s");
            var divrep = Path.Combine(tools, OperatingSystem.IsWindows() ? "divrep.exe" : "divrep");
            Assert.True(File.Exists(divrep), $"dotnet tool install wrote no {divrep}");

            var version = Run(divrep, temp, Quick, "--version");
            Assert.StartsWith("divrep 0.1.0", version.Trim());

            var work = Path.Combine(temp, "work");
            Directory.CreateDirectory(work);
            var init = Run(divrep, work, Quick, "init", "site");
            Assert.Contains("created site/site.yml", init);

            var site = Path.Combine(work, "site");
            var check = Run(divrep, site, Quick, "check");
            Assert.Contains("0 errors, 0 warnings", check);
            var build = Run(divrep, site, Quick, "build");
            Assert.Contains("0 errors, 0 warnings", build);
            Assert.True(File.Exists(Path.Combine(site, "_site", "index.html")), "the installed divrep built no _site/index.html");
            Assert.True(File.Exists(Path.Combine(site, "_site", "stories", "trump-putin-call", "index.html")),
                "the installed divrep built no _site/stories/trump-putin-call/index.html");
        }
        finally
        {
            try { Directory.Delete(temp, recursive: true); }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException) { output.WriteLine($"could not remove {temp}: {e.Message}"); }
        }
    }

    /// <summary>The configuration (Debug or Release) the tool beside the tests was compiled in.</summary>
    private static string Configuration =>
        typeof(DivergingReports.Cli.CliContext).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug";

    private static string FindDotnet()
    {
        var name = OperatingSystem.IsWindows() ? "dotnet.exe" : "dotnet";
        var onPath = (Environment.GetEnvironmentVariable("PATH") ?? "")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, name))
            .FirstOrDefault(File.Exists);
        // Under 'dotnet test' the SDK also names itself in DOTNET_HOST_PATH.
        var host = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH");
        var found = onPath ?? (host is not null && File.Exists(host) ? host : null);
        Assert.True(found is not null, "this test packs and installs the tool with the dotnet command, and dotnet is not on PATH: install the .NET SDK or add it to PATH");
        return found!;
    }

    /// <summary>Runs a program to its end and returns what it printed; fails the test on a non-zero exit or a time-out.</summary>
    private string Run(string program, string workingDirectory, TimeSpan timeout, params string[] args)
    {
        var start = new ProcessStartInfo(program)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        foreach (var arg in args) start.ArgumentList.Add(arg);
        // What the test host inherited from the 'dotnet test' that started it is not for a fresh dotnet.
        foreach (var key in start.Environment.Keys.Where(k => k.StartsWith("MSBuild", StringComparison.OrdinalIgnoreCase)
                     || k.StartsWith("VSTEST", StringComparison.OrdinalIgnoreCase)).ToArray())
            start.Environment.Remove(key);
        start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        start.Environment["DOTNET_CLI_USE_MSBUILD_SERVER"] = "0";
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1";
        // The installed tool's launcher finds the runtime beside the dotnet this test found.
        start.Environment["DOTNET_ROOT"] = DotnetRoot();

        var text = new StringBuilder();
        using var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) lock (text) text.AppendLine(e.Data); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (text) text.AppendLine(e.Data); };
        var command = $"{Path.GetFileName(program)} {string.Join(' ', args)}";
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        if (!process.WaitForExit(timeout))
        {
            try { process.Kill(entireProcessTree: true); }
            catch (InvalidOperationException) { }
            Assert.Fail($"{command} did not finish within {timeout.TotalMinutes} min:\n{text}");
        }
        process.WaitForExit(); // the last lines of output
        string printed;
        lock (text) printed = text.ToString();
        output.WriteLine($"$ {command} (in {workingDirectory})\n{printed}");
        Assert.True(process.ExitCode == 0, $"{command} exited {process.ExitCode}:\n{printed}");
        return printed;
    }

    private static string DotnetRoot()
    {
        var dotnet = new FileInfo(FindDotnet());
        var real = dotnet.ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? dotnet.FullName;
        return Path.GetDirectoryName(real)!;
    }
}
