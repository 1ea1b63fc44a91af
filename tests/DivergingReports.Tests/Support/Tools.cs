using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text;

namespace DivergingReports.Tests.Support;

/// <summary>The real clients the validation tests drive: none of them is a NuGet package.</summary>
public enum Tool
{
    /// <summary>A Java runtime (Debian's default-jre-headless): /usr/bin/java, or java on PATH.</summary>
    Java,
    /// <summary>The W3C Nu HTML Checker, vnu.jar from the npm package vnu-jar in tests/validators.</summary>
    VnuJar,
    /// <summary>/usr/bin/python3 with feedparser importable (Debian's python3-feedparser).</summary>
    PythonFeedparser,
    /// <summary>Debian's Chromium, /usr/bin/chromium (never a browser Playwright downloads).</summary>
    Chromium,
    /// <summary>axe.min.js from the npm package axe-core in tests/validators.</summary>
    AxeCore,
    /// <summary>Pagefind's program, from the npm package pagefind the repository's package.json pins (npm ci at the root).</summary>
    Pagefind,
    /// <summary>Node.js (Debian's nodejs, or node on PATH), which runs s3rver.</summary>
    Node,
    /// <summary>s3rver, a real S3 API server, from the npm package s3rver in tests/validators: the deploy tests' bucket.</summary>
    S3rver,
}

/// <summary>
/// Finds the external tools. <see cref="Require"/> returns a tool's path; when it is missing the test
/// is skipped with the reason, except under CI (CI=true), where a missing tool fails the test: CI
/// installs them all, so a skip there would hide a broken install step.
/// </summary>
public static class Tools
{
    public const string InstallCommands =
        "apt-get install -y --no-install-recommends default-jre-headless python3-feedparser chromium && npm ci --prefix tests/validators --ignore-scripts && npm ci";

    private static readonly ConcurrentDictionary<Tool, (string? Path, string Reason)> Found = new();

    public static bool InCi => Environment.GetEnvironmentVariable("CI") == "true";

    /// <summary>The tool's path; skips the test (or fails it under CI=true) when the tool is missing.</summary>
    public static string Require(Tool tool)
    {
        var (path, reason) = Found.GetOrAdd(tool, Locate);
        if (path is not null) return path;
        var message = $"{Describe(tool)} is missing: {reason}. Install with: {Hint(tool)}";
        if (InCi)
            throw new InvalidOperationException($"CI=true, so this validation must run, but {message}");
        Skip.If(true, message);
        throw new InvalidOperationException("unreachable");
    }

    /// <summary>The path of a tool, or null, without skipping.</summary>
    public static string? Find(Tool tool) => Found.GetOrAdd(tool, Locate).Path;

    private static (string? Path, string Reason) Locate(Tool tool) => tool switch
    {
        Tool.Java => FindExecutable("/usr/bin/java", "java") is { } java ? (java, "") : (null, "no /usr/bin/java and no java on PATH"),
        Tool.VnuJar => NpmFile("vnu-jar", "build/dist/vnu.jar"),
        Tool.AxeCore => NpmFile("axe-core", "axe.min.js"),
        Tool.Chromium => File.Exists("/usr/bin/chromium") ? ("/usr/bin/chromium", "") : (null, "no /usr/bin/chromium"),
        Tool.PythonFeedparser => LocateFeedparser(),
        Tool.Pagefind => LocatePagefind(),
        Tool.Node => FindExecutable("/usr/bin/node", "node") is { } node ? (node, "") : (null, "no /usr/bin/node and no node on PATH"),
        Tool.S3rver => NpmFile("s3rver", "bin/s3rver.js"),
        _ => throw new ArgumentOutOfRangeException(nameof(tool)),
    };

    private static string Describe(Tool tool) => tool switch
    {
        Tool.Java => "Java",
        Tool.VnuJar => "the Nu HTML Checker (vnu.jar)",
        Tool.AxeCore => "axe-core",
        Tool.Pagefind => "Pagefind",
        Tool.Node => "Node.js",
        Tool.S3rver => "s3rver (the S3 API server the deploy tests publish to)",
        Tool.Chromium => "Chromium",
        Tool.PythonFeedparser => "python3 with feedparser",
        _ => tool.ToString(),
    };

    private static string Hint(Tool tool) => tool switch
    {
        Tool.Java => "apt-get install -y --no-install-recommends default-jre-headless",
        Tool.PythonFeedparser => "apt-get install -y --no-install-recommends python3-feedparser",
        Tool.Chromium => "apt-get install -y --no-install-recommends chromium",
        Tool.Node => "apt-get install -y --no-install-recommends nodejs",
        Tool.VnuJar or Tool.AxeCore or Tool.S3rver => "npm ci --prefix tests/validators --ignore-scripts",
        Tool.Pagefind => "npm ci (in the repository's folder)",
        _ => InstallCommands,
    };

    private static (string?, string) NpmFile(string package, string file)
    {
        var root = TestProject.RepositoryRoot();
        var path = Path.Combine(root, "tests", "validators", "node_modules", package, file);
        return File.Exists(path) ? (path, "") : (null, $"no {Path.GetRelativePath(root, path)}");
    }

    private static (string?, string) LocatePagefind() =>
        DivergingReports.Search.Pagefind.Find(new DivergingReports.Content.ProjectPaths(TestProject.RepositoryRoot()), out var why) is { } found
            ? (found.Program, "") : (null, why);

    private static (string?, string) LocateFeedparser()
    {
        // Debian's python3-feedparser installs for Debian's own interpreter, not for a pyenv or venv
        // python3 that may come first on PATH: use /usr/bin/python3 explicitly.
        const string python = "/usr/bin/python3";
        if (!File.Exists(python)) return (null, "no /usr/bin/python3");
        try
        {
            var run = Run(python, ["-c", "import feedparser; print(feedparser.__version__)"], timeout: TimeSpan.FromSeconds(30));
            return run.ExitCode == 0 ? (python, "") : (null, "/usr/bin/python3 cannot import feedparser: " + run.Error.Trim().Split('\n')[^1]);
        }
        catch (Exception e) when (e is System.ComponentModel.Win32Exception or TimeoutException)
        {
            return (null, "/usr/bin/python3 did not run: " + e.Message);
        }
    }

    private static string? FindExecutable(string preferred, string name)
    {
        if (File.Exists(preferred)) return preferred;
        foreach (var dir in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = Path.Combine(dir, name);
            if (File.Exists(candidate)) return candidate;
        }
        return null;
    }

    /// <summary>Runs a program to its end (no shell), with both streams captured and no standard input.</summary>
    public static ProcessRun Run(string file, IEnumerable<string> args, string? workingDirectory = null, TimeSpan? timeout = null)
    {
        var start = new ProcessStartInfo(file)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
            WorkingDirectory = workingDirectory ?? Environment.CurrentDirectory,
        };
        foreach (var arg in args) start.ArgumentList.Add(arg);
        start.Environment["PYTHONIOENCODING"] = "utf-8";
        using var process = Process.Start(start) ?? throw new InvalidOperationException("could not start " + file);
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        var limit = timeout ?? TimeSpan.FromMinutes(5);
        if (!process.WaitForExit(limit))
        {
            try { process.Kill(entireProcessTree: true); } catch (InvalidOperationException) { }
            throw new TimeoutException($"{Path.GetFileName(file)} {string.Join(' ', args)} did not finish in {limit.TotalSeconds:0} s");
        }
        process.WaitForExit();
        return new ProcessRun(process.ExitCode, output.Result, error.Result);
    }
}

public sealed record ProcessRun(int ExitCode, string Output, string Error)
{
    public override string ToString() => $"exit {ExitCode}\n--- stdout\n{Output}\n--- stderr\n{Error}";
}
