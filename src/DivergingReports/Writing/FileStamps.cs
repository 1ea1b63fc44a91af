using System.IO.Enumeration;

namespace DivergingReports.Writing;

/// <summary>A file's size and last-write time, as the file system reports them without opening it.</summary>
public readonly record struct FileStamp(long Length, long WriteTicks)
{
    public static FileStamp Of(FileInfo info) => new(info.Length, info.LastWriteTimeUtc.Ticks);

    /// <summary>Every file under <paramref name="folder"/> (recursively), by path relative to <paramref name="root"/> with forward slashes.</summary>
    public static Dictionary<string, FileStamp> List(string folder, string root, Func<string, bool>? skip = null)
    {
        var stamps = new Dictionary<string, FileStamp>(StringComparer.Ordinal);
        if (!Directory.Exists(folder)) return stamps;
        var entries = new FileSystemEnumerable<(string Path, FileStamp Stamp)>(folder,
            (ref FileSystemEntry e) => (e.ToFullPath(), new FileStamp(e.Length, e.LastWriteTimeUtc.UtcDateTime.Ticks)),
            new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0, IgnoreInaccessible = false })
        {
            ShouldIncludePredicate = (ref FileSystemEntry e) => !e.IsDirectory,
            ShouldRecursePredicate = (ref FileSystemEntry e) => skip is null || !skip(e.FileName.ToString()),
        };
        foreach (var (path, stamp) in entries)
        {
            if (skip is not null && skip(Path.GetFileName(path))) continue;
            stamps[Path.GetRelativePath(root, path).Replace('\\', '/')] = stamp;
        }
        return stamps;
    }
}
