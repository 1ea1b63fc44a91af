using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace DivergingReports.Benchmarks;

/// <summary>One <c>divrep build</c> in a child process, as an editor or CI runs it: wall time, files, the site's size, peak memory, and the time Pagefind took when it ran.</summary>
public sealed partial record BuildRun(TimeSpan Wall, int Files, int Written, int PeakMegabytes, string Output)
{
    /// <summary>The bytes of the site the build left, as its --stats table adds them up.</summary>
    public long Bytes { get; init; }

    /// <summary>How long the search index took (Pagefind's run, as the build times it); zero when the build made none.</summary>
    public TimeSpan Indexing { get; init; }

    public static BuildRun Run(string corpus, string output, params string[] options)
    {
        var divrep = Path.Combine(AppContext.BaseDirectory, "divrep.dll");
        var start = new ProcessStartInfo("dotnet", ["exec", divrep, "build", "--timings", "--stats", "--output", output, .. options])
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
        var indexing = IndexingTime().Match(text);
        var size = SiteSize().Match(text);
        return new BuildRun(clock.Elapsed,
            int.Parse(summary.Groups["files"].Value, CultureInfo.InvariantCulture),
            int.Parse(summary.Groups["written"].Value, CultureInfo.InvariantCulture),
            peak.Success ? int.Parse(peak.Groups[1].Value, CultureInfo.InvariantCulture) : 0,
            text)
        {
            Indexing = indexing.Success ? TimeSpan.FromMilliseconds(int.Parse(indexing.Groups[1].Value, CultureInfo.InvariantCulture)) : TimeSpan.Zero,
            Bytes = size.Success ? long.Parse(size.Groups[1].Value.Replace(",", ""), CultureInfo.InvariantCulture) : 0,
        };
    }

    [GeneratedRegex(@"(\d+) ms\s+make the search index")]
    private static partial Regex IndexingTime();

    // "24852 files, 1.01 GB in _site (24852 written, …)"
    [GeneratedRegex(@"(?<files>\d+) files(, [\d.]+ [kMG]?B)? in .*\((?<written>\d+) written")]
    private static partial Regex Summary();

    [GeneratedRegex(@"^\s*([\d,]+)\s+[\d,]+\s+the site \(", RegexOptions.Multiline)]
    private static partial Regex SiteSize();

    [GeneratedRegex(@"(\d+) MB\s+peak memory")]
    private static partial Regex Peak();
}
