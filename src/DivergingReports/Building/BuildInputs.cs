using DivergingReports.Content;
using DivergingReports.Content.Files;
using System.IO.Enumeration;

namespace DivergingReports.Building;

/// <summary>
/// The files a build reads — site.yml, content/ and templates/ — each with the hash of its bytes.
/// Bytes, not times: an edit is seen even when a tool kept the file's size and time, and a file
/// touched without change costs nothing. Reading them all takes a small fraction of a build.
/// </summary>
public static class BuildInputs
{
    /// <summary>Every input file, by project-relative path.</summary>
    public static string[] List(ProjectPaths paths) => [.. Files(paths, paths.Content), .. Files(paths, paths.Templates), "site.yml"];

    /// <summary>The files under <paramref name="folder"/>, recursively, editors' litter left out; names only, so nothing is asked of the disk but the folders.</summary>
    private static IEnumerable<string> Files(ProjectPaths paths, string folder)
    {
        // A linked content/ or templates/ is not read (the loader and the theme report it).
        if (Links.FirstLinkBelow(paths.Root, folder) is not null || !Directory.Exists(folder)) return [];
        var prefix = Path.TrimEndingDirectorySeparator(paths.Root).Length + 1;
        return new FileSystemEnumerable<string>(folder, (ref FileSystemEntry e) => e.ToFullPath()[prefix..].Replace('\\', '/'),
            new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0 })
        {
            ShouldIncludePredicate = (ref FileSystemEntry e) => !e.IsDirectory && !ContentFolder.IsEditorLitter(e.FileName.ToString()),
            // A linked folder is not followed: a link back up the tree would never end (the checks report folders in content/).
            ShouldRecursePredicate = (ref FileSystemEntry e) =>
                !ContentFolder.IsEditorLitter(e.FileName.ToString()) && (e.Attributes & FileAttributes.ReparsePoint) == 0,
        };
    }

    /// <summary>The inputs with the hashes the build read them with, hashing now only the files it did not read.</summary>
    public static Dictionary<string, UInt128> Hashed(string[] inputs, ProjectPaths paths, params ContentHashes[] read)
    {
        var unread = inputs.Where(p => !read.Any(r => r.All.ContainsKey(p))).ToArray();
        var hashed = Hash(paths, unread);
        foreach (var hashes in read)
            foreach (var (path, hash) in hashes.All) hashed[path] = hash;
        return hashed;
    }

    /// <summary>The hash of each of <paramref name="files"/> (project-relative), read several at a time on every core.</summary>
    public static Dictionary<string, UInt128> Hash(ProjectPaths paths, string[] files)
    {
        var hashes = new UInt128[files.Length];
        ParallelReads.For(files.Length, i => hashes[i] = HashOf(Path.Combine(paths.Root, files[i])));
        var inputs = new Dictionary<string, UInt128>(files.Length, StringComparer.Ordinal);
        for (var i = 0; i < files.Length; i++) inputs[files[i]] = hashes[i];
        return inputs;
    }

    public static bool Same(IReadOnlyDictionary<string, UInt128> a, IReadOnlyDictionary<string, UInt128> b) =>
        a.Count == b.Count && a.All(x => b.TryGetValue(x.Key, out var hash) && hash == x.Value);

    /// <summary>
    /// The hash of a file's bytes, read as the build reads it (a regular file, never through a link,
    /// of at most the largest size any input may have); zero when it is missing, refused or
    /// unreadable (the build reports it).
    /// </summary>
    private static UInt128 HashOf(string path)
    {
        try
        {
            using var read = FileBuffer.Read(path, LargestInput);
            return ContentHashes.Hash(read.Bytes);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return UInt128.Zero;
        }
    }

    /// <summary>No input is read past this: site.yml's limits stop at 64 MB, theme files at 16 MB.</summary>
    private const long LargestInput = Model.ContentLimits.MaxFileKb * 1024L;
}
