namespace DivergingReports.Deploying;

/// <summary>A file to upload: new to the bucket, or changed (its bytes or its headers) since the last deploy.</summary>
public sealed record PlannedUpload(SiteFile File, ManifestEntry Entry, bool IsNew)
{
    public string Path => File.Path;
}

/// <summary>
/// What a deploy changes, worked out from the built site and what the bucket holds, before anything
/// changes: the uploads in the order that keeps the bucket a whole site at every moment (every other
/// file, then the HTML pages that show them), and the deletions, last.
/// </summary>
public sealed class DeployPlan
{
    /// <summary>Non-page files first, then pages; each group in path order.</summary>
    public required IReadOnlyList<PlannedUpload> Uploads { get; init; }
    /// <summary>Site paths the bucket holds that the site no longer has.</summary>
    public required IReadOnlyList<string> Deletes { get; init; }
    public required int Unchanged { get; init; }
    /// <summary>The manifest that describes the bucket once every upload is done: the new site, and the files still to delete.</summary>
    public required DeployManifest AfterUploads { get; init; }
    /// <summary>The manifest once the deletions are done too: exactly the new site.</summary>
    public required DeployManifest Final { get; init; }
    /// <summary>Whether the bucket's own manifest already says exactly <see cref="Final"/> (nothing to write).</summary>
    public required bool ManifestCurrent { get; init; }
    /// <summary>Whether the bucket had no readable manifest and its listing was compared instead.</summary>
    public required bool FromListing { get; init; }

    public bool NothingToDo => Uploads.Count == 0 && Deletes.Count == 0 && ManifestCurrent;

    /// <summary>The plan against the bucket's manifest (the usual case): a file is unchanged when its entry is the same.</summary>
    public static DeployPlan Against(IReadOnlyList<SiteFile> site, DeployManifest remote, bool gzip)
    {
        var local = DeployManifest.Of(site, gzip);
        var uploads = new List<PlannedUpload>();
        foreach (var file in site)
        {
            var entry = local.Files[file.Path];
            if (!remote.Files.TryGetValue(file.Path, out var stored)) uploads.Add(new PlannedUpload(file, entry, IsNew: true));
            else if (stored != entry) uploads.Add(new PlannedUpload(file, entry, IsNew: false));
        }
        var deletes = remote.Files.Keys.Where(path => !local.Files.ContainsKey(path)).ToList();
        return Make(site, local, uploads, deletes, remote.Files.Where(kv => !local.Files.ContainsKey(kv.Key)),
            manifestCurrent: uploads.Count == 0 && deletes.Count == 0, fromListing: false);
    }

    /// <summary>
    /// The plan when the bucket has no readable manifest: its objects under the prefix are compared by size and
    /// ETag with the bytes this deploy would store; anything else under the prefix is deleted (within max_deletes).
    /// </summary>
    public static DeployPlan AgainstListing(IReadOnlyList<SiteFile> site, IReadOnlyDictionary<string, BucketObject> objects, bool gzip,
        Func<SiteFile, ManifestEntry, byte[]>? body = null, CancellationToken cancel = default)
    {
        body ??= UploadBodies.Read;
        var local = DeployManifest.Of(site, gzip);
        var same = new bool[site.Count];
        Parallel.For(0, site.Count, new ParallelOptions { CancellationToken = cancel }, i =>
        {
            if (!objects.TryGetValue(site[i].Path, out var stored)) return;
            var bytes = body(site[i], local.Files[site[i].Path]);
            same[i] = stored.Size == bytes.LongLength && string.Equals(stored.ETag.Trim('"'), UploadBodies.ETag(bytes), StringComparison.OrdinalIgnoreCase);
        });
        var uploads = site.Select((file, i) => (file, i)).Where(x => !same[x.i])
            .Select(x => new PlannedUpload(x.file, local.Files[x.file.Path], IsNew: !objects.ContainsKey(x.file.Path))).ToList();
        var gone = objects.Keys.Where(path => !local.Files.ContainsKey(path)).OrderBy(p => p, StringComparer.Ordinal).ToList();
        // The files still to delete stay in the manifest written after the uploads, so a deploy stopped before
        // it deletes them leaves the next one a manifest that names them. Their headers are not known: any entry will do.
        var pending = gone.Select(path => KeyValuePair.Create(path, new ManifestEntry("", objects[path].Size, "", "", null)));
        return Make(site, local, uploads, gone, pending, manifestCurrent: false, fromListing: true);
    }

    private static DeployPlan Make(IReadOnlyList<SiteFile> site, DeployManifest local, List<PlannedUpload> uploads, IReadOnlyList<string> deletes,
        IEnumerable<KeyValuePair<string, ManifestEntry>> pending, bool manifestCurrent, bool fromListing)
    {
        var ordered = uploads.Where(u => !ContentKinds.IsPage(u.Path)).Concat(uploads.Where(u => ContentKinds.IsPage(u.Path))).ToList();
        return new DeployPlan
        {
            Uploads = ordered,
            Deletes = deletes,
            Unchanged = site.Count - uploads.Count,
            AfterUploads = new DeployManifest(local.Files.Concat(pending)),
            Final = local,
            ManifestCurrent = manifestCurrent,
            FromListing = fromListing,
        };
    }
}
