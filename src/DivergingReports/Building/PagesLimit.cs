using DivergingReports.Diagnostics;

namespace DivergingReports.Building;

/// <summary>
/// GitHub Pages refuses a site over 1 GB. GitHub does not say whether it means 10⁹ or 2³⁰ bytes: the
/// smaller is taken, so that a warning comes too early rather than too late.
/// </summary>
public static class PagesLimit
{
    public const long Bytes = 1_000_000_000;

    /// <summary>A site past this share of the limit is warned about: the next stories may take it over.</summary>
    public const double WarnAt = 0.8;

    /// <summary>
    /// The warning for a site past 80 % of <paramref name="limit"/> (tests pass a small one), null for a
    /// smaller site. With <paramref name="strict"/>, a site over the limit itself is an error: Pages would refuse it.
    /// </summary>
    public static Diagnostic? Check(SiteSize size, string folder, long limit = Bytes, bool strict = false)
    {
        if (size.Bytes < limit * WarnAt) return null;
        var over = size.Bytes > limit;
        var share = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{100.0 * size.Bytes / limit:0}");
        var message = over
            ? $"the site is {SiteSize.Readable(size.Bytes)}, over the {SiteSize.Readable(limit)} GitHub Pages accepts: Pages would refuse it"
            : $"the site is {SiteSize.Readable(size.Bytes)}, {share} % of the {SiteSize.Readable(limit)} GitHub Pages accepts";
        const string hint = "GitHub Pages refuses sites over 1 GB; see what is largest with divrep build --stats, leave open_data: full out of site.yml "
            + "(the story data then holds no full texts), or publish to S3-compatible storage with divrep deploy";
        return new Diagnostic(strict && over ? Severity.Error : Severity.Warning, DiagnosticCode.SiteTooLargeForPages.Id, FileLocation.StartOf(folder), message, hint);
    }

    /// <summary><paramref name="diagnostics"/>, and after them what <see cref="Check"/> says of a site of <paramref name="size"/> (nothing when there is no site).</summary>
    public static IReadOnlyList<Diagnostic> Add(IReadOnlyList<Diagnostic> diagnostics, SiteSize? size, string folder, long limit = Bytes, bool strict = false) =>
        size is not null && Check(size, folder, limit, strict) is { } large ? [.. diagnostics, large] : diagnostics;
}
