using DivergingReports.Content;
using DivergingReports.Writing;

namespace DivergingReports.Building;

/// <summary>
/// The files a build reads — site.yml, content/ and templates/ — each with the hash of its bytes.
/// Bytes, not times: an edit is seen even when a tool kept the file's size and time, and a file
/// touched without change costs nothing. Reading them all takes a small fraction of a build.
/// </summary>
public static class BuildInputs
{
    public static Dictionary<string, UInt128> Hash(ProjectPaths paths) =>
        Hash(paths, FileStamp.List(paths.Content, paths.Root, ContentFolder.IsEditorLitter).Keys
            .Concat(FileStamp.List(paths.Templates, paths.Root, ContentFolder.IsEditorLitter).Keys)
            .Append("site.yml")
            .ToArray());

    /// <summary>The files under templates/ with their hashes.</summary>
    public static ContentHashes HashTemplates(ProjectPaths paths) =>
        Templates(Hash(paths, FileStamp.List(paths.Templates, paths.Root, ContentFolder.IsEditorLitter).Keys.ToArray()));

    private static Dictionary<string, UInt128> Hash(ProjectPaths paths, string[] files)
    {
        var hashes = new UInt128[files.Length];
        Parallel.For(0, files.Length, i => hashes[i] = HashOf(Path.Combine(paths.Root, files[i])));
        var inputs = new Dictionary<string, UInt128>(files.Length, StringComparer.Ordinal);
        for (var i = 0; i < files.Length; i++) inputs[files[i]] = hashes[i];
        return inputs;
    }

    /// <summary>The hashes of the files under templates/: read before the templates are compiled, so an edit while building is seen by the next build.</summary>
    public static ContentHashes Templates(IReadOnlyDictionary<string, UInt128> inputs)
    {
        var templates = new ContentHashes();
        foreach (var (path, hash) in inputs)
            if (path.StartsWith("templates/", StringComparison.Ordinal)) templates.Record(path, hash);
        return templates;
    }

    public static bool Same(IReadOnlyDictionary<string, UInt128> a, IReadOnlyDictionary<string, UInt128> b) =>
        a.Count == b.Count && a.All(x => b.TryGetValue(x.Key, out var hash) && hash == x.Value);

    private static UInt128 HashOf(string path)
    {
        try
        {
            return ContentHashes.Hash(File.ReadAllBytes(path));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return UInt128.Zero; // missing or unreadable: the build reports it
        }
    }
}
