using DivergingReports.Content.Schema;
using DivergingReports.Content.Yaml;
using DivergingReports.Diagnostics;
using DivergingReports.Model;
using DivergingReports.Validation;

namespace DivergingReports.Content;

/// <summary>Reads site.yml. Always returns settings: a field in error falls back to its default so the rest of the content can still be checked.</summary>
internal static class SiteLoader
{
    public const string FileName = "site.yml";

    public static SiteSettings Load(string text, DiagnosticBag bag)
    {
        var file = new FileContext(FileName, bag);
        return Read(Fields.Parse(text, ContentSchema.Site, file));
    }

    private static SiteSettings Read(Fields f)
    {
        var file = f.File;
        var zone = f.Text("timezone") is { } zoneName ? TimeZone(zoneName, f.ValueAt("timezone"), file.Bag) : TimeZoneInfo.Utc;
        var language = f.Text("language") is { } lang && CheckLanguage(lang, f.ValueAt("language"), file.Bag) ? lang : "en";
        var feeds = f.Block("feeds", ContentSchema.Feeds);
        var import = f.Block("import", ContentSchema.Import);
        var baseUrl = f.Url("base_url");

        return new SiteSettings
        {
            Title = f.Text("title") ?? "Diverging Reports",
            Description = f.Text("description") ?? "",
            BaseUrl = baseUrl is null ? new Uri("https://example.org/") : WithTrailingSlash(baseUrl),
            Language = language,
            TimeZone = zone,
            Question = f.Text("question") ?? SiteSettings.DefaultQuestion,
            Paginate = f.Int("paginate") ?? SiteSettings.DefaultPaginate,
            FeedItems = feeds?.Int("items") ?? SiteSettings.DefaultFeedItems,
            Giscus = Giscus(f),
            Search = f.Bool("search") ?? false,
            Cname = Cname(f),
            OpenDataFull = OpenData(f) == "full",
            Spectrum = Spectrum(f),
            ImportNoise = import is null ? [] : NoisePatterns(import),
            Limits = Limits(f.Block("limits", ContentSchema.Limits)),
            Deploy = Deploy(f.Block("deploy", ContentSchema.Deploy)),
        };
    }

    private static DeploySettings? Deploy(Fields? deploy)
    {
        if (deploy is null) return null;
        var bag = deploy.File.Bag;
        var bucket = deploy.Text("bucket");
        if (bucket is not null && !System.Text.RegularExpressions.Regex.IsMatch(bucket, ContentSchema.BucketName))
        {
            bag.Error(DiagnosticCode.InvalidValue, deploy.ValueAt("bucket"), $"'{bucket}' is not a bucket name",
                "write the bucket's name as the storage service shows it: 3 to 63 lower-case letters, digits, dots and hyphens");
            bucket = null;
        }
        var prefix = deploy.Text("prefix")?.Trim() ?? "";
        prefix = prefix.Trim('/');
        if (prefix.Length > 0 && (prefix.Split('/').Any(part => part is "" or "." or "..") || prefix.Any(c => char.IsControl(c) || c == '\\')))
        {
            bag.Error(DiagnosticCode.InvalidValue, deploy.ValueAt("prefix"), $"'{prefix}' is not a folder of the bucket",
                "write folder names separated by /, such as site or preview/site");
            prefix = "";
        }
        var region = deploy.Text("region")?.Trim();
        if (region is not null && !System.Text.RegularExpressions.Regex.IsMatch(region, ContentSchema.RegionName))
        {
            bag.Error(DiagnosticCode.InvalidValue, deploy.ValueAt("region"), $"'{region}' is not a region",
                "write the bucket's region such as eu-west-1, or auto for Cloudflare R2");
            region = null;
        }
        var endpoint = deploy.Url("endpoint");
        if (bucket is null) return null;
        return new DeploySettings
        {
            Bucket = bucket,
            Region = region ?? DeploySettings.DefaultRegion,
            Endpoint = endpoint,
            Prefix = prefix.Length == 0 ? "" : prefix + "/",
            MaxDeletes = deploy.Int("max_deletes") ?? DeploySettings.DefaultMaxDeletes,
            Gzip = deploy.Bool("gzip") ?? false,
            ForcePathStyle = deploy.Bool("force_path_style") ?? false,
        };
    }

    private static ContentLimits Limits(Fields? limits)
    {
        if (limits is null) return ContentLimits.Default;
        // The ranges are ContentSchema.Limits': up to 64 MB a file and 100,000 reports: past that no build
        // ends in reasonable time (and a text that large cannot even be written into the story's JSON data).
        return new ContentLimits(
            (limits.Int("article_kb") ?? ContentLimits.DefaultArticleKb) * 1024L,
            (limits.Int("page_kb") ?? ContentLimits.DefaultPageKb) * 1024L,
            (limits.Int("yaml_kb") ?? ContentLimits.DefaultYamlKb) * 1024L,
            limits.Int("reports_per_story") ?? ContentLimits.DefaultReportsPerStory);
    }

    internal static bool CheckLanguage(string tag, FileLocation at, DiagnosticBag bag)
    {
        if (Languages.IsValid(tag)) return true;
        var hint = LanguageNames.CodeOf(tag) is { } code ? $"write the language's code: {code}"
            : Languages.IsValid(Languages.Cased(tag)) ? $"write it as {Languages.Cased(tag)}"
            : "write a code such as en, fr or pt-BR";
        bag.Error(DiagnosticCode.InvalidValue, at, $"'{tag}' is not a language code", hint);
        return false;
    }

    private static Uri WithTrailingSlash(Uri uri) =>
        uri.AbsolutePath.EndsWith('/') ? uri : new Uri(uri.GetLeftPart(UriPartial.Path) + "/");

    private static TimeZoneInfo TimeZone(string name, FileLocation at, DiagnosticBag bag)
    {
        if (TimeZoneInfo.TryFindSystemTimeZoneById(name, out var zone)) return zone;
        bag.Error(DiagnosticCode.InvalidTimeZone, at, $"unknown time zone '{name}'", "write an IANA zone name such as UTC, Europe/Paris or America/New_York");
        return TimeZoneInfo.Utc;
    }

    private static GiscusSettings? Giscus(Fields f)
    {
        var giscus = f.Block("comments", ContentSchema.Comments)?.Block("giscus", ContentSchema.Giscus);
        if (giscus is null) return null;
        string? repo = giscus.Text("repo"), repoId = giscus.Text("repo_id"), category = giscus.Text("category"), categoryId = giscus.Text("category_id");
        if (repo is not null && !System.Text.RegularExpressions.Regex.IsMatch(repo, ContentSchema.GitHubRepository))
        {
            f.File.Bag.Error(DiagnosticCode.InvalidValue, giscus.ValueAt("repo"), $"'{repo}' is not a GitHub repository", "write it as owner/name");
            return null;
        }
        return repo is null || repoId is null || category is null || categoryId is null ? null : new GiscusSettings(repo, repoId, category, categoryId);
    }

    private static string? OpenData(Fields f)
    {
        if (f.Text("open_data") is not { } value) return null;
        if (SiteSettings.OpenDataValues.Contains(value)) return value;
        f.File.Bag.Error(DiagnosticCode.InvalidValue, f.ValueAt("open_data"), $"'open_data' should be {string.Join(" or ", SiteSettings.OpenDataValues)}, not '{value}'",
            "write full for story data with every article's text, or leave the field out");
        return null;
    }

    private static string? Cname(Fields f)
    {
        if (f.Text("cname") is not { } cname) return null;
        if (WebAddresses.IsHostName(cname)) return cname;
        f.File.Bag.Error(DiagnosticCode.InvalidValue, f.ValueAt("cname"), $"'{cname}' is not a host name", "write the bare domain, such as news.example.org, without https:// or a path");
        return null;
    }

    private static IReadOnlyList<string> Spectrum(Fields f)
    {
        var values = new List<string>();
        foreach (var item in f.TextList("spectrum") ?? [])
        {
            if (!Identifiers.Check(item.Value, item.At, "spectrum value", f.File.Bag)) continue;
            if (values.Contains(item.Value))
                f.File.Bag.Error(DiagnosticCode.InvalidValue, item.At, $"'{item.Value}' appears twice in the spectrum", "list each value once");
            else values.Add(item.Value);
        }
        return values;
    }

    private static IReadOnlyList<string> NoisePatterns(Fields import)
    {
        var patterns = new List<string>();
        foreach (var item in import.TextList("noise") ?? [])
        {
            if (Content.Paste.NoiseRules.TryCompile(item.Value, out var error)) patterns.Add(item.Value);
            else import.File.Bag.Error(DiagnosticCode.InvalidPattern, item.At, $"'{item.Value}' is not a usable pattern: {error}",
                "write a .NET regular expression without look-arounds or back-references, such as '^Read more$'");
        }
        return patterns;
    }
}
