using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace DivergingReports.Benchmarks;

/// <summary>One <c>divrep build</c> in a child process, as an editor or CI runs it: wall time, files, peak memory.</summary>
public sealed partial record BuildRun(TimeSpan Wall, int Files, int Written, int PeakMegabytes, string Output)
{
    public static BuildRun Run(string corpus, string output)
    {
        var divrep = Path.Combine(AppContext.BaseDirectory, "divrep.dll");
        var start = new ProcessStartInfo("dotnet", ["exec", divrep, "build", "--timings", "--output", output])
        {
            WorkingDirectory = corpus,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        var text = process.StandardOutput.ReadToEnd() + process.StandardError.ReadToEnd();
        process.WaitForExit();
        clock.Stop();
        if (process.ExitCode != 0) throw new InvalidOperationException("divrep build failed:\n" + text);
        var summary = Summary().Match(text);
        var peak = Peak().Match(text);
        return new BuildRun(clock.Elapsed,
            int.Parse(summary.Groups["files"].Value, CultureInfo.InvariantCulture),
            int.Parse(summary.Groups["written"].Value, CultureInfo.InvariantCulture),
            peak.Success ? int.Parse(peak.Groups[1].Value, CultureInfo.InvariantCulture) : 0,
            text);
    }

    [GeneratedRegex(@"(?<files>\d+) files in .*\((?<written>\d+) written")]
    private static partial Regex Summary();

    [GeneratedRegex(@"(\d+) MB\s+peak memory")]
    private static partial Regex Peak();
}
