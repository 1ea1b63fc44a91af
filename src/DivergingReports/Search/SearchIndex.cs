using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using DivergingReports.Diagnostics;

namespace DivergingReports.Search;

/// <summary>What one run of Pagefind made: whether the index is whole, how many pages it holds, and if not, why.</summary>
public sealed record IndexRun(bool Made, int Pages, TimeSpan Took, string? Problem);

/// <summary>
/// Runs Pagefind over a finished site. It reads the site's HTML, finds the pages the theme marks
/// with data-pagefind-body and writes the index (pagefind.js and its chunks) into one folder. The
/// run is shielded from what the publication's folder or the environment could add: it starts in
/// the site's folder (which holds no Pagefind configuration), without the PAGEFIND_ variables that
/// would change its options, and with every path on its command line; it is stopped when it runs
/// past <see cref="TimeLimit"/> or the caller cancels.
/// </summary>
public static partial class SearchIndex
{
    /// <summary>Far beyond what any real publication takes (10,000 stories index in seconds).</summary>
    public static readonly TimeSpan TimeLimit = TimeSpan.FromMinutes(20);

    // Only the end of what Pagefind prints is kept: the reason of a failure is there, and a site's worth of warnings is not kept in memory.
    private const int LinesKept = 20;

    /// <summary>
    /// Indexes the site in <paramref name="site"/> into <paramref name="output"/> (a folder that
    /// should not exist yet). When the run fails, what it wrote of <paramref name="output"/> may be left:
    /// the caller removes it with the rest of what it staged.
    /// </summary>
    public static IndexRun Make(Pagefind pagefind, string site, string output, CancellationToken cancel = default)
    {
        var clock = Stopwatch.StartNew();
        var start = new ProcessStartInfo(pagefind.Program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            WorkingDirectory = site,
        };
        foreach (var arg in new[] { "--site", site, "--output-path", output }) start.ArgumentList.Add(arg);
        foreach (var name in start.Environment.Keys.Where(k => k.StartsWith("PAGEFIND_", StringComparison.OrdinalIgnoreCase)).ToArray())
            start.Environment.Remove(name);

        var lines = new Queue<string>();
        void Keep(string? line)
        {
            if (string.IsNullOrWhiteSpace(line)) return;
            lock (lines)
            {
                lines.Enqueue(line);
                if (lines.Count > LinesKept) lines.Dequeue();
            }
        }

        Process process;
        try
        {
            process = Process.Start(start) ?? throw new InvalidOperationException();
        }
        catch (Exception e) when (e is System.ComponentModel.Win32Exception or InvalidOperationException)
        {
            return new IndexRun(false, 0, clock.Elapsed, $"Pagefind could not be started: {e.Message}");
        }
        using (process)
        {
            process.StandardInput.Close();
            process.OutputDataReceived += (_, e) => Keep(e.Data);
            process.ErrorDataReceived += (_, e) => Keep(e.Data);
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();
            using var stop = cancel.Register(() => Stop(process));
            if (!process.WaitForExit(TimeLimit))
            {
                Stop(process);
                return new IndexRun(false, 0, clock.Elapsed, $"Pagefind did not finish in {TimeLimit.TotalMinutes:0} minutes");
            }
            process.WaitForExit(); // the output read to its end
            string[] said;
            lock (lines) said = lines.ToArray();
            if (cancel.IsCancellationRequested) return new IndexRun(false, 0, clock.Elapsed, "the search index was stopped");
            if (process.ExitCode != 0 || !File.Exists(Path.Combine(output, "pagefind.js")))
            {
                var last = said.LastOrDefault(l => l.Contains("error", StringComparison.OrdinalIgnoreCase)) ?? said.LastOrDefault() ?? "it printed nothing";
                return new IndexRun(false, 0, clock.Elapsed, $"Pagefind failed (exit code {process.ExitCode}): {Printable.Escape(last.Trim())}");
            }
            var pages = said.Select(l => IndexedPages().Match(l)).LastOrDefault(m => m.Success) is { } match
                ? int.Parse(match.Groups[1].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture) : 0;
            return new IndexRun(true, pages, clock.Elapsed, null);
        }
    }

    private static void Stop(Process process)
    {
        try { process.Kill(entireProcessTree: true); }
        catch (Exception e) when (e is InvalidOperationException or System.ComponentModel.Win32Exception) { /* it had ended */ }
    }

    [GeneratedRegex(@"Indexed (\d{1,9}) pages?")]
    private static partial Regex IndexedPages();
}
