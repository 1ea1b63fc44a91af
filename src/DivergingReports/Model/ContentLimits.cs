namespace DivergingReports.Model;

/// <summary>
/// How large content may be (site.yml's limits). Content comes from anyone who can open a pull
/// request: every file read and every story compared is bounded, so no input makes a build run for
/// hours or exhaust memory. The defaults are far above any real story.
/// </summary>
public sealed record ContentLimits(long ArticleBytes, long PageBytes, long YamlBytes, int ReportsPerStory)
{
    public const int DefaultArticleKb = 2048;
    public const int DefaultPageKb = 2048;
    public const int DefaultYamlKb = 512;
    public const int DefaultReportsPerStory = 500;

    /// <summary>The most site.yml may raise a file's limit to: past 64 MB no build ends in reasonable time.</summary>
    public const int MaxFileKb = 64 * 1024;

    /// <summary>site.yml itself is read before its limits are known: it has a fixed bound.</summary>
    public const long SiteFileBytes = 256 * 1024;

    /// <summary>How deep YAML may nest (mappings in lists in mappings…); real content needs a handful of levels.</summary>
    public const int YamlDepth = 64;

    public static readonly ContentLimits Default = new(DefaultArticleKb * 1024L, DefaultPageKb * 1024L, DefaultYamlKb * 1024L, DefaultReportsPerStory);
}
