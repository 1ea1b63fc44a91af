using System.Collections.Concurrent;
using DivergingReports.Content;
using DivergingReports.Rendering;

namespace DivergingReports.Writing;

/// <summary>What a build changed in the output folder: files written, files carried over unchanged (of which <see cref="Rendered"/> were made again to compare), files removed.</summary>
public sealed record WriteResult(int Written, int Unchanged, int Removed)
{
    public int Total => Written + Unchanged;

    /// <summary>How many files were made (rendered) rather than carried over on their key alone.</summary>
    public int Rendered { get; init; }
}

/// <summary>
/// Writes the site so that a build that fails half-way leaves the previous site as it was: every
/// file is made before any file of the site changes. A file whose inputs did not change (same key
/// as in the build cache) is not rendered at all, and a file whose bytes did not change is not
/// rewritten. With a build cache, the files that did change are staged in a sibling folder and then
/// moved in one by one; without one (a first build), the whole site is staged there, unchanged
/// files hard-linked from the previous build, and the two folders are swapped.
/// </summary>
public static class SiteWriter
{
    /// <param name="listed">What the output folder holds, when the caller has listed it already (<see cref="FileStamp.List"/>).</param>
    public static (WriteResult Result, Dictionary<string, CachedFile> Files) Write(string output, IEnumerable<SiteFile> files, BuildCache? cache = null,
        IReadOnlyDictionary<string, FileStamp>? listed = null)
    {
        output = Path.TrimEndingDirectorySeparator(Path.GetFullPath(output));
        var parent = Path.GetDirectoryName(output)!;
        var name = Path.GetFileName(output);
        Directory.CreateDirectory(parent);
        var staging = Path.Combine(parent, $".{name}.building-{Guid.NewGuid():N}");
        Directory.CreateDirectory(staging);
        var previous = Directory.Exists(output) ? output : null;
        // With the cache of the site in place, only the files that change are staged and then moved
        // in; without it, the whole site is staged and swapped in.
        var inPlace = previous is not null && cache is not null;
        // What is on disk now: a file changed or removed by hand since the last build is made again.
        var onDisk = previous is null ? new Dictionary<string, FileStamp>() : listed ?? FileStamp.List(previous);
        int written = 0, unchanged = 0, rendered;
        SiteFile?[] all = files.ToArray();
        var paths = new string[all.Length];
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < all.Length; i++)
            if (!seen.Add(paths[i] = all[i]!.Path)) throw new InvalidOperationException($"two files of the site would be written to {paths[i]}");
        var made = new CachedFile[all.Length];
        var folders = new ConcurrentDictionary<string, bool>(StringComparer.Ordinal);
        var staged = new bool[all.Length];
        try
        {
            // Each file depends on nothing but its own inputs, so they render on every core; the bytes
            // are the same as a sequential build's.
            rendered = FileMaker.Make(all, UpToDate, (i, file, bytes) =>
            {
                var hash = ContentHashes.Hash(bytes.Span);
                var before = cache?.Files.GetValueOrDefault(file.Path);
                var old = previous is null ? null : Path.Combine(previous, file.Path);
                var target = Path.Combine(staging, file.Path);
                var intact = Intact(file.Path, before);
                // Same bytes as the file already there (known from the cache, or read when the cache cannot vouch for it): keep that file.
                var same = intact ? before!.Hash == hash : onDisk.TryGetValue(file.Path, out var found) && found.Length == bytes.Length && SameBytes(old!, bytes.Span);
                if (same && Keep(old!, target))
                {
                    made[i] = new CachedFile(file.Key, hash, onDisk[file.Path]);
                    Interlocked.Increment(ref unchanged);
                    return;
                }
                made[i] = new CachedFile(file.Key, hash, Stage(target, bytes.Span));
                staged[i] = true;
                Interlocked.Increment(ref written);
            });
        }
        catch
        {
            Directory.Delete(staging, recursive: true);
            throw;
        }

        var stale = onDisk.Keys.Where(p => !seen.Contains(p)).ToArray();
        if (inPlace) MoveIn(staging, output, paths, staged, stale);
        else Swap(staging, output, parent, name);
        var result = new WriteResult(written, unchanged, stale.Length) { Rendered = rendered };
        return (result, paths.Select((p, i) => (Path: p, File: made[i])).ToDictionary(x => x.Path, x => x.File, StringComparer.Ordinal));

        // The file on disk is as the last build left it: the cache can vouch for its bytes.
        bool Intact(string path, CachedFile? before) => before is not null && onDisk.TryGetValue(path, out var stamp) && stamp == before.Stamp;

        // A file whose key is the one the cache made it with is not made again.
        bool UpToDate(int i, SiteFile file)
        {
            var before = cache?.Files.GetValueOrDefault(file.Path);
            if (!Intact(file.Path, before) || file.Key == UInt128.Zero || before!.Key != file.Key
                || !Keep(Path.Combine(previous!, file.Path), Path.Combine(staging, file.Path))) return false;
            made[i] = before;
            Interlocked.Increment(ref unchanged);
            return true;
        }

        // In place, an unchanged file is left where it is; staged whole, it is hard-linked from the previous build.
        bool Keep(string old, string target)
        {
            if (inPlace) return true;
            MakeFolder(Path.GetDirectoryName(target)!);
            return FileLinks.TryHardLink(old, target);
        }

        // A site is tens of thousands of small files: each is created in the new staging folder with
        // as few calls to the file system as it takes (no truncation or preallocation, each folder
        // made once), and its stamp read from the open file.
        FileStamp Stage(string target, ReadOnlySpan<byte> bytes)
        {
            MakeFolder(Path.GetDirectoryName(target)!);
            using var handle = File.OpenHandle(target, FileMode.CreateNew, FileAccess.Write);
            RandomAccess.Write(handle, bytes, 0);
            return new FileStamp(bytes.Length, File.GetLastWriteTimeUtc(handle).Ticks);
        }

        void MakeFolder(string folder)
        {
            // Marked made only once it is: another thread may be about to write into it.
            if (folders.ContainsKey(folder)) return;
            Directory.CreateDirectory(folder);
            folders.TryAdd(folder, true);
        }
    }

    /// <summary>Once every file is made: moves the staged files into the site (each move replaces one file whole) and removes the files it no longer has.</summary>
    private static void MoveIn(string staging, string output, string[] paths, bool[] staged, string[] stale)
    {
        for (var i = 0; i < paths.Length; i++)
        {
            if (!staged[i]) continue;
            var target = Path.Combine(output, paths[i]);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Move(Path.Combine(staging, paths[i]), target, overwrite: true);
        }
        foreach (var path in stale)
        {
            var file = Path.Combine(output, path);
            File.Delete(file);
            // A folder left empty (a story no longer published) goes too, up to the site's root.
            for (var folder = Path.GetDirectoryName(file); folder is not null && folder != output
                 && !Directory.EnumerateFileSystemEntries(folder).Any(); folder = Path.GetDirectoryName(folder))
                Directory.Delete(folder);
        }
        Directory.Delete(staging, recursive: true);
    }

    private static bool SameBytes(string path, ReadOnlySpan<byte> bytes)
    {
        try
        {
            return File.ReadAllBytes(path).AsSpan().SequenceEqual(bytes);
        }
        catch (IOException)
        {
            return false;
        }
    }

    /// <summary>Puts the new build in place of the old with two renames; the old one is deleted only after.</summary>
    private static void Swap(string staging, string output, string parent, string name)
    {
        if (!Directory.Exists(output))
        {
            Directory.Move(staging, output);
            return;
        }
        var retired = Path.Combine(parent, $".{name}.previous-{Guid.NewGuid():N}");
        Directory.Move(output, retired);
        try
        {
            Directory.Move(staging, output);
        }
        catch
        {
            Directory.Move(retired, output);
            throw;
        }
        Directory.Delete(retired, recursive: true);
    }
}
