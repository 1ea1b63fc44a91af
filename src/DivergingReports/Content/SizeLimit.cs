namespace DivergingReports.Content;

/// <summary>How large a file of one kind may be, and the site.yml setting that says so (null: a fixed bound).</summary>
public sealed record SizeLimit(long Bytes, string What, string? Setting)
{
    public static SizeLimit SiteFile { get; } = new(Model.ContentLimits.SiteFileBytes, "site.yml", null);

    public static SizeLimit Article(Model.ContentLimits limits) => new(limits.ArticleBytes, "an article", "limits.article_kb");

    public static SizeLimit Page(Model.ContentLimits limits) => new(limits.PageBytes, "a page", "limits.page_kb");

    /// <summary>A breakdown's or a source's limit: <paramref name="what"/> is "a breakdown" or "a source".</summary>
    public static SizeLimit Yaml(Model.ContentLimits limits, string what) => new(limits.YamlBytes, what, "limits.yaml_kb");
}
