using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;

namespace DivergingReports.Writing;

/// <summary>
/// The folders a build makes its new site in, beside the output folder: <c>._site.building-ID</c>,
/// with <c>._site.building-ID.owner</c> naming the process that builds there. The old site leaves
/// through the same name once the new one is in place. A build stopped on the way (killed, the
/// machine shut down) leaves them behind; the next build removes those whose process is gone and
/// leaves alone those of a build still running.
/// </summary>
internal static class StagingFolders
{
    /// <summary>The suffix of the folder the old site is moved to where folders cannot be exchanged in one step (<see cref="FolderExchange"/>).</summary>
    public const string Previous = ".previous";

    private const string Owner = ".owner";

    /// <summary>Makes a new staging folder for <paramref name="output"/> and records this process as its owner.</summary>
    public static string Create(string output)
    {
        var staging = Path.Combine(Path.GetDirectoryName(output)!, $"{Prefix(output)}{Guid.NewGuid():N}");
        var owner = staging + Owner;
        // The owner is recorded first: a folder is never there without the process it belongs to.
        SiteWriteException.On(owner, () => File.WriteAllText(owner, OwnerRecord()));
        try
        {
            SiteWriteException.On(staging, () => Directory.CreateDirectory(staging));
        }
        catch
        {
            TryDelete(owner);
            throw;
        }
        return staging;
    }

    /// <summary>Removes a staging folder of this build (and its owner record); what cannot be removed now, the next build removes.</summary>
    public static void Remove(string staging)
    {
        if (!TryDeleteFolder(staging) || !TryDeleteFolder(staging + Previous)) return;
        TryDelete(staging + Owner);
    }

    /// <summary>
    /// Removes what stopped builds left beside <paramref name="output"/>. A build stopped between the
    /// two renames of <see cref="FolderExchange"/>'s fallback left no output folder and the old site
    /// aside: that site is put back.
    /// </summary>
    public static void RemoveStale(string output)
    {
        var parent = Path.GetDirectoryName(output)!;
        var prefix = Prefix(output);
        if (!Directory.Exists(parent)) return;
        string[] entries;
        try
        {
            entries = Directory.GetFileSystemEntries(parent).Select(Path.GetFileName).Where(n => n!.StartsWith(prefix, StringComparison.Ordinal)).ToArray()!;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return;
        }
        // Several stopped builds may each have left an old site aside; only one is put back.
        foreach (var name in entries.Order(StringComparer.Ordinal))
        {
            var path = Path.Combine(parent, name);
            var id = name[prefix.Length..];
            id = id.EndsWith(Owner, StringComparison.Ordinal) ? id[..^Owner.Length] : id.EndsWith(Previous, StringComparison.Ordinal) ? id[..^Previous.Length] : id;
            var owner = Path.Combine(parent, prefix + id + Owner);
            if (IsAlive(owner)) continue;
            if (name.EndsWith(Owner, StringComparison.Ordinal))
            {
                // Removed last, once the folders it owns are gone.
                if (!Directory.Exists(path[..^Owner.Length]) && !Directory.Exists(path[..^Owner.Length] + Previous)) TryDelete(path);
                continue;
            }
            if (!Directory.Exists(path)) continue;
            if (name.EndsWith(Previous, StringComparison.Ordinal) && !Directory.Exists(output))
            {
                try { Directory.Move(path, output); continue; }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException) { /* removed below like any other */ }
            }
            if (TryDeleteFolder(path) && !Directory.Exists(Path.Combine(parent, prefix + id)) && !Directory.Exists(Path.Combine(parent, prefix + id + Previous)))
                TryDelete(owner);
        }
    }

    /// <summary>Whether the build that owns a staging folder may still be running: its process is alive (and is the same process, not a later one given the same id).</summary>
    public static bool IsAlive(string owner)
    {
        string[] record;
        try
        {
            record = File.ReadAllText(owner).Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            return false;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return true; // cannot tell: leave it
        }
        if (record.Length == 0 || !int.TryParse(record[0], NumberStyles.None, CultureInfo.InvariantCulture, out var pid)) return false;
        try
        {
            using var process = Process.GetProcessById(pid);
            if (record.Length < 2 || !long.TryParse(record[1], NumberStyles.None, CultureInfo.InvariantCulture, out var started)) return true;
            return Math.Abs(process.StartTime.ToUniversalTime().Ticks - started) < TimeSpan.TicksPerSecond;
        }
        catch (ArgumentException)
        {
            return false; // no process with that id
        }
        catch (Exception e) when (e is InvalidOperationException or Win32Exception or NotSupportedException)
        {
            return true;
        }
    }

    private static string Prefix(string output) => $".{Path.GetFileName(output)}.building-";

    /// <summary>This process's id and start time: a process id is given again once its process has ended.</summary>
    private static string OwnerRecord()
    {
        using var self = Process.GetCurrentProcess();
        return string.Create(CultureInfo.InvariantCulture, $"{self.Id} {self.StartTime.ToUniversalTime().Ticks}\n");
    }

    private static bool TryDeleteFolder(string folder)
    {
        try
        {
            if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    private static void TryDelete(string file)
    {
        try { File.Delete(file); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { /* the next build tries again */ }
    }
}
