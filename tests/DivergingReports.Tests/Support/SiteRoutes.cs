using Microsoft.Playwright;

namespace DivergingReports.Tests.Support;

/// <summary>A built site served to a browser under test by routing its requests: no server, and nothing may leave.</summary>
public static class SiteRoutes
{
    /// <summary>Answers a request from the built folder, as GitHub Pages would; anything else is aborted and recorded.</summary>
    public static async Task Serve(BuiltSite site, IRoute route, List<string> external)
    {
        var url = new Uri(route.Request.Url);
        var basePath = site.BaseUrl.AbsolutePath;
        if (url.Scheme != site.BaseUrl.Scheme || url.Host != site.BaseUrl.Host || !url.AbsolutePath.StartsWith(basePath, StringComparison.Ordinal))
        {
            if (!url.Host.EndsWith("giscus.app", StringComparison.Ordinal))
                lock (external) external.Add($"{route.Request.Method} {route.Request.Url} ({route.Request.ResourceType})");
            await route.AbortAsync("blockedbyclient");
            return;
        }
        var relative = Uri.UnescapeDataString(url.AbsolutePath[basePath.Length..]);
        if (relative.Length == 0 || relative.EndsWith('/')) relative += "index.html";
        var file = Path.GetFullPath(Path.Combine(site.Folder, relative));
        var inside = file.StartsWith(Path.GetFullPath(site.Folder) + Path.DirectorySeparatorChar, StringComparison.Ordinal);
        if (inside && !File.Exists(file) && Directory.Exists(file))
        {
            // GitHub Pages redirects a folder without its slash.
            await route.FulfillAsync(new() { Status = 301, Headers = new Dictionary<string, string> { ["Location"] = url.GetLeftPart(UriPartial.Path) + "/" } });
            return;
        }
        if (!inside || !File.Exists(file))
        {
            await route.FulfillAsync(new() { Status = 404, ContentType = "text/html; charset=utf-8", BodyBytes = File.ReadAllBytes(Path.Combine(site.Folder, "404.html")) });
            return;
        }
        await route.FulfillAsync(new() { Status = 200, ContentType = ContentType(file), BodyBytes = await File.ReadAllBytesAsync(file) });
    }

    private static string ContentType(string file) => Path.GetExtension(file).ToLowerInvariant() switch
    {
        ".html" => "text/html; charset=utf-8",
        ".css" => "text/css; charset=utf-8",
        ".js" => "text/javascript; charset=utf-8",
        ".json" => "application/json",
        ".xml" => "application/xml",
        ".txt" => "text/plain; charset=utf-8",
        ".svg" => "image/svg+xml",
        ".png" => "image/png",
        ".jpg" or ".jpeg" => "image/jpeg",
        ".webp" => "image/webp",
        ".ico" => "image/x-icon",
        ".woff2" => "font/woff2",
        // Pagefind's index: compressed chunks its script fetches and unpacks itself.
        ".pf_meta" or ".pf_index" or ".pf_fragment" or ".pagefind" => "application/octet-stream",
        _ => "application/octet-stream",
    };
}
