using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace DivergingReports.Tests.Support;

/// <summary>A site built into a folder, read back the way a browser or a crawler would: by parsing it.</summary>
public sealed class BuiltSite(string folder, Uri baseUrl)
{
    private static readonly HtmlParser Parser = new();

    public string Folder { get; } = folder;
    public Uri BaseUrl { get; } = baseUrl;
    public string BasePath => BaseUrl.AbsolutePath;

    public bool Exists(string relative) => File.Exists(Path.Combine(Folder, relative));

    public string Text(string relative) => File.ReadAllText(Path.Combine(Folder, relative));

    public IHtmlDocument Html(string relative) => Parser.ParseDocument(Text(relative));

    public IEnumerable<string> Files(string pattern = "*") =>
        Directory.EnumerateFiles(Folder, pattern, SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(Folder, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal);

    public IEnumerable<string> HtmlFiles() => Files("*.html");

    /// <summary>All files with their bytes, for comparing two builds.</summary>
    public Dictionary<string, byte[]> Snapshot() => Files().ToDictionary(f => f, f => File.ReadAllBytes(Path.Combine(Folder, f)));

    /// <summary>The output file an address on this site points at, or null when it points elsewhere.</summary>
    public string? FileFor(string url, string fromPage)
    {
        var pageUrl = new Uri(BaseUrl, fromPage.EndsWith("index.html") ? fromPage[..^"index.html".Length] : fromPage);
        if (!Uri.TryCreate(pageUrl, url, out var target)) return null;
        if (target.Scheme is not ("http" or "https") || target.Host != BaseUrl.Host) return null;
        var path = Uri.UnescapeDataString(target.AbsolutePath);
        if (!path.StartsWith(BasePath, StringComparison.Ordinal)) return "OUTSIDE-BASE:" + path;
        var relative = path[BasePath.Length..];
        return relative.Length == 0 || relative.EndsWith('/') ? relative + "index.html" : relative;
    }

    /// <summary>Every link, image, stylesheet and script of every page that does not resolve to a file (and fragment) of the site.</summary>
    public IReadOnlyList<string> BrokenLinks()
    {
        var broken = new List<string>();
        var documents = new Dictionary<string, IHtmlDocument>(StringComparer.Ordinal);
        IHtmlDocument Doc(string f) => documents.TryGetValue(f, out var d) ? d : documents[f] = Html(f);

        foreach (var page in HtmlFiles())
        {
            var document = Doc(page);
            var references = document.QuerySelectorAll("a[href], link[href], img[src], script[src], iframe[src], source[src]")
                .Select(e => (Element: e, Url: e.GetAttribute("href") ?? e.GetAttribute("src")!));
            foreach (var (element, url) in references)
            {
                if (url.StartsWith("mailto:", StringComparison.Ordinal)) continue;
                if (element.LocalName == "link" && element.GetAttribute("rel") is "canonical" && !url.StartsWith(BaseUrl.AbsoluteUri, StringComparison.Ordinal))
                {
                    broken.Add($"{page}: canonical {url} is not under {BaseUrl}");
                    continue;
                }
                var file = FileFor(url, page);
                if (file is null) continue; // another site
                if (file.StartsWith("OUTSIDE-BASE:", StringComparison.Ordinal) || !Exists(file))
                {
                    broken.Add($"{page}: {element.LocalName} {url}");
                    continue;
                }
                var hash = url.IndexOf('#');
                if (hash >= 0 && file.EndsWith(".html", StringComparison.Ordinal) && url.Length > hash + 1)
                {
                    var id = Uri.UnescapeDataString(url[(hash + 1)..]);
                    if (Doc(file).GetElementById(id) is null) broken.Add($"{page}: {url} (no #{id} in {file})");
                }
            }
        }
        return broken;
    }
}
