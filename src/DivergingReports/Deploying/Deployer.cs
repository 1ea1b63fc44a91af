namespace DivergingReports.Deploying;

/// <summary>Why a deploy stopped: one line for the editor, with what to do when there is something to do.</summary>
public sealed class DeployException(string message, Exception? inner = null) : Exception(message, inner);

/// <summary>What a finished deploy did.</summary>
public sealed record DeployOutcome(int Uploaded, int Deleted, int Unchanged);

/// <summary>
/// Runs a deploy: reads what the bucket holds, plans, and changes the bucket in the order that keeps it a
/// whole site at every moment: new and changed files that are not pages, then new pages, then changed
/// pages, then the home page, then changed feeds and the sitemap (<see cref="DeployPlan.Wave"/>), then the
/// manifest (still naming the files to delete), then the deletions, then the final manifest. A deploy stopped
/// anywhere leaves every page pointing at files that are there, and the next deploy finishes the job.
/// </summary>
public sealed class Deployer(IBucket bucket, DeployTarget target, IDeployProgress? progress = null)
{
    /// <summary>How many requests run at once.</summary>
    public int Concurrency { get; init; } = 8;
    /// <summary>How often one request is tried in all, on top of the SDK's own retries, when it fails transiently.</summary>
    public int Attempts { get; init; } = 3;
    public TimeSpan FirstBackoff { get; init; } = TimeSpan.FromMilliseconds(500);

    /// <summary>Called with a note worth one line (such as the bucket's manifest being unreadable).</summary>
    public Action<string>? Note { get; init; }

    /// <summary>The plan for <paramref name="site"/> against what the bucket holds; changes nothing.</summary>
    public async Task<DeployPlan> PlanAsync(IReadOnlyList<SiteFile> site, CancellationToken cancel)
    {
        var manifestKey = target.ManifestKey;
        var bytes = await Try("read " + bucket.Describe(manifestKey), () => bucket.ReadAsync(manifestKey, cancel), cancel);
        if (bytes is not null && DeployManifest.TryParse(bytes) is { } manifest) return DeployPlan.Against(site, manifest, target.Gzip);
        Note?.Invoke(bytes is null
            ? $"{bucket.Describe(manifestKey)} is not there yet: comparing the bucket's files with the site"
            : $"{bucket.Describe(manifestKey)} is not a manifest divrep can read: comparing the bucket's files with the site");
        var listing = await Try("list " + bucket.Describe(target.Prefix), () => bucket.ListAsync(target.Prefix, cancel), cancel);
        var objects = new Dictionary<string, BucketObject>(StringComparer.Ordinal);
        foreach (var o in listing)
        {
            if (!o.Key.StartsWith(target.Prefix, StringComparison.Ordinal) || o.Key == manifestKey) continue;
            var path = o.Key[target.Prefix.Length..];
            // A folder marker some tools leave ("drafts/") is no file of a site.
            if (path.Length == 0 || path.EndsWith('/')) continue;
            objects[path] = o;
        }
        return DeployPlan.AgainstListing(site, objects, target.Gzip, cancel: cancel);
    }

    /// <summary>Refuses a plan that deletes more than max_deletes allows, before anything changed.</summary>
    public void CheckDeletes(DeployPlan plan)
    {
        if (plan.Deletes.Count <= target.MaxDeletes) return;
        throw new DeployException($"this deploy would delete {plan.Deletes.Count} files from {bucket.Describe(target.Prefix)}, "
            + $"more than max_deletes allows ({target.MaxDeletes}); nothing was changed. If that is what you mean (after removing many stories, "
            + $"or the first deploy to a folder that holds other files), set max_deletes: {plan.Deletes.Count} (or more) in site.yml's deploy block and deploy again");
    }

    public async Task<DeployOutcome> RunAsync(DeployPlan plan, CancellationToken cancel)
    {
        CheckDeletes(plan);
        var total = plan.Uploads.Count;
        var done = 0;
        // Wave by wave (DeployPlan.Wave): a file is never in the bucket before those it refers to.
        foreach (var group in plan.Uploads.GroupBy(DeployPlan.Wave).OrderBy(g => g.Key))
        {
            await Parallel.ForEachAsync(group, new ParallelOptions { MaxDegreeOfParallelism = Concurrency, CancellationToken = cancel }, async (upload, token) =>
            {
                var body = UploadBodies.Read(upload.File, upload.Entry);
                var request = new BucketUpload(target.Key(upload.Path), body, upload.Entry.ContentType, upload.Entry.CacheControl, upload.Entry.ContentEncoding);
                await Try("upload " + upload.Path, async () => { await bucket.PutAsync(request, token); return true; }, token);
                progress?.Uploaded(upload, Interlocked.Increment(ref done), total);
            });
        }
        // Written only now that every file it lists is in the bucket; it still names the files to delete.
        if (!plan.ManifestCurrent) await PutManifest(plan.AfterUploads, cancel);
        if (plan.Deletes.Count > 0)
        {
            var deleted = 0;
            await Parallel.ForEachAsync(plan.Deletes, new ParallelOptions { MaxDegreeOfParallelism = Concurrency, CancellationToken = cancel }, async (path, token) =>
            {
                await Try("delete " + path, async () => { await bucket.DeleteAsync(target.Key(path), token); return true; }, token);
                progress?.Deleted(path, Interlocked.Increment(ref deleted), plan.Deletes.Count);
            });
            await PutManifest(plan.Final, cancel);
        }
        return new DeployOutcome(plan.Uploads.Count, plan.Deletes.Count, plan.Unchanged);
    }

    private Task PutManifest(DeployManifest manifest, CancellationToken cancel)
    {
        var upload = new BucketUpload(target.ManifestKey, manifest.ToJson(), "application/json; charset=utf-8", "no-store", null);
        return Try("write " + bucket.Describe(target.ManifestKey), async () => { await bucket.PutAsync(upload, cancel); return true; }, cancel);
    }

    /// <summary>Runs one request, again after a pause when it fails transiently; a lasting failure becomes a <see cref="DeployException"/> naming what failed.</summary>
    private async Task<T> Try<T>(string what, Func<Task<T>> request, CancellationToken cancel)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await request();
            }
            catch (BucketException e) when (e.Transient && attempt < Attempts && !cancel.IsCancellationRequested)
            {
                progress?.Retrying(what, attempt + 1, e.Message);
                await Task.Delay(FirstBackoff * Math.Pow(2, attempt - 1), cancel);
            }
            catch (BucketException e)
            {
                throw new DeployException($"could not {what}: {e.Message}", e);
            }
        }
    }
}
