using DivergingReports.Model;

namespace DivergingReports.Content.Schema;

/// <summary>
/// Every field of every content file. The loaders check keys against it (unknown keys, missing
/// required ones) and the content reference is written from it, so the two cannot drift.
/// </summary>
public static class ContentSchema
{
    private static FieldSpec Required(string name, string kind, ValueShape shape, string description) => new(name, true, kind, shape, description);
    private static FieldSpec Optional(string name, string kind, ValueShape shape, string description) => new(name, false, kind, shape, description);

    /// <summary>owner/name, as site.yml's comments.giscus.repo must read.</summary>
    public const string GitHubRepository = "^[A-Za-z0-9-]+/[A-Za-z0-9._-]+$";

    public static readonly MappingSpec Giscus = new("comments.giscus", "the giscus settings",
    [
        Required("repo", "text", new ValueShape { Type = "string", Pattern = GitHubRepository }, "The GitHub repository holding the discussions, as owner/name."),
        Required("repo_id", "text", ValueShape.Text, "The repository id giscus.app gives."),
        Required("category", "text", ValueShape.Text, "The Discussions category for comments."),
        Required("category_id", "text", ValueShape.Text, "The category id giscus.app gives."),
    ]);

    public static readonly MappingSpec Comments = new("comments", "comments",
    [
        Required("giscus", "mapping", ValueShape.Of(Giscus), "giscus settings (GitHub Discussions)."),
    ]);

    public static readonly MappingSpec Feeds = new("feeds", "feeds",
    [
        Optional("items", "whole number", ValueShape.Whole(1, 10_000), "How many stories each feed carries (default 50)."),
    ]);

    public static readonly MappingSpec Import = new("import", "import",
    [
        Optional("noise", "list of patterns", ValueShape.ListOf(ValueShape.Text), "Regular expressions; a pasted line matching one whole is dropped on import, besides the built-in rules."),
    ]);

    public static readonly MappingSpec Limits = new("limits", "limits",
    [
        Optional("article_kb", "whole number", ValueShape.Whole(1, ContentLimits.MaxFileKb), "The largest article file read, in kilobytes (default 2048); a larger one is an error."),
        Optional("page_kb", "whole number", ValueShape.Whole(1, ContentLimits.MaxFileKb), "The largest free page file read, in kilobytes (default 2048)."),
        Optional("yaml_kb", "whole number", ValueShape.Whole(1, ContentLimits.MaxFileKb), "The largest breakdown or source file read, in kilobytes (default 512)."),
        Optional("reports_per_story", "whole number", ValueShape.Whole(2, 100_000), "The most reports one story may compare (default 500)."),
    ]);

    /// <summary>An S3 bucket's name as AWS allows it: 3 to 63 lower-case letters, digits, dots and hyphens.</summary>
    public const string BucketName = "^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$";

    /// <summary>A storage region's name: eu-west-1, auto (Cloudflare R2), us-east-005 (Backblaze B2).</summary>
    public const string RegionName = "^[a-z0-9-]{1,40}$";

    /// <summary>
    /// Where divrep deploy publishes the built site. No field takes a credential: the keys come only from
    /// the environment or the AWS profile, never from a file in the repository.
    /// </summary>
    public static readonly MappingSpec Deploy = new("deploy", "deploy",
    [
        Required("bucket", "bucket name", ValueShape.Bucket, "The bucket the site is published to."),
        Optional("region", "region", ValueShape.Region, "The bucket's region, such as eu-west-1 (auto for Cloudflare R2; default us-east-1)."),
        Optional("endpoint", "url", ValueShape.Url, "The storage service's address, for Cloudflare R2, Backblaze B2 or MinIO (such as https://<account>.r2.cloudflarestorage.com); leave out for AWS S3."),
        Optional("prefix", "text", ValueShape.Text, "A folder in the bucket to publish under, such as site/ (default: the bucket's root)."),
        Optional("max_deletes", "whole number", ValueShape.Whole(0, 1_000_000), "The most files one deploy may delete from the bucket (default 256); a deploy that would delete more stops and deletes nothing."),
        Optional("gzip", "true or false", ValueShape.Flag, "Whether text files (HTML, CSS, JavaScript, JSON, XML, SVG, text) are stored compressed, with Content-Encoding: gzip (default false)."),
        Optional("force_path_style", "true or false", ValueShape.Flag, "Address the bucket as endpoint/bucket rather than bucket.endpoint, as MinIO needs (default false)."),
    ]);

    public static readonly MappingSpec Site = new("site.yml", "site.yml",
    [
        Required("title", "text", ValueShape.Text, "The publication's name."),
        Required("description", "text", ValueShape.Text, "One line under the name, and the description of the home page."),
        Required("base_url", "url", ValueShape.Url, "The absolute address the site is published at; may carry a sub-path (a GitHub Pages project site)."),
        Optional("language", "language code", ValueShape.Language, "The site's language, such as en (default en)."),
        Optional("timezone", "time zone", ValueShape.Text, "IANA time zone (such as Europe/Paris) in which dates without an offset are read and shown (default UTC)."),
        Optional("question", "text", ValueShape.Text, "The reader prompt on story pages (default: How did your country report this?)."),
        Optional("paginate", "whole number", ValueShape.Whole(1, 1000), "Stories per page of the home page's list (default 20); country and tag pages, whose entries are shorter, hold five times as many."),
        Optional("feeds", "mapping", ValueShape.Of(Feeds), "Feed settings: items."),
        Optional("comments", "mapping", ValueShape.Of(Comments), "Comments under stories through giscus; absent means no comments."),
        Optional("search", "true or false", ValueShape.Flag, "Whether every build makes the site's search index with Pagefind, as divrep build --search does (default false)."),
        Optional("open_data", string.Join(" or ", SiteSettings.OpenDataValues), ValueShape.OneOf(SiteSettings.OpenDataValues),
            "What each story's data (stories/<slug>/index.json) gives: summary (the default) gives the breakdown, each report's address and summary, and the comparison; full also gives each article's text, which makes the site about a third larger."),
        Optional("cname", "host name", ValueShape.HostName, "A custom domain: writes the CNAME file GitHub Pages reads."),
        Optional("spectrum", "list of ids", ValueShape.ListOf(ValueShape.Id), "The publication's own lean scale, left to right; sources' lean must be one of these."),
        Optional("import", "mapping", ValueShape.Of(Import), "Importer settings: extra noise patterns."),
        Optional("limits", "mapping", ValueShape.Of(Limits), "How large content may be: article_kb, page_kb, yaml_kb, reports_per_story. The defaults suit any real story; raise one only for content that needs it."),
        Optional("deploy", "mapping", ValueShape.Of(Deploy), "Where divrep deploy publishes the built site (an S3-compatible bucket): bucket, region, endpoint, prefix, max_deletes, gzip, force_path_style. The keys come from the environment, never from this file."),
    ]);

    public static readonly MappingSpec Source = new("content/sources/<id>.yml", "a source",
    [
        Required("name", "text", ValueShape.Text, "The outlet's name as readers know it."),
        Optional("homepage", "url", ValueShape.Url, "The outlet's home page (http or https)."),
        Optional("domains", "list of host names", ValueShape.OneOrList(ValueShape.Domain), "Hosts whose article URLs belong to this outlet, subdomains included (default: the homepage's host)."),
        Optional("country", "country code", ValueShape.Country, "ISO 3166-1 alpha-2 code of the outlet's country, such as US or NO; leave out when unknown."),
        Optional("language", "language code", ValueShape.Language, "The outlet's main language, such as en."),
        Optional("description", "markdown", ValueShape.Markdown, "A few sentences about the outlet for its page."),
        Optional("lean", "id", ValueShape.Id, "Where the editors place the outlet: one value of site.yml's spectrum."),
        Optional("facts", "mapping", ValueShape.PairsOf(ValueShape.Text), "Free labels shown on the source page, such as Owner: Nash Holdings."),
    ]);

    public static readonly MappingSpec Translation = new("translation", "a translation",
    [
        Required("by", "text", ValueShape.Text, "Who translated the article, as the page credits it: \"Translated from German by …\"."),
        Required("text", "markdown", ValueShape.Markdown, "The translation, rendered like the article's text (no raw HTML)."),
    ]);

    public static readonly MappingSpec Article = new("content/articles/<id>.md (front matter)", "an article's front matter",
    [
        Required("title", "text", ValueShape.Text, "The outlet's headline."),
        Optional("source", "id", ValueShape.Id, "The source id; may be left out when the url's domain names one source."),
        Optional("url", "url", ValueShape.Url, "The original article (http or https); leave out when the paste did not record it."),
        Required("published", "date", ValueShape.Date, "When the outlet published it: YYYY-MM-DD, or YYYY-MM-DDTHH:MM with an optional offset."),
        Optional("author", "text or list", ValueShape.OneOrList(ValueShape.Text), "The byline: one name or a list."),
        Optional("language", "language code", ValueShape.Language, "The language the article is written in, such as de or pt-BR (default: its source's language, then the site's)."),
        Optional("translation", "mapping", ValueShape.Of(Translation), "The editors' translation into the site's language: by and text. The story page shows it beside the original, and the comparison reads it."),
    ]);

    public static readonly MappingSpec Report = new("reports[]", "a report",
    [
        Required("article", "id", ValueShape.Id, "The article compared: a file name in content/articles without extension."),
        Optional("summary", "markdown", ValueShape.Markdown, "The editor's breakdown of this report."),
    ]);

    public static readonly MappingSpec Divergence = new("divergences[]", "a divergence",
    [
        Required("topic", "text", ValueShape.Text, "The point on which the reports part ways, often as a question."),
        Required("positions", "mapping", ValueShape.PairsOf(ValueShape.Markdown, keys: ValueShape.Id), "For each outlet (a source id, or an article id among the reports): what it reports, in Markdown."),
    ]);

    public static readonly MappingSpec Breakdown = new("content/breakdowns/<id>.yml", "a breakdown",
    [
        Required("title", "text", ValueShape.Text, "The story's headline on this site."),
        Required("date", "date", ValueShape.Date, "The story's date: YYYY-MM-DD, or with a time."),
        Optional("updated", "date", ValueShape.Date, "When the breakdown was last revised."),
        Optional("slug", "id", ValueShape.Id, "The story's address, /stories/<slug>/ (default: the file name without a leading YYYY-MM-DD-)."),
        Optional("draft", "true or false", ValueShape.Flag, "Drafts are built only with --drafts (default false)."),
        Optional("tags", "list of ids", ValueShape.ListOf(ValueShape.Id), "Topics, such as ukraine; lower-case letters, digits and hyphens."),
        Optional("question", "text", ValueShape.Text, "The reader prompt for this story (default: site.yml's question)."),
        Required("summary", "markdown", ValueShape.Markdown, "The editor's neutral account of the event."),
        Required("reports", "list", ValueShape.ListOf(ValueShape.Either(ValueShape.Id, ValueShape.Of(Report))), "The articles compared, in display order: article and summary."),
        Optional("divergences", "list", ValueShape.ListOf(ValueShape.Of(Divergence)), "Where the reports part ways: topic and positions."),
        Optional("agreements", "list of markdown", ValueShape.ListOf(ValueShape.Markdown), "What every report states."),
    ]);

    public static readonly MappingSpec Page = new("content/pages/<id>.md (front matter)", "a page's front matter",
    [
        Required("title", "text", ValueShape.Text, "The page's title."),
        Optional("description", "text", ValueShape.Text, "One sentence for search engines and link previews."),
    ]);

    /// <summary>The top-level file kinds, in the order the content reference lists them.</summary>
    public static IReadOnlyList<MappingSpec> Files { get; } = [Site, Source, Article, Breakdown, Page];

    /// <summary>The nested blocks.</summary>
    public static IReadOnlyList<MappingSpec> Blocks { get; } = [Feeds, Comments, Giscus, Import, Limits, Deploy, Translation, Report, Divergence];
}
