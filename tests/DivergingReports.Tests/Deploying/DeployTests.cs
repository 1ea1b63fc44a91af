using System.IO.Compression;
using System.Text.RegularExpressions;
using DivergingReports.Deploying;
using DivergingReports.Model;
using DivergingReports.Tests.Support;

namespace DivergingReports.Tests.Deploying;

/// <summary>
/// divrep deploy against a real S3 API server (s3rver): what lands in the bucket is compared byte for
/// byte with the built site, downloaded as a reader's CDN would fetch it.
/// </summary>
public sealed partial class DeployTests(S3rverServer s3) : IClassFixture<S3rverServer>
{
    private const string Prefix = "site/";

    private const string SecondStory = """
        title: More talks
        date: 2025-07-04
        slug: more-talks
        tags: [talks]
        summary: |
          The delegations met again.
        reports:
          - article: alpha-talks
            summary: Alpha again.
          - article: beta-talks
            summary: Beta again.
        """;

    /// <summary>The minimal test publication, two stories, deploying to a new bucket of the server.</summary>
    private (TestProject Project, string Bucket) Publication(string deploy = "")
    {
        s3.EnsureStarted();
        var bucket = s3.NewBucket();
        var project = new TestProject();
        project.Write("site.yml", TestProject.SiteYml + $"""

            deploy:
              bucket: {bucket}
              endpoint: {s3.Endpoint}
              region: us-east-1
              prefix: site
              force_path_style: true
            {deploy}
            """);
        project.Write("content/breakdowns/2025-07-04-more-talks.yml", SecondStory);
        return (project, bucket);
    }

    private static CliRun Deploy(TestProject project, params string[] args) =>
        CliRun.Execute(project.Root, ["deploy", .. args], S3rverServer.Keys);

    private static (int Uploaded, int Deleted, int Unchanged) Summary(CliRun run)
    {
        Assert.True(run.ExitCode == 0, run.ToString());
        var match = SummaryLine().Match(run.Out);
        Assert.True(match.Success, run.ToString());
        return (int.Parse(match.Groups[1].Value), int.Parse(match.Groups[2].Value), int.Parse(match.Groups[3].Value));
    }

    [GeneratedRegex(@"(\d+) uploaded, (\d+) deleted, (\d+) unchanged")]
    private static partial Regex SummaryLine();

    /// <summary>The bucket's site files (without the manifest), by site path.</summary>
    private SortedDictionary<string, byte[]> SiteInBucket(string bucket) =>
        new(s3.Objects(bucket, Prefix).Where(kv => kv.Key != Prefix + DeployManifest.FileName)
            .ToDictionary(kv => kv.Key[Prefix.Length..], kv => kv.Value), StringComparer.Ordinal);

    private static void AssertBucketIsSite(SortedDictionary<string, byte[]> bucket, BuiltSite site)
    {
        var expected = site.Snapshot();
        Assert.Equal(expected.Keys.Order(StringComparer.Ordinal), bucket.Keys);
        foreach (var (path, bytes) in expected)
            Assert.True(bytes.AsSpan().SequenceEqual(bucket[path]), $"{path}: the bucket's bytes differ from the site's");
    }

    private static Dictionary<string, byte[]> Changed(Dictionary<string, byte[]> before, Dictionary<string, byte[]> after) =>
        after.Where(kv => !before.TryGetValue(kv.Key, out var old) || !old.AsSpan().SequenceEqual(kv.Value)).ToDictionary();

    [SkippableFact]
    public void The_first_deploy_uploads_every_file_byte_for_byte_and_the_manifest()
    {
        var (project, bucket) = Publication();
        using var _ = project;
        var site = project.Build();

        var run = Deploy(project);
        var (uploaded, deleted, unchanged) = Summary(run);

        var files = site.Files().Count();
        // Not a terminal: plain progress lines, about one per tenth of the work, never one per file.
        var progress = run.Lines.Where(l => l.StartsWith("deploy: uploaded ", StringComparison.Ordinal)).ToList();
        Assert.Equal($"deploy: uploaded {files} of {files} files", progress[^1]);
        Assert.InRange(progress.Count, 2, 11);
        Assert.DoesNotContain('\r', run.Out);
        Assert.Equal((files, 0, 0), (uploaded, deleted, unchanged));
        AssertBucketIsSite(SiteInBucket(bucket), site);
        var manifest = DeployManifest.TryParse(s3.Read(bucket, Prefix + DeployManifest.FileName)!);
        Assert.NotNull(manifest);
        Assert.Equal(site.Files(), manifest!.Files.Keys);
        Assert.Equal(DeployManifest.Of(SiteFiles.Scan(site.Folder), gzip: false).ToJson(), s3.Read(bucket, Prefix + DeployManifest.FileName));

        // Deploying again changes nothing.
        var again = Deploy(project);
        Assert.True(again.ExitCode == 0, again.ToString());
        Assert.Contains("is up to date", again.Out);
    }

    [SkippableFact]
    public void A_one_story_edit_uploads_only_the_files_whose_bytes_changed()
    {
        var (project, bucket) = Publication();
        using var _ = project;
        var site = project.Build();
        Summary(Deploy(project));
        var before = site.Snapshot();

        project.Write("content/breakdowns/2025-07-04-more-talks.yml", SecondStory.Replace("The delegations met again.", "The delegations met again, briefly."));
        project.Build();
        var changed = Changed(before, site.Snapshot());

        var (uploaded, deleted, unchanged) = Summary(Deploy(project));

        Assert.Contains("stories/more-talks/index.html", changed.Keys);
        Assert.True(changed.Count < before.Count, $"the edit changed {changed.Count} of {before.Count} files");
        Assert.Equal((changed.Count, 0, before.Count - changed.Count), (uploaded, deleted, unchanged));
        AssertBucketIsSite(SiteInBucket(bucket), site);
    }

    [SkippableFact]
    public void A_deleted_story_is_removed_from_the_bucket()
    {
        var (project, bucket) = Publication();
        using var _ = project;
        var site = project.Build();
        Summary(Deploy(project));
        Assert.Contains("stories/more-talks/index.html", SiteInBucket(bucket).Keys);

        project.Delete("content/breakdowns/2025-07-04-more-talks.yml");
        project.Build();
        var (_, deleted, _) = Summary(Deploy(project));

        Assert.True(deleted >= 1);
        var now = SiteInBucket(bucket);
        Assert.DoesNotContain("stories/more-talks/index.html", now.Keys);
        AssertBucketIsSite(now, site);
        Assert.Equal(site.Files(), DeployManifest.TryParse(s3.Read(bucket, Prefix + DeployManifest.FileName)!)!.Files.Keys);
    }

    [SkippableFact]
    public void The_dry_run_lists_the_changes_and_changes_nothing()
    {
        var (project, bucket) = Publication();
        using var _ = project;
        var site = project.Build();

        var first = Deploy(project, "--dry-run");
        Assert.True(first.ExitCode == 0, first.ToString());
        Assert.Equal(site.Files().Select(f => $"upload {f} (new)").Order(StringComparer.Ordinal),
            first.Lines.Where(l => l.StartsWith("upload ", StringComparison.Ordinal)).Order(StringComparer.Ordinal));
        Assert.Contains("nothing was changed", first.Out);
        Assert.Empty(s3.Objects(bucket));

        Summary(Deploy(project));
        var before = site.Snapshot();
        var stored = s3.Objects(bucket);
        project.Write("content/breakdowns/2025-07-04-more-talks.yml", SecondStory.Replace("Alpha again.", "Alpha, again."));
        project.Delete("content/breakdowns/2025-07-03-talks.yml");
        project.Build();
        var changed = Changed(before, site.Snapshot());
        var gone = before.Keys.Except(site.Files()).ToList();

        var dry = Deploy(project, "--dry-run");

        Assert.True(dry.ExitCode == 0, dry.ToString());
        Assert.Equal(changed.Keys.Order(StringComparer.Ordinal),
            dry.Lines.Where(l => l.StartsWith("upload ", StringComparison.Ordinal)).Select(l => l.Split(' ')[1]).Order(StringComparer.Ordinal));
        Assert.Equal(gone.Select(g => "delete " + g).Order(StringComparer.Ordinal),
            dry.Lines.Where(l => l.StartsWith("delete ", StringComparison.Ordinal)).Order(StringComparer.Ordinal));
        Assert.NotEmpty(gone);
        Assert.Contains($"{changed.Count} to upload, {gone.Count} to delete", dry.Out);
        var after = s3.Objects(bucket);
        Assert.Equal(stored.Keys, after.Keys);
        Assert.All(stored, kv => Assert.True(kv.Value.AsSpan().SequenceEqual(after[kv.Key]), kv.Key));
    }

    [SkippableFact]
    public void Max_deletes_stops_a_mass_delete_and_changes_nothing()
    {
        var (project, bucket) = Publication("  max_deletes: 1");
        using var _ = project;
        var site = project.Build();
        Summary(Deploy(project));
        var stored = s3.Objects(bucket);

        project.Delete("content/breakdowns/2025-07-04-more-talks.yml");
        project.Write("content/breakdowns/2025-07-03-talks.yml", TestProject.Story.Replace("Two delegations met.", "Two delegations met at last."));
        project.Build();
        var run = Deploy(project);

        Assert.Equal(1, run.ExitCode);
        var line = Assert.Single(run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("more than max_deletes allows (1); nothing was changed", line);
        Assert.Contains("set max_deletes:", line);
        var after = s3.Objects(bucket);
        Assert.Equal(stored.Keys, after.Keys);
        Assert.All(stored, kv => Assert.True(kv.Value.AsSpan().SequenceEqual(after[kv.Key]), kv.Key));
        Assert.Equal(1, Deploy(project, "--dry-run").ExitCode);
    }

    [SkippableFact]
    public void Each_kind_of_file_is_served_with_its_content_type_and_cache_control()
    {
        var (project, bucket) = Publication();
        using var _ = project;
        project.Write("templates/assets/logo.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>");
        project.Write("templates/assets/app.3f2a9c1d.js", "console.log(1);");
        File.WriteAllBytes(project.PathOf("templates/assets/dot.png"), Convert.FromBase64String(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=="));
        var site = project.Build();
        Summary(Deploy(project));

        foreach (var (path, type, cache) in new[]
        {
            ("index.html", "text/html; charset=utf-8", CacheRules.Revalidate),
            ("stories/more-talks/index.html", "text/html; charset=utf-8", CacheRules.Revalidate),
            ("feed.xml", "application/rss+xml; charset=utf-8", CacheRules.Revalidate),
            ("atom.xml", "application/atom+xml; charset=utf-8", CacheRules.Revalidate),
            ("feed.json", "application/feed+json; charset=utf-8", CacheRules.Revalidate),
            ("sitemap.xml", "application/xml; charset=utf-8", CacheRules.Revalidate),
            ("assets/style.css", "text/css; charset=utf-8", CacheRules.Short),
            ("assets/logo.svg", "image/svg+xml", CacheRules.Short),
            ("assets/dot.png", "image/png", CacheRules.Short),
            ("assets/app.3f2a9c1d.js", "text/javascript; charset=utf-8", CacheRules.Immutable),
        })
        {
            Assert.True(site.Exists(path), path);
            var head = s3.Head(bucket, Prefix + path);
            Assert.Equal((path, type), (path, head.Headers.ContentType));
            // The same directives (HTTP's own parser: the SDK's HTTP client may write them in another order).
            Assert.True(System.Net.Http.Headers.CacheControlHeaderValue.Parse(cache).Equals(System.Net.Http.Headers.CacheControlHeaderValue.Parse(head.Headers.CacheControl)),
                $"{path}: Cache-Control {head.Headers.CacheControl}, expected {cache}");
            Assert.True(string.IsNullOrEmpty(head.Headers.ContentEncoding), path);
        }
    }

    [SkippableFact]
    public void Gzip_stores_text_compressed_with_its_content_encoding()
    {
        var (project, bucket) = Publication("  gzip: true");
        using var _ = project;
        Directory.CreateDirectory(project.PathOf("templates/assets"));
        File.WriteAllBytes(project.PathOf("templates/assets/dot.png"), Convert.FromBase64String(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=="));
        var site = project.Build();
        Summary(Deploy(project));

        var stored = SiteInBucket(bucket);
        foreach (var path in site.Files())
        {
            var head = s3.Head(bucket, Prefix + path);
            var bytes = File.ReadAllBytes(Path.Combine(site.Folder, path));
            if (ContentKinds.Compressible(path))
            {
                Assert.Equal((path, "gzip"), (path, head.Headers.ContentEncoding));
                using var gzip = new GZipStream(new MemoryStream(stored[path]), CompressionMode.Decompress);
                using var plain = new MemoryStream();
                gzip.CopyTo(plain);
                Assert.True(bytes.AsSpan().SequenceEqual(plain.ToArray()), $"{path} does not decompress to the site's bytes");
            }
            else
            {
                Assert.True(string.IsNullOrEmpty(head.Headers.ContentEncoding), path);
                Assert.True(bytes.AsSpan().SequenceEqual(stored[path]), path);
            }
        }
        Assert.Contains("index.html", stored.Keys);
        Assert.Contains("assets/dot.png", stored.Keys);
        // The same site deployed again is up to date: the manifest knows the files were stored compressed.
        Assert.Contains("is up to date", Deploy(project).Out);
    }

    [SkippableFact]
    public void No_credential_value_is_ever_printed_even_when_the_service_refuses_them()
    {
        var (project, bucket) = Publication();
        using var _ = project;
        project.Build();
        const string id = "AKIADIVREPDISTINCTIVE7";
        const string secret = "divrep-secret-Zq8xW3-never-print-me";
        var keys = new Dictionary<string, string> { ["AWS_ACCESS_KEY_ID"] = id, ["AWS_SECRET_ACCESS_KEY"] = secret, ["AWS_SESSION_TOKEN"] = "divrep-session-token-Qm4" };

        foreach (var args in new[] { new[] { "deploy" }, ["deploy", "--dry-run"] })
        {
            var run = CliRun.Execute(project.Root, args, keys);
            Assert.Equal(1, run.ExitCode);
            Assert.Contains("refused the keys", run.Error);
            foreach (var value in keys.Values)
            {
                Assert.DoesNotContain(value, run.Out);
                Assert.DoesNotContain(value, run.Error);
            }
            Assert.DoesNotContain("   at ", run.Error);
        }
        Assert.Empty(s3.Objects(bucket));

        // A bucket that does not exist: one line, still no key.
        project.Write("site.yml", project.Read("site.yml").Replace("bucket: " + bucket, "bucket: no-such-bucket-here"));
        var missing = CliRun.Execute(project.Root, ["deploy"], S3rverServer.Keys);
        Assert.Equal(1, missing.ExitCode);
        Assert.Contains("does not exist", Assert.Single(missing.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries)));
    }

    [SkippableFact]
    public void Site_yml_takes_no_keys_and_a_missing_block_or_site_is_misuse()
    {
        var (project, _) = Publication();
        using var __ = project;
        project.Build();
        project.Write("site.yml", project.Read("site.yml") + "  secret_access_key: abc\n");
        var keyed = Deploy(project);
        Assert.Equal(1, keyed.ExitCode);
        Assert.Contains("unknown field 'secret_access_key' in deploy", keyed.Out);

        project.Write("site.yml", TestProject.SiteYml);
        var none = Deploy(project);
        Assert.Equal(2, none.ExitCode);
        Assert.Contains("no deploy block", none.Error);

        var (fresh, _) = Publication();
        using var ___ = fresh;
        var unbuilt = Deploy(fresh);
        Assert.Equal(2, unbuilt.ExitCode);
        Assert.Contains("run divrep build first", unbuilt.Error);
    }

    /// <summary>A bucket that fails, as a dropped connection or a killed process would, after <paramref name="puts"/> uploads or <paramref name="deletes"/> deletions.</summary>
    private sealed class FailingBucket(IBucket inner, int puts = int.MaxValue, int deletes = int.MaxValue) : IBucket
    {
        private int _puts;
        private int _deletes;

        public string Describe(string key) => inner.Describe(key);
        public Task<byte[]?> ReadAsync(string key, CancellationToken cancel) => inner.ReadAsync(key, cancel);
        public Task<IReadOnlyList<BucketObject>> ListAsync(string prefix, CancellationToken cancel) => inner.ListAsync(prefix, cancel);

        public Task PutAsync(BucketUpload upload, CancellationToken cancel) =>
            Interlocked.Increment(ref _puts) > puts ? throw new BucketException("the connection was lost", transient: false) : inner.PutAsync(upload, cancel);

        public Task DeleteAsync(string key, CancellationToken cancel) =>
            Interlocked.Increment(ref _deletes) > deletes ? throw new BucketException("the connection was lost", transient: false) : inner.DeleteAsync(key, cancel);
    }

    /// <summary>A bucket where the first try of every third file fails, as a dropped connection or a 503 would.</summary>
    private sealed class FlakyBucket(IBucket inner) : IBucket
    {
        private int _puts;
        private readonly System.Collections.Concurrent.ConcurrentDictionary<string, bool> _tried = new();
        public int Failures;

        public string Describe(string key) => inner.Describe(key);
        public Task<byte[]?> ReadAsync(string key, CancellationToken cancel) => inner.ReadAsync(key, cancel);
        public Task<IReadOnlyList<BucketObject>> ListAsync(string prefix, CancellationToken cancel) => inner.ListAsync(prefix, cancel);
        public Task DeleteAsync(string key, CancellationToken cancel) => inner.DeleteAsync(key, cancel);

        public Task PutAsync(BucketUpload upload, CancellationToken cancel)
        {
            if (!_tried.TryAdd(upload.Key, true) || Interlocked.Increment(ref _puts) % 3 != 0) return inner.PutAsync(upload, cancel);
            Interlocked.Increment(ref Failures);
            throw new BucketException("503 SlowDown: please reduce your request rate", transient: true);
        }
    }

    private sealed class Retries : IDeployProgress
    {
        public int Count;
        public void Uploaded(PlannedUpload upload, int done, int total) { }
        public void Deleted(string path, int done, int total) { }
        public void Retrying(string what, int attempt, string reason) => Interlocked.Increment(ref Count);
    }

    [SkippableFact]
    public void Transient_failures_are_tried_again_and_the_deploy_completes()
    {
        var (project, bucket) = Publication();
        using var _ = project;
        var site = project.Build();
        var files = SiteFiles.Scan(site.Folder);
        using var real = Open(bucket);
        var flaky = new FlakyBucket(real);
        var retries = new Retries();
        var deployer = new Deployer(flaky, new DeployTarget(Prefix, 256, Gzip: false), retries) { FirstBackoff = TimeSpan.FromMilliseconds(1) };

        var outcome = deployer.RunAsync(deployer.PlanAsync(files, default).GetAwaiter().GetResult(), default).GetAwaiter().GetResult();

        Assert.Equal(files.Count, outcome.Uploaded);
        Assert.True(flaky.Failures > 5 && retries.Count == flaky.Failures, $"{flaky.Failures} failures, {retries.Count} retries");
        AssertBucketIsSite(SiteInBucket(bucket), site);
    }

    [SkippableFact]
    public void A_service_that_cannot_be_reached_is_one_line_and_exit_1()
    {
        var (project, _) = Publication();
        using var __ = project;
        project.Build();
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        var closed = ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        project.Write("site.yml", project.Read("site.yml").Replace(s3.Endpoint, $"http://127.0.0.1:{closed}"));

        var run = Deploy(project);

        Assert.Equal(1, run.ExitCode);
        var line = Assert.Single(run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("divrep deploy: could not read s3://", line);
        Assert.DoesNotContain("   at ", run.Out + run.Error);
    }

    /// <summary>Cancels the deploy (as Ctrl+C does) once <paramref name="after"/> files are uploaded.</summary>
    private sealed class CancelAfter(CancellationTokenSource stop, int after) : IDeployProgress
    {
        public void Uploaded(PlannedUpload upload, int done, int total) { if (done >= after) stop.Cancel(); }
        public void Deleted(string path, int done, int total) { }
        public void Retrying(string what, int attempt, string reason) { }
    }

    [SkippableFact]
    public void A_deploy_cancelled_half_way_leaves_a_whole_site_and_the_next_one_finishes_the_job()
    {
        var (project, bucket) = Publication();
        using var _ = project;
        var site = project.Build();
        Summary(Deploy(project));
        project.Write("content/breakdowns/2025-07-05-third.yml", SecondStory.Replace("More talks", "Third talks").Replace("more-talks", "third-talks").Replace("2025-07-04", "2025-07-05"));
        project.Delete("content/breakdowns/2025-07-04-more-talks.yml");
        project.Build();
        var files = SiteFiles.Scan(site.Folder);
        var target = new DeployTarget(Prefix, 256, Gzip: false);
        using var real = Open(bucket);
        using var stop = new CancellationTokenSource();
        var cancelled = new Deployer(real, target, new CancelAfter(stop, 3)) { Concurrency = 2 };
        var plan = cancelled.PlanAsync(files, default).GetAwaiter().GetResult();
        Assert.True(plan.Uploads.Count > 6, $"{plan.Uploads.Count} uploads");

        Assert.ThrowsAny<OperationCanceledException>(() => cancelled.RunAsync(plan, stop.Token).GetAwaiter().GetResult());
        AssertWhole(bucket, site, "cancelled after 3 uploads");
        Assert.Contains("stories/more-talks/index.html", SiteInBucket(bucket).Keys);

        var (uploaded, deleted, _) = Summary(Deploy(project));
        Assert.True(uploaded <= plan.Uploads.Count && deleted == plan.Deletes.Count, $"{uploaded} uploaded, {deleted} deleted");
        AssertBucketIsSite(SiteInBucket(bucket), site);
    }

    private S3Bucket Open(string bucket) => S3Bucket.Open(
        new DeploySettings { Bucket = bucket, Endpoint = new Uri(s3.Endpoint), ForcePathStyle = true, Prefix = Prefix },
        BucketCredentials.FromEnvironment(name => S3rverServer.Keys.GetValueOrDefault(name)), _ => null);

    /// <summary>What a reader of the bucket sees mid-deploy: every file the manifest names is there, and no page, feed or index links to a missing file.</summary>
    private void AssertWhole(string bucket, BuiltSite site, string when, bool firstDeploy = false)
    {
        var stored = SiteInBucket(bucket);
        foreach (var (path, bytes) in stored.ToList())
            if (bytes is [0x1f, 0x8b, ..] && ContentKinds.Compressible(path))
            {
                using var gzip = new GZipStream(new MemoryStream(bytes), CompressionMode.Decompress);
                using var plain = new MemoryStream();
                gzip.CopyTo(plain);
                stored[path] = plain.ToArray();
            }
        if (s3.Read(bucket, Prefix + DeployManifest.FileName) is { } json)
        {
            var manifest = DeployManifest.TryParse(json);
            Assert.NotNull(manifest);
            var missing = manifest!.Files.Keys.Where(path => !stored.ContainsKey(path)).ToList();
            Assert.True(missing.Count == 0, $"{when}: the manifest names files the bucket lacks: {string.Join(", ", missing)}");
        }
        var folder = Scratch.NewPath("divrep-bucket-");
        try
        {
            foreach (var (path, bytes) in stored)
            {
                Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(folder, path))!);
                File.WriteAllBytes(Path.Combine(folder, path), bytes);
            }
            var copy = new BuiltSite(folder, site.BaseUrl);
            // What a reader can reach from the home page: every link of every page and every feed reached.
            var broken = new List<string>();
            var seen = new HashSet<string>(StringComparer.Ordinal);
            var queue = new Queue<string>();
            void Reach(string file, string from)
            {
                if (!copy.Exists(file)) broken.Add($"{from} links to {file}, which the bucket lacks");
                else if (seen.Add(file) && (file.EndsWith(".html", StringComparison.Ordinal) || DeployPlan.IsPageList(file))) queue.Enqueue(file);
            }
            // A first deploy puts the home page up last: until then there is no site to reach, and no broken one.
            if (!(firstDeploy && !copy.Exists("index.html"))) Reach("index.html", "(the address)");
            while (queue.TryDequeue(out var page))
            {
                if (page.EndsWith(".html", StringComparison.Ordinal))
                    foreach (var element in copy.Html(page).QuerySelectorAll("a[href], link[href], img[src], script[src], source[src]"))
                    {
                        var url = element.GetAttribute("href") ?? element.GetAttribute("src")!;
                        if (url.StartsWith("mailto:", StringComparison.Ordinal) || element.GetAttribute("rel") is "canonical") continue;
                        if (copy.FileFor(url, page) is { } file && !file.StartsWith("OUTSIDE", StringComparison.Ordinal)) Reach(file, page);
                    }
                else
                    foreach (Match m in Regex.Matches(copy.Text(page), @"<(?:link|loc)>([^<]+)</|<link[^>]* href=""([^""]+)""|""(?:url|home_page_url|feed_url)"": *""([^""]+)"""))
                    {
                        var url = m.Groups[1].Success ? m.Groups[1].Value : m.Groups[2].Success ? m.Groups[2].Value : m.Groups[3].Value;
                        if (copy.FileFor(url, "index.html") is { } file && !file.StartsWith("OUTSIDE", StringComparison.Ordinal)) Reach(file, page);
                    }
            }
            Assert.True(broken.Count == 0, $"{when}: what a reader reaches in the bucket links to missing files:\n" + string.Join("\n", broken.Distinct()));
            Assert.True(seen.Count > 5 || (firstDeploy && seen.Count == 0), $"{when}: the crawl reached only {seen.Count} files");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [SkippableFact]
    public void A_deploy_stopped_half_way_leaves_a_whole_site_and_the_next_one_finishes_the_job()
    {
        var (project, _) = Publication();
        using var __ = project;
        var site = project.Build();
        var v1 = Path.Combine(project.Root, "_site_v1");
        foreach (var file in site.Files())
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(v1, file))!);
            File.Copy(Path.Combine(site.Folder, file), Path.Combine(v1, file));
        }
        // The second version: a new story, an edited one, a removed page.
        project.Write("content/breakdowns/2025-07-05-third.yml", SecondStory.Replace("More talks", "Third talks").Replace("more-talks", "third-talks").Replace("2025-07-04", "2025-07-05"));
        project.Write("content/breakdowns/2025-07-03-talks.yml", TestProject.Story.Replace("Two delegations met.", "Two delegations met at last."));
        project.Delete("content/breakdowns/2025-07-04-more-talks.yml");
        project.Build();
        var files = SiteFiles.Scan(site.Folder);
        var target = new DeployTarget(Prefix, 256, Gzip: false);

        // How many uploads and deletions the second version takes after the first.
        int uploads, deletes;
        var probe = s3.NewBucket();
        using (var real = Open(probe))
        {
            var deployer = new Deployer(real, target);
            deployer.RunAsync(deployer.PlanAsync(SiteFiles.Scan(v1), default).GetAwaiter().GetResult(), default).GetAwaiter().GetResult();
            var plan = deployer.PlanAsync(files, default).GetAwaiter().GetResult();
            uploads = plan.Uploads.Count;
            deletes = plan.Deletes.Count;
        }
        Assert.True(uploads > 4 && deletes > 0, $"{uploads} uploads, {deletes} deletions");

        foreach (var (failPuts, failDeletes) in new[] { (0, int.MaxValue), (1, int.MaxValue), (uploads / 2, int.MaxValue), (uploads - 1, int.MaxValue), (uploads, int.MaxValue), (uploads + 1, 0), (uploads + 1, deletes - 1) })
        {
            var when = $"stopped after {failPuts} uploads and {Math.Min(failDeletes, deletes)} deletions";
            var bucket = s3.NewBucket();
            using var real = Open(bucket);
            new Deployer(real, target).RunAsync(new Deployer(real, target).PlanAsync(SiteFiles.Scan(v1), default).GetAwaiter().GetResult(), default).GetAwaiter().GetResult();

            var failing = new Deployer(new FailingBucket(real, failPuts, failDeletes), target) { Concurrency = 1 };
            var plan = failing.PlanAsync(files, default).GetAwaiter().GetResult();
            var stopped = Assert.Throws<DeployException>(() => failing.RunAsync(plan, default).GetAwaiter().GetResult());
            Assert.Contains("the connection was lost", stopped.Message);
            AssertWhole(bucket, site, when);

            // The next deploy finishes the job: the bucket is then exactly the site, and its manifest says so.
            var next = new Deployer(real, target);
            var outcome = next.RunAsync(next.PlanAsync(files, default).GetAwaiter().GetResult(), default).GetAwaiter().GetResult();
            Assert.True(outcome.Uploaded <= uploads, $"{when}: the next deploy uploaded {outcome.Uploaded}, more than the {uploads} the change needs");
            AssertBucketIsSite(SiteInBucket(bucket), site);
            Assert.Equal(DeployManifest.Of(files, gzip: false).ToJson(), s3.Read(bucket, Prefix + DeployManifest.FileName));
            Assert.True(next.PlanAsync(files, default).GetAwaiter().GetResult().NothingToDo, when);
        }
    }

    [SkippableFact]
    public void A_first_deploy_stopped_half_way_is_finished_from_the_bucket_listing()
    {
        var (project, bucket) = Publication("  gzip: true");
        using var _ = project;
        var site = project.Build();
        var files = SiteFiles.Scan(site.Folder);
        var target = new DeployTarget(Prefix, 256, Gzip: true);

        // Stopped half way and just before the home page (no site to reach yet), and before the manifest (the whole site).
        foreach (var stopAfter in new[] { files.Count / 2, files.Count - 1, files.Count })
        {
            var when = $"first deploy stopped after {stopAfter} of {files.Count} uploads";
            var name = stopAfter == files.Count / 2 ? bucket : s3.NewBucket();
            using var real = Open(name);
            var failing = new Deployer(new FailingBucket(real, puts: stopAfter), target) { Concurrency = 1 };
            Assert.Throws<DeployException>(() => failing.RunAsync(failing.PlanAsync(files, default).GetAwaiter().GetResult(), default).GetAwaiter().GetResult());
            Assert.Null(s3.Read(name, Prefix + DeployManifest.FileName));
            AssertWhole(name, site, when, firstDeploy: true);
            Assert.Equal(stopAfter < files.Count, s3.Read(name, Prefix + "index.html") is null);
            // A stray object under the prefix, as another tool might leave: the listing finds and deletes it.
            s3.Client.PutObjectAsync(new Amazon.S3.Model.PutObjectRequest { BucketName = name, Key = Prefix + "stray.txt", ContentBody = "stray", UseChunkEncoding = false }).GetAwaiter().GetResult();

            project.Write("site.yml", Regex.Replace(project.Read("site.yml"), "bucket: .*", "bucket: " + name));
            var run = Deploy(project);
            var (uploaded, deleted, unchanged) = Summary(run);
            Assert.Contains("comparing the bucket's files with the site", run.Out);
            Assert.Equal((files.Count - stopAfter, 1, stopAfter), (uploaded, deleted, unchanged));
            Assert.Equal(DeployManifest.Of(files, gzip: true).ToJson(), s3.Read(name, Prefix + DeployManifest.FileName));
            Assert.DoesNotContain("stray.txt", SiteInBucket(name).Keys);
            Assert.Contains("is up to date", Deploy(project).Out);
        }
    }

    [SkippableFact]
    public void An_unreadable_manifest_falls_back_to_the_listing()
    {
        var (project, bucket) = Publication();
        using var _ = project;
        var site = project.Build();
        Summary(Deploy(project));
        s3.Client.PutObjectAsync(new Amazon.S3.Model.PutObjectRequest { BucketName = bucket, Key = Prefix + DeployManifest.FileName, ContentBody = "{ broken", UseChunkEncoding = false }).GetAwaiter().GetResult();

        var run = Deploy(project);
        var (uploaded, deleted, unchanged) = Summary(run);
        Assert.Contains("is not a manifest divrep can read", run.Out);
        Assert.Equal((0, 0, site.Files().Count()), (uploaded, deleted, unchanged));
        Assert.NotNull(DeployManifest.TryParse(s3.Read(bucket, Prefix + DeployManifest.FileName)!));
    }
}
