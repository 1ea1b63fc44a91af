namespace DivergingReports.Writing;

/// <summary>
/// A new site, complete in its staging folder beside the output folder, not yet in place. Disposing
/// it without <see cref="Publish"/> (a failure, an exception) removes it and leaves the output as it was.
/// </summary>
public sealed class StagedSite : IDisposable
{
    private readonly string output;
    private readonly string staging;

    internal StagedSite(string output, string staging, bool changed, WriteResult result, Dictionary<string, CachedFile> files)
    {
        this.output = output;
        this.staging = staging;
        Changed = changed;
        Result = result;
        Files = files;
    }

    /// <summary>Whether the new site differs from what the output folder holds (a file written or removed, or no output folder yet).</summary>
    public bool Changed { get; }

    public WriteResult Result { get; }

    /// <summary>Each file of the new site as the build cache should remember it.</summary>
    public Dictionary<string, CachedFile> Files { get; }

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
