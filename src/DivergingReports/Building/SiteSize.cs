using DivergingReports.Writing;

namespace DivergingReports.Building;

/// <summary>How large a built site is on disk, in all and by kind of file, so that a publication sees what makes it large.</summary>
public sealed record SiteSize(long Bytes, int Files, IReadOnlyList<SiteSize.Part> Parts)
{
    /// <summary>One kind of file: its name as <c>--stats</c> prints it, and its bytes and files.</summary>
    public sealed record Part(string Kind, long Bytes, int Files);

    // The kinds in the order they are printed; a path takes the first that matches, and every path matches the last.
    private static readonly (string Kind, Func<string[], bool> Matches)[] Kinds =
    [
        ("story pages", p => p is ["stories", _, "index.html"]),
        ("story data (JSON)", p => p is ["stories", _, "index.json"]),
        ("feeds", p => p[^1] is "feed.xml" or "atom.xml" or "feed.json"),
        ("home pages", p => p is ["index.html"] or ["page", _, "index.html"]),
        ("source pages", p => p[0] == "sources"),
        ("country pages", p => p[0] == "countries"),
        ("tag pages", p => p[0] == "tags"),
        ("search index", p => p[0] == "pagefind"),
        ("assets", p => p[0] == "assets"),
        ("other pages and files", _ => true),
    ];

    /// <summary>The kind a file of the site belongs to, by its path in the output folder (forward slashes).</summary>
    public static string KindOf(string path)
    {
        var parts = path.Split('/');
        return Kinds.First(k => k.Matches(parts)).Kind;
    }

    /// <summary>The size of the files in <paramref name="folder"/>; zero when it does not exist.</summary>
    public static SiteSize Measure(string folder) => Of(FileStamp.List(folder));

    /// <summary>The size of the listed files, by path relative to the site's folder.</summary>
    public static SiteSize Of(IReadOnlyDictionary<string, FileStamp> files) => Of(files.Select(f => (f.Key, f.Value.Length)));

    /// <summary>The size of the files a build wrote or kept, as its cache records them: the folder need not be listed again.</summary>
    public static SiteSize Of(IReadOnlyDictionary<string, CachedFile> files) => Of(files.Select(f => (f.Key, f.Value.Stamp.Length)));

    private static SiteSize Of(IEnumerable<(string Path, long Length)> files)
    {
        var parts = files.GroupBy(f => KindOf(f.Path))
            .Select(g => new Part(g.Key, g.Sum(f => f.Length), g.Count()))
            .ToDictionary(p => p.Kind);
        return new SiteSize(parts.Values.Sum(p => p.Bytes), parts.Values.Sum(p => p.Files),
            [.. Kinds.Select(k => k.Kind).Where(parts.ContainsKey).Select(k => parts[k])]);
    }

    /// <summary>"12.3 MB": bytes in decimal units (1 MB = 1,000,000 bytes), as GitHub states its limits.</summary>
    public static string Readable(long bytes) => bytes switch
    {
        < 1_000 => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{bytes} B"),
        < 1_000_000 => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{bytes / 1e3:0.0} kB"),
        < 1_000_000_000 => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{bytes / 1e6:0.0} MB"),
        _ => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{bytes / 1e9:0.00} GB"),
    };
}
