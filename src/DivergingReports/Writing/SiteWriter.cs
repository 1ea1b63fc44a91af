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
/// Makes the new site whole in a staging folder beside the output folder before anything in the
/// output changes (<see cref="StagedSite.Publish"/> then puts it in place in one switch). A file
/// whose inputs did not change (same key as in the build cache) is not rendered at all, and a file
/// whose bytes did not change is not written again: it is hard-linked from the site in place (or
/// copied, where the file system has no hard links), never moved out of it, and never written
/// through the link. A build that changes nothing leaves the output folder as it is.
/// </summary>
public static class SiteWriter
{
    /// <param name="listed">What the output folder holds, when the caller has listed it already (<see cref="FileStamp.List"/>).</param>
    /// <param name="whole">Stage the whole site even when no file of it changed: files are to be made from it (the search index) before it is published.</param>
    /// <exception cref="SiteWriteException">A file or folder of the new site could not be made; nothing of it is left.</exception>
    public static StagedSite Stage(string output, IEnumerable<SiteFile> files, BuildCache? cache = null,
        IReadOnlyDictionary<string, FileStamp>? listed = null, bool whole = false)
    {
        output = Path.TrimEndingDirectorySeparator(Path.GetFullPath(output));
        var parent = Path.GetDirectoryName(output)!;
        SiteWriteException.On(parent, () => Directory.CreateDirectory(parent));
        var previous = Directory.Exists(output) ? output : null;
        // What is on disk now: a file changed or removed by hand since the last build is made again.
        var onDisk = previous is null ? new Dictionary<string, FileStamp>() : listed ?? FileStamp.List(previous);
        SiteFile?[] all = files.ToArray();
        var paths = new string[all.Length];
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < all.Length; i++)
            if (!seen.Add(paths[i] = all[i]!.Path)) throw new InvalidOperationException($"two files of the site would be written to {paths[i]}");

        var staging = StagingFolders.Create(output);
        try
        {
            var made = new CachedFile[all.Length];
            // The files taken as they are from the site in place, linked into the staging folder once
            // it is known that something changed.
            var kept = new bool[all.Length];
            var folders = new ConcurrentDictionary<string, bool>(StringComparer.Ordinal);
            int written = 0, unchanged = 0;
            // Each file depends on nothing but its own inputs, so they render on every core; the bytes
            // are the same as a sequential build's.
            var rendered = FileMaker.Make(all, UpToDate, (i, file, bytes) =>
            {
                var hash = ContentHashes.Hash(bytes.Span);
                var before = cache?.Files.GetValueOrDefault(file.Path);
                // Same bytes as the file already there (known from the cache, or read when the cache cannot vouch for it): keep that file.
                var same = Intact(file.Path, before)
                    ? before!.Hash == hash
                    : onDisk.TryGetValue(file.Path, out var found) && found.Length == bytes.Length && SameBytes(Path.Combine(previous!, file.Path), bytes.Span);
                if (same)
                {
                    made[i] = new CachedFile(file.Key, hash, onDisk[file.Path]);
                    kept[i] = true;
                    Interlocked.Increment(ref unchanged);
                    return;
                }
                var target = Path.Combine(staging, file.Path);
                made[i] = new CachedFile(file.Key, hash, SiteWriteException.On(target, () => Write(target, bytes.Span)));
                Interlocked.Increment(ref written);
            });

            var removed = onDisk.Keys.Count(p => !seen.Contains(p));
            var changed = previous is null || written > 0 || removed > 0 || whole;
            if (changed) OnEachCore.For(all.Length, i =>
            {
                if (!kept[i]) return;
                var target = Path.Combine(staging, paths[i]);
                var stamp = SiteWriteException.On(target, () => Keep(Path.Combine(previous!, paths[i]), target));
                if (stamp is { } copied) made[i] = made[i] with { Stamp = copied };
            });
            var result = new WriteResult(written, unchanged, removed) { Rendered = rendered };
            return new StagedSite(output, staging, changed, result,
                paths.Select((p, i) => (Path: p, File: made[i])).ToDictionary(x => x.Path, x => x.File, StringComparer.Ordinal), onDisk);

            // The file on disk is as the last build left it: the cache can vouch for its bytes.
            bool Intact(string path, CachedFile? before) => before is not null && onDisk.TryGetValue(path, out var stamp) && stamp == before.Stamp;

            // A file whose key is the one the cache made it with is not made again.
            bool UpToDate(int i, SiteFile file)
            {
                var before = cache?.Files.GetValueOrDefault(file.Path);
                if (!Intact(file.Path, before) || file.Key == UInt128.Zero || before!.Key != file.Key) return false;
                made[i] = before;
                kept[i] = true;
                Interlocked.Increment(ref unchanged);
                return true;
            }

            // A site is tens of thousands of small files: each is created in the new staging folder with
            // as few calls to the file system as it takes (no truncation or preallocation, each folder
            // made once), and its stamp read from the open file.
            FileStamp Write(string target, ReadOnlySpan<byte> bytes)
            {
                WriteFaults.Check(target);
                MakeFolder(Path.GetDirectoryName(target)!);
                using var handle = File.OpenHandle(target, FileMode.CreateNew, FileAccess.Write);
                RandomAccess.Write(handle, bytes, 0);
                return new FileStamp(bytes.Length, File.GetLastWriteTimeUtc(handle).Ticks);
            }

            // An unchanged file is hard-linked from the site in place: the same file, so the same
            // stamp. Where it cannot be, it is copied, and the copy's stamp is returned.
            FileStamp? Keep(string old, string target)
            {
                WriteFaults.Check(target);
                MakeFolder(Path.GetDirectoryName(target)!);
                if (FileLinks.TryHardLink(old, target)) return null;
                File.Copy(old, target);
                var copy = new FileInfo(target);
                return new FileStamp(copy.Length, copy.LastWriteTimeUtc.Ticks);
            }

            void MakeFolder(string folder)
            {
                // Marked made only once it is: another thread may be about to write into it.
                if (folders.ContainsKey(folder)) return;
                Directory.CreateDirectory(folder);
                folders.TryAdd(folder, true);
            }
        }
        catch
        {
            StagingFolders.Remove(staging);
            throw;
        }
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
}
