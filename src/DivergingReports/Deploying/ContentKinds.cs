namespace DivergingReports.Deploying;

/// <summary>The Content-Type a file of the site is served with, by its name, and whether it is text worth compressing.</summary>
public static class ContentKinds
{
    private static readonly Dictionary<string, string> ByExtension = new(StringComparer.OrdinalIgnoreCase)
    {
        [".html"] = "text/html; charset=utf-8",
        [".htm"] = "text/html; charset=utf-8",
        [".css"] = "text/css; charset=utf-8",
        [".js"] = "text/javascript; charset=utf-8",
        [".mjs"] = "text/javascript; charset=utf-8",
        [".json"] = "application/json; charset=utf-8",
        [".webmanifest"] = "application/manifest+json; charset=utf-8",
        [".map"] = "application/json; charset=utf-8",
        [".xml"] = "application/xml; charset=utf-8",
        [".xsl"] = "application/xslt+xml; charset=utf-8",
        [".txt"] = "text/plain; charset=utf-8",
        [".md"] = "text/markdown; charset=utf-8",
        [".csv"] = "text/csv; charset=utf-8",
        [".svg"] = "image/svg+xml",
        [".png"] = "image/png",
        [".jpg"] = "image/jpeg",
        [".jpeg"] = "image/jpeg",
        [".gif"] = "image/gif",
        [".webp"] = "image/webp",
        [".avif"] = "image/avif",
        [".ico"] = "image/x-icon",
        [".woff"] = "font/woff",
        [".woff2"] = "font/woff2",
        [".ttf"] = "font/ttf",
        [".otf"] = "font/otf",
        [".pdf"] = "application/pdf",
        [".wasm"] = "application/wasm",
        [".mp4"] = "video/mp4",
        [".webm"] = "video/webm",
        [".mp3"] = "audio/mpeg",
        // Pagefind's index: its own binary chunks (already compressed), fetched and read by its script.
        [".pf_fragment"] = "application/octet-stream",
        [".pf_index"] = "application/octet-stream",
        [".pf_meta"] = "application/octet-stream",
        [".pf_filter"] = "application/octet-stream",
        [".pagefind"] = "application/octet-stream",
    };

    /// <summary>Files known by their whole name: the feeds say what they are, CNAME is the custom domain GitHub Pages reads.</summary>
    private static readonly Dictionary<string, string> ByName = new(StringComparer.OrdinalIgnoreCase)
    {
        ["feed.xml"] = "application/rss+xml; charset=utf-8",
        ["atom.xml"] = "application/atom+xml; charset=utf-8",
        ["feed.json"] = "application/feed+json; charset=utf-8",
        ["CNAME"] = "text/plain; charset=utf-8",
    };

    public const string Unknown = "application/octet-stream";

    /// <summary>The Content-Type for the site-relative <paramref name="path"/> ("stories/x/index.html").</summary>
    public static string ContentType(string path)
    {
        var name = FileName(path);
        if (ByName.TryGetValue(name, out var known)) return known;
        return ByExtension.TryGetValue(Extension(name), out var type) ? type : Unknown;
    }

    /// <summary>Text that gzip shrinks: HTML, CSS, JavaScript, JSON, XML, SVG and plain text; never images, fonts or Pagefind's chunks, already compressed.</summary>
    public static bool Compressible(string path)
    {
        var type = ContentType(path);
        return type.StartsWith("text/", StringComparison.Ordinal)
            || type.StartsWith("application/json", StringComparison.Ordinal)
            || type.StartsWith("application/feed+json", StringComparison.Ordinal)
            || type.StartsWith("application/manifest+json", StringComparison.Ordinal)
            || type.Contains("xml", StringComparison.Ordinal);
    }

    /// <summary>An HTML page: uploaded after everything it may show or link to.</summary>
    public static bool IsPage(string path) => Extension(FileName(path)) is ".html" or ".htm";

    internal static string FileName(string path) => path[(path.LastIndexOf('/') + 1)..];

    internal static string Extension(string name)
    {
        var dot = name.LastIndexOf('.');
        return dot <= 0 ? "" : name[dot..].ToLowerInvariant();
    }
}
