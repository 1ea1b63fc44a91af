namespace DivergingReports.Planning;

/// <summary>
/// Every address the site links to. Links are written from the site's root path (which carries
/// base_url's sub-path on a GitHub Pages project site), so they work from any page, the 404 page included.
/// </summary>
public sealed class SiteUrls
{
    public SiteUrls(Uri baseUrl)
    {
        BaseUrl = baseUrl;
        BasePath = baseUrl.AbsolutePath.EndsWith('/') ? baseUrl.AbsolutePath : baseUrl.AbsolutePath + "/";
    }

    public Uri BaseUrl { get; }

    /// <summary>The site's root path: "/" or "/diverging-reports/".</summary>
    public string BasePath { get; }

    /// <summary>A link from the site's root path, for a site-relative address such as "stories/x/".</summary>
    public string Path(string relative) => BasePath + relative.TrimStart('/');

    /// <summary>An absolute address, for feeds, the sitemap, canonical and Open Graph URLs.</summary>
    public string Absolute(string relative) => new Uri(BaseUrl, relative.TrimStart('/')).AbsoluteUri;

    public static string Home => "";
    public static string HomePage(int page) => Paged(Home, page);
    /// <summary>Page <paramref name="page"/> of a listing: the listing itself for the first, then listing/page/N/.</summary>
    public static string Paged(string listing, int page) => page <= 1 ? listing : $"{listing}page/{page}/";
    /// <summary>How many pages <paramref name="count"/> stories take, <paramref name="size"/> to a page; one for none.</summary>
    public static int PageCount(int count, int size) => Math.Max(1, (count + size - 1) / size);
    public static string Story(string slug) => $"stories/{slug}/";
    public static string StoryData(string slug) => $"stories/{slug}/index.json";
    public static string Sources => "sources/";
    public static string Source(string id) => $"sources/{id}/";
    public static string Countries => "countries/";
    public static string Country(string code) => $"countries/{code.ToLowerInvariant()}/";
    public static string Tags => "tags/";
    public static string Tag(string tag) => $"tags/{tag}/";
    public static string Blindspots => "blindspots/";
    public static string Page(string id) => $"{id}/";
    public static string Feed(string listing) => listing + "feed.xml";
    public static string Asset(string file) => "assets/" + file;
    public static string Search => "search/";
    /// <summary>The folder Pagefind writes the search index into (pagefind.js and its chunks).</summary>
    public static string SearchIndex => "pagefind/";
}
