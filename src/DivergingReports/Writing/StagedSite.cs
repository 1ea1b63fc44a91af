using DivergingReports.Content;

namespace DivergingReports.Writing;

/// <summary>
/// A new site, complete in its staging folder beside the output folder, not yet in place. Disposing
/// it without <see cref="Publish"/> (a failure, an exception) removes it and leaves the output as it was.
/// </summary>
public sealed class StagedSite : IDisposable
{
    private readonly string output;
    private readonly string staging;
    private readonly IReadOnlyDictionary<string, FileStamp> onDisk;

    internal StagedSite(string output, string staging, bool changed, WriteResult result, Dictionary<string, CachedFile> files,
        IReadOnlyDictionary<string, FileStamp> onDisk)
    {
        this.output = output;
        this.staging = staging;
        this.onDisk = onDisk;
        Changed = changed;
        Result = result;
        Files = files;
    }

    /// <summary>Whether the new site differs from what the output folder holds (a file written or removed, or no output folder yet).</summary>
    public bool Changed { get; }

    public WriteResult Result { get; private set; }

    /// <summary>Each file of the new site as the build cache should remember it.</summary>
    public Dictionary<string, CachedFile> Files { get; }

    /// <summary>Where the new site is being made: files made from it before it is published (the search index) are written in here.</summary>
    public string Folder => staging;

    /// <summary>
    /// Takes into the new site the files written under <paramref name="relative"/> (a folder of
    /// <see cref="Folder"/>) since it was staged: they are published with it, remembered by the build
    /// cache (with no key: they are made again by every build that changes the site) and counted as
    /// the site's own files are, written or unchanged, no longer removed.
    /// </summary>
    public void Include(string relative)
    {
        var root = Path.Combine(staging, relative);
        int written = 0, unchanged = 0, replaced = 0;
        foreach (var (path, stamp) in FileStamp.List(root).OrderBy(f => f.Key, StringComparer.Ordinal))
        {
            var name = relative.TrimEnd('/') + "/" + path;
            var bytes = File.ReadAllBytes(Path.Combine(root, path));
            Files[name] = new CachedFile(UInt128.Zero, ContentHashes.Hash(bytes), stamp);
            if (!onDisk.TryGetValue(name, out var before)) written++;
            else
            {
                replaced++;
                if (before.Length == bytes.Length && Same(Path.Combine(output, name), bytes)) unchanged++;
                else written++;
            }
        }
        Result = Result with { Written = Result.Written + written, Unchanged = Result.Unchanged + unchanged, Removed = Result.Removed - replaced };
    }

    private static bool Same(string path, byte[] bytes)
    {
        try { return File.ReadAllBytes(path).AsSpan().SequenceEqual(bytes); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { return false; }
    }

    /// <summary>
    /// Puts the new site in place of the output folder in one switch (<see cref="FolderExchange"/>),
    /// then deletes the old one; the build cache is replaced with <paramref name="cache"/> so that it
    /// never describes a site other than the one in place. When nothing changed, the output folder is
    /// not touched and only the cache is written.
    /// </summary>
    /// <exception cref="SiteWriteException">The site could not be switched: the output folder is as it was.</exception>
    public void Publish(BuildCache? cache)
    {
        if (!Changed)
        {
            if (cache is not null) Remember(() => cache.Write(output));
            return;
        }
        var pending = cache is not null && Remember(() => cache.WritePending(output));
        var current = BuildCache.PathFor(output);
        SiteWriteException.On(current, () => File.Delete(current));
        FolderExchange.Replace(staging, output);
        // The site is in place: nothing that follows can fail the build.
        if (pending) Remember(() => BuildCache.Promote(output));
    }

    /// <summary>Removes the staging folder: the new site when it was not published, the old one when it was.</summary>
    public void Dispose()
    {
        StagingFolders.Remove(staging);
        try { File.Delete(BuildCache.PendingPathFor(output)); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { /* never read; the next build deletes it */ }
    }

    /// <summary>
    /// Writes the build cache. A cache that cannot be written (a read-only parent folder, a full disk)
    /// only means the next build is a full one, so the old cache is let go.
    /// </summary>
    private bool Remember(Action write)
    {
        try
        {
            write();
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            try { BuildCache.Delete(output); }
            catch (Exception again) when (again is IOException or UnauthorizedAccessException) { /* a stale cache is checked against the files on disk */ }
            return false;
        }
    }
}
