using System.Text.RegularExpressions;

namespace DivergingReports.Deploying;

/// <summary>
/// The Cache-Control a file is served with. Pages, feeds and data change at every build under the
/// same address, so a browser or CDN must ask again each time; a file whose name carries a hash of its
/// bytes never changes under that name and may be kept for a year; anything else (the theme's
/// /assets/style.css, images) for an hour.
/// </summary>
public static partial class CacheRules
{
    public const string Revalidate = "public, max-age=0, must-revalidate";
    public const string Immutable = "public, max-age=31536000, immutable";
    public const string Short = "public, max-age=3600";

    public static string CacheControl(string path)
    {
        var name = ContentKinds.FileName(path);
        var extension = ContentKinds.Extension(name);
        if (extension is ".html" or ".htm" or ".xml" or ".json" or ".txt" || name == "CNAME") return Revalidate;
        return IsFingerprinted(path) ? Immutable : Short;
    }

    /// <summary>
    /// A name that carries a hash of the file's bytes: Pagefind's chunks (pagefind/fragment/en_3a8c2f1.pf_fragment,
    /// pagefind/pagefind.en_5d0e7b2c1a.pf_meta) and any asset named like style.3f2a9c1d.css or app-3f2a9c1d4b.js (hex digits and letters both:
    /// photo-20250703.jpg is a date, not a hash).
    /// Pagefind's entry files (pagefind.js, pagefind-entry.json, wasm.en.pagefind) keep their names from build to build.
    /// </summary>
    public static bool IsFingerprinted(string path)
    {
        var name = ContentKinds.FileName(path);
        var extension = ContentKinds.Extension(name);
        if (extension is ".pf_fragment" or ".pf_index" or ".pf_meta" or ".pf_filter") return true;
        return HashedName().IsMatch(name);
    }

    [GeneratedRegex(@"[._-](?=[0-9a-f]*[a-f])(?=[0-9a-f]*[0-9])[0-9a-f]{8,64}\.[A-Za-z0-9]+$")]
    private static partial Regex HashedName();
}
