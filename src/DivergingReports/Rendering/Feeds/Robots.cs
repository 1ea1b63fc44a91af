using System.Text;

namespace DivergingReports.Rendering.Feeds;

/// <summary>Writes robots.txt: everything allowed, and where the sitemap is.</summary>
public static class Robots
{
    /// <summary>
    /// "User-agent: *\nAllow: /\n\nSitemap: &lt;url&gt;\n" as UTF-8 (no BOM). The URL must be an
    /// absolute http(s) URL without whitespace (so it cannot add lines); else ArgumentException.
    /// </summary>
    public static byte[] Write(string sitemapUrl)
    {
        var url = FeedFormat.AbsoluteUrl(sitemapUrl, "sitemap URL");
        var text = "User-agent: *\nAllow: /\n\nSitemap: " + url + "\n";
        return new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(text);
    }
}
