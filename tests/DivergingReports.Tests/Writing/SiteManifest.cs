using System.Security.Cryptography;

namespace DivergingReports.Tests.Writing;

/// <summary>What a site folder holds: each file's path (relative, forward slashes) and the SHA-256 of its bytes.</summary>
public static class SiteManifest
{
    public static SortedDictionary<string, string> Of(string folder)
    {
        var manifest = new SortedDictionary<string, string>(StringComparer.Ordinal);
        if (!Directory.Exists(folder)) return manifest;
        foreach (var file in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories))
            manifest[Path.GetRelativePath(folder, file).Replace('\\', '/')] = Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(file)));
        return manifest;
    }

    public static bool Same(IReadOnlyDictionary<string, string> a, IReadOnlyDictionary<string, string> b) =>
        a.Count == b.Count && a.All(f => b.TryGetValue(f.Key, out var hash) && hash == f.Value);

    /// <summary>How <paramref name="actual"/> differs from <paramref name="expected"/>, briefly, for a failure message.</summary>
    public static string Difference(IReadOnlyDictionary<string, string> expected, IReadOnlyDictionary<string, string> actual)
    {
        var missing = expected.Keys.Count(k => !actual.ContainsKey(k));
        var extra = actual.Keys.Count(k => !expected.ContainsKey(k));
        var changed = expected.Count(f => actual.TryGetValue(f.Key, out var hash) && hash != f.Value);
        return $"{missing} missing, {extra} extra, {changed} with other bytes (of {expected.Count})";
    }

    /// <summary>The folders and files a build left beside <paramref name="output"/> while making its site.</summary>
    public static string[] StagingLeftBeside(string output) =>
        Directory.GetFileSystemEntries(Path.GetDirectoryName(Path.GetFullPath(output))!, $".{Path.GetFileName(output)}.building-*")
            .Select(Path.GetFileName).Order(StringComparer.Ordinal).ToArray()!;
}
