using DivergingReports.Rendering;

namespace DivergingReports.Writing;

/// <summary>What a build changed in the output folder.</summary>
public sealed record WriteResult(int Written, int Unchanged, int Removed)
{
    public int Total => Written + Unchanged;
}

/// <summary>
/// Writes the site atomically: every file goes into a new sibling folder, then the two folders are
/// swapped, so a build that fails half-way leaves the previous site as it was. A file whose bytes
/// did not change is hard-linked from the previous build rather than rewritten.
/// </summary>
public static class SiteWriter
{
    public static WriteResult Write(string output, IEnumerable<SiteFile> files)
    {
        output = Path.TrimEndingDirectorySeparator(Path.GetFullPath(output));
        var parent = Path.GetDirectoryName(output)!;
        var name = Path.GetFileName(output);
        Directory.CreateDirectory(parent);
        var staging = Path.Combine(parent, $".{name}.building-{Guid.NewGuid():N}");
        Directory.CreateDirectory(staging);
        var previous = Directory.Exists(output) ? output : null;
        int written = 0, unchanged = 0;
        var all = files.ToArray();
        var paths = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in all)
            if (!paths.Add(file.Path)) throw new InvalidOperationException($"two files of the site would be written to {file.Path}");
        try
        {
            // Each file depends on nothing but its own inputs, so they render on every core; the bytes
            // are the same as a sequential build's.
            Parallel.ForEach(all, file =>
            {
                var bytes = file.Content();
                var target = Path.Combine(staging, file.Path);
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                var old = previous is null ? null : Path.Combine(previous, file.Path);
                if (old is not null && SameBytes(old, bytes) && FileLinks.TryHardLink(old, target)) Interlocked.Increment(ref unchanged);
                else
                {
                    File.WriteAllBytes(target, bytes);
                    Interlocked.Increment(ref written);
                }
            });
        }
        catch (AggregateException e)
        {
            Directory.Delete(staging, recursive: true);
            // The first failure, as a sequential build would have thrown it (a template error names its file and line).
            throw e.InnerExceptions.OrderBy(x => x is Rendering.Templates.TemplateException ? 0 : 1).First();
        }
        catch
        {
            Directory.Delete(staging, recursive: true);
            throw;
        }

        var removed = previous is null ? 0 : CountRemoved(previous, paths);
        Swap(staging, output, parent, name);
        return new WriteResult(written, unchanged, removed);
    }

    private static bool SameBytes(string path, byte[] bytes)
    {
        var info = new FileInfo(path);
        return info.Exists && info.Length == bytes.Length && File.ReadAllBytes(path).AsSpan().SequenceEqual(bytes);
    }

    private static int CountRemoved(string previous, HashSet<string> paths) =>
        Directory.EnumerateFiles(previous, "*", SearchOption.AllDirectories)
            .Count(f => !paths.Contains(Path.GetRelativePath(previous, f).Replace('\\', '/')));

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
