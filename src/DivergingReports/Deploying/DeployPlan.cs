namespace DivergingReports.Deploying;

/// <summary>A file to upload: new to the bucket, or changed (its bytes or its headers) since the last deploy.</summary>
public sealed record PlannedUpload(SiteFile File, ManifestEntry Entry, bool IsNew)
{
    public string Path => File.Path;
}

/// <summary>
/// What a deploy changes, worked out from the built site and what the bucket holds, before anything
/// changes: the uploads in the order that keeps the bucket a whole site at every moment (see
/// <see cref="Wave"/>), and the deletions, last.
/// </summary>
public sealed class DeployPlan
{
    /// <summary>
    /// When a file goes up: a file goes only after those it may refer to, so whatever a deploy stopped half
    /// way has put in the bucket, what a reader can reach from the home page (pages, feeds, the sitemap)
    /// points only at files that are there.
    /// 0: files whose name carries their hash (Pagefind's chunks), referred to by the rest and by nothing old;
    /// 1: the other files that are not pages (style sheet, scripts, images, a story's data, Pagefind's entry);
    /// 2: new pages, and new feeds: nothing the reader can reach links to them yet;
    /// 3: changed pages, which may link to the new ones;
    /// 4: the 404 page, and 5: the home page, the pages a reader enters by (on a first deploy, nothing can
    /// be reached until the home page is there, and then everything is);
    /// 6: changed feeds, the sitemap and robots.txt, which list the new pages.
    /// </summary>
    public static int Wave(PlannedUpload upload)
    {
        if (upload.Path is "404.html") return 4;
        if (upload.Path is "index.html") return 5;
        if (IsPageList(upload.Path)) return upload.IsNew ? 2 : 6;
        if (ContentKinds.IsPage(upload.Path)) return upload.IsNew ? 2 : 3;
        return CacheRules.IsFingerprinted(upload.Path) ? 0 : 1;
    }

    /// <summary>The feeds (of the site, a source, a country, a tag), the sitemap and robots.txt: files that list pages.</summary>
    public static bool IsPageList(string path)
    {
        var name = ContentKinds.FileName(path);
        return name is "feed.xml" or "atom.xml" or "feed.json" or "sitemap.xml" or "robots.txt";
    }

    /// <summary>In <see cref="Wave"/> order, each wave in path order.</summary>
    public required IReadOnlyList<PlannedUpload> Uploads { get; init; }
    /// <summary>Site paths the bucket holds that the site no longer has.</summary>
    public required IReadOnlyList<string> Deletes { get; init; }
    public required int Unchanged { get; init; }
    /// <summary>The manifest that describes the bucket once every upload is done: the new site, with the files still to delete as <see cref="DeployManifest.Deleting"/>.</summary>
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
        // A file the last deploy was still deleting when it stopped is deleted again (deleting what is gone is no error).
        var deletes = remote.Files.Keys.Concat(remote.Deleting).Where(path => !local.Files.ContainsKey(path))
            .Distinct().Order(StringComparer.Ordinal).ToList();
        return Make(site, local, uploads, deletes,
            manifestCurrent: uploads.Count == 0 && deletes.Count == 0 && remote.Deleting.Count == 0, fromListing: false);
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
        return Make(site, local, uploads, gone, manifestCurrent: false, fromListing: true);
    }

    private static DeployPlan Make(IReadOnlyList<SiteFile> site, DeployManifest local, List<PlannedUpload> uploads, IReadOnlyList<string> deletes,
        bool manifestCurrent, bool fromListing)
    {
        var ordered = uploads.OrderBy(Wave).ThenBy(u => u.Path, StringComparer.Ordinal).ToList();
        return new DeployPlan
        {
            Uploads = ordered,
            Deletes = deletes,
            Unchanged = site.Count - uploads.Count,
            // The files still to delete are named in the manifest written after the uploads, so a deploy stopped
            // before it deletes them leaves the next one a manifest that says to.
            AfterUploads = new DeployManifest(local.Files, deletes),
            Final = local,
            ManifestCurrent = manifestCurrent,
            FromListing = fromListing,
        };
    }
}
