using System.IO.Enumeration;

namespace DivergingReports.Writing;

/// <summary>A file's size and last-write time, as the file system reports them without opening it.</summary>
public readonly record struct FileStamp(long Length, long WriteTicks)
{
    /// <summary>Every file under <paramref name="folder"/> (recursively), by path relative to it with forward slashes.</summary>
    public static Dictionary<string, FileStamp> List(string folder)
    {
        var stamps = new Dictionary<string, FileStamp>(StringComparer.Ordinal);
        if (!Directory.Exists(folder)) return stamps;
        var prefix = Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder)).Length + 1;
        var entries = new FileSystemEnumerable<(string Path, FileStamp Stamp)>(folder,
            (ref FileSystemEntry e) => (e.ToFullPath()[prefix..].Replace('\\', '/'), new FileStamp(e.Length, e.LastWriteTimeUtc.UtcDateTime.Ticks)),
            new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0 })
        {
            ShouldIncludePredicate = (ref FileSystemEntry e) => !e.IsDirectory,
        };
        foreach (var (path, stamp) in entries) stamps[path] = stamp;
        return stamps;
    }
}
