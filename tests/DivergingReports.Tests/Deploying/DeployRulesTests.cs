using System.Text;
using DivergingReports.Deploying;
using DivergingReports.Tests.Support;

namespace DivergingReports.Tests.Deploying;

/// <summary>The rules a deploy follows without a bucket: content types, cache headers, the manifest, the plan's order and guard.</summary>
public class DeployRulesTests
{
    [Theory]
    [InlineData("index.html", "text/html; charset=utf-8", CacheRules.Revalidate)]
    [InlineData("stories/talks/index.html", "text/html; charset=utf-8", CacheRules.Revalidate)]
    [InlineData("feed.xml", "application/rss+xml; charset=utf-8", CacheRules.Revalidate)]
    [InlineData("sources/alpha/feed.xml", "application/rss+xml; charset=utf-8", CacheRules.Revalidate)]
    [InlineData("atom.xml", "application/atom+xml; charset=utf-8", CacheRules.Revalidate)]
    [InlineData("feed.json", "application/feed+json; charset=utf-8", CacheRules.Revalidate)]
    [InlineData("sitemap.xml", "application/xml; charset=utf-8", CacheRules.Revalidate)]
    [InlineData("stories/talks/index.json", "application/json; charset=utf-8", CacheRules.Revalidate)]
    [InlineData("robots.txt", "text/plain; charset=utf-8", CacheRules.Revalidate)]
    [InlineData("CNAME", "text/plain; charset=utf-8", CacheRules.Revalidate)]
    [InlineData("assets/style.css", "text/css; charset=utf-8", CacheRules.Short)]
    [InlineData("assets/search.js", "text/javascript; charset=utf-8", CacheRules.Short)]
    [InlineData("assets/logo.svg", "image/svg+xml", CacheRules.Short)]
    [InlineData("assets/photo.png", "image/png", CacheRules.Short)]
    [InlineData("assets/photo-20250703.jpg", "image/jpeg", CacheRules.Short)]
    [InlineData("assets/photo.webp", "image/webp", CacheRules.Short)]
    [InlineData("favicon.ico", "image/x-icon", CacheRules.Short)]
    [InlineData("assets/font.woff2", "font/woff2", CacheRules.Short)]
    [InlineData("assets/app.3f2a9c1d.js", "text/javascript; charset=utf-8", CacheRules.Immutable)]
    [InlineData("assets/style-9b1e4c7a2d.css", "text/css; charset=utf-8", CacheRules.Immutable)]
    [InlineData("pagefind/pagefind.js", "text/javascript; charset=utf-8", CacheRules.Short)]
    [InlineData("pagefind/pagefind-ui.css", "text/css; charset=utf-8", CacheRules.Short)]
    [InlineData("pagefind/pagefind-entry.json", "application/json; charset=utf-8", CacheRules.Revalidate)]
    [InlineData("pagefind/wasm.en.pagefind", "application/octet-stream", CacheRules.Short)]
    [InlineData("pagefind/fragment/en_3a8c2f1.pf_fragment", "application/octet-stream", CacheRules.Immutable)]
    [InlineData("pagefind/index/en_5d0e7b2.pf_index", "application/octet-stream", CacheRules.Immutable)]
    [InlineData("pagefind/filter/en_1b2c3d4.pf_filter", "application/octet-stream", CacheRules.Immutable)]
    [InlineData("pagefind/pagefind.en_5d0e7b2c1a.pf_meta", "application/octet-stream", CacheRules.Immutable)]
    [InlineData("downloads/data.bin", "application/octet-stream", CacheRules.Short)]
    public void Each_kind_of_file_gets_its_content_type_and_cache_control(string path, string type, string cache)
    {
        Assert.Equal(type, ContentKinds.ContentType(path));
        Assert.Equal(cache, CacheRules.CacheControl(path));
    }

    [Theory]
    [InlineData("index.html", true)]
    [InlineData("assets/style.css", true)]
    [InlineData("feed.xml", true)]
    [InlineData("feed.json", true)]
    [InlineData("assets/logo.svg", true)]
    [InlineData("robots.txt", true)]
    [InlineData("assets/photo.png", false)]
    [InlineData("assets/font.woff2", false)]
    [InlineData("pagefind/fragment/en_3a8c2f1.pf_fragment", false)]
    public void Only_text_is_compressed(string path, bool compressible) =>
        Assert.Equal(compressible, ContentKinds.Compressible(path));

    private static SiteFile File(string path, string sha = "aa", long size = 1) => new(path, "/nowhere/" + path, size, sha);

    [Fact]
    public void The_manifest_is_sorted_and_reads_back_as_written()
    {
        var files = new[] { File("stories/b/index.html"), File("assets/style.css", "bb", 2), File("index.html", "cc", 3), File("B.txt") };
        var manifest = DeployManifest.Of(files.Reverse(), gzip: true);
        var again = DeployManifest.Of(files, gzip: true);
        Assert.Equal(manifest.ToJson(), again.ToJson());
        var text = Encoding.UTF8.GetString(manifest.ToJson());
        Assert.True(text.IndexOf("\"B.txt\"", StringComparison.Ordinal) < text.IndexOf("\"assets/style.css\"", StringComparison.Ordinal)
            && text.IndexOf("\"assets/style.css\"", StringComparison.Ordinal) < text.IndexOf("\"index.html\"", StringComparison.Ordinal), text);
        var read = DeployManifest.TryParse(manifest.ToJson());
        Assert.NotNull(read);
        Assert.Equal(manifest.Files, read!.Files);
        Assert.Equal("gzip", read.Files["index.html"].ContentEncoding);
        Assert.Null(DeployManifest.TryParse(Encoding.UTF8.GetBytes("{ not json")));
        Assert.Null(DeployManifest.TryParse(Encoding.UTF8.GetBytes("{\"files\": []}")));
    }

    [Fact]
    public void The_plan_uploads_what_changed_in_waves_and_deletes_what_is_gone()
    {
        var old = DeployManifest.Of([File("index.html", "1"), File("stories/a/index.html", "1"), File("stories/gone/index.html", "1"),
            File("assets/style.css", "1"), File("feed.xml", "1"), File("tags/x/index.html", "1")], gzip: false);
        var site = new[]
        {
            File("assets/style.css", "2"), File("feed.xml", "2"), File("index.html", "2"), File("stories/a/index.html", "1"),
            File("stories/new/index.html", "1"), File("stories/new/index.json", "1"), File("tags/x/index.html", "1"),
            File("pagefind/fragment/en_3a8c2f1.pf_fragment", "1"),
        };
        var plan = DeployPlan.Against(site, old, gzip: false);
        Assert.Equal(["pagefind/fragment/en_3a8c2f1.pf_fragment", "assets/style.css", "stories/new/index.json", "stories/new/index.html", "index.html", "feed.xml"],
            plan.Uploads.Select(u => u.Path));
        Assert.Equal([0, 1, 1, 2, 5, 6], plan.Uploads.Select(DeployPlan.Wave));
        Assert.Equal(["stories/gone/index.html"], plan.Deletes);
        Assert.Equal(2, plan.Unchanged);
        // The manifest written after the uploads still names the file to delete; the final one does not.
        Assert.Equal(["stories/gone/index.html"], plan.AfterUploads.Deleting);
        Assert.DoesNotContain("stories/gone/index.html", plan.AfterUploads.Files.Keys);
        Assert.Empty(plan.Final.Deleting);
        Assert.Equal(plan.AfterUploads.Deleting, DeployManifest.TryParse(plan.AfterUploads.ToJson())!.Deleting);
        // A deploy stopped before its deletions: the next one deletes them, even with nothing else to do.
        var next = DeployPlan.Against(site, plan.AfterUploads, gzip: false);
        Assert.Empty(next.Uploads);
        Assert.Equal(["stories/gone/index.html"], next.Deletes);
        Assert.False(next.NothingToDo);
        Assert.Equal(site.Length, plan.Final.Files.Count);
    }

    [Fact]
    public void Turning_gzip_on_uploads_every_text_file_again()
    {
        var site = new[] { File("index.html"), File("assets/photo.png") };
        var plan = DeployPlan.Against(site, DeployManifest.Of(site, gzip: false), gzip: true);
        Assert.Equal(["index.html"], plan.Uploads.Select(u => u.Path));
    }

    [Fact]
    public void An_unchanged_site_has_nothing_to_do()
    {
        var site = new[] { File("index.html"), File("assets/style.css") };
        Assert.True(DeployPlan.Against(site, DeployManifest.Of(site, gzip: false), gzip: false).NothingToDo);
    }
}

/// <summary>site.yml's deploy block, as divrep check reads it.</summary>
public class DeploySettingsTests
{
    [Fact]
    public void The_deploy_block_is_read_with_its_defaults()
    {
        using var project = new TestProject();
        project.Write("site.yml", TestProject.SiteYml + "\ndeploy:\n  bucket: my-site.example\n  prefix: /preview/site/\n");
        var result = project.Load();
        Assert.False(result.HasErrors, string.Join("\n", result.Diagnostics));
        var deploy = result.Publication.Site.Deploy!;
        Assert.Equal(("my-site.example", "us-east-1", "preview/site/", 256, false, false, (Uri?)null),
            (deploy.Bucket, deploy.Region, deploy.Prefix, deploy.MaxDeletes, deploy.Gzip, deploy.ForcePathStyle, deploy.Endpoint));
        using var minimal = new TestProject();
        Assert.Null(minimal.Load().Publication.Site.Deploy);
    }

    [Theory]
    [InlineData("bucket: My_Bucket", "'My_Bucket' is not a bucket name")]
    [InlineData("bucket: ok-bucket\n  region: EU West", "'EU West' is not a region")]
    [InlineData("bucket: ok-bucket\n  prefix: ../up", "'../up' is not a folder of the bucket")]
    [InlineData("bucket: ok-bucket\n  max_deletes: -1", "'max_deletes' should be a whole number from 0 to 1000000")]
    [InlineData("bucket: ok-bucket\n  endpoint: ftp://storage.example", "endpoint")]
    [InlineData("bucket: ok-bucket\n  gzip: sometimes", "'gzip' should be true or false")]
    [InlineData("region: us-east-1", "required field 'bucket' is missing from deploy")]
    [InlineData("bucket: ok-bucket\n  aws_access_key_id: AKIAEXAMPLE", "unknown field 'aws_access_key_id' in deploy")]
    public void A_mistake_in_the_deploy_block_is_one_error_at_its_line(string block, string message)
    {
        using var project = new TestProject();
        project.Write("site.yml", TestProject.SiteYml + "\ndeploy:\n  " + block + "\n");
        var errors = project.Load().Diagnostics.Where(d => d.IsError).ToList();
        var error = Assert.Single(errors);
        Assert.Contains(message, error.ToString());
        Assert.Equal("site.yml", error.Location.Path);
        Assert.True(error.Location.Line >= 7, error.ToString());
    }
}
