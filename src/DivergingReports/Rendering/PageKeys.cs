using System.Collections.Concurrent;
using DivergingReports.Content;
using DivergingReports.Planning;

namespace DivergingReports.Rendering;

/// <summary>
/// For each file of the site, one hash of everything it is made from: the content files it shows
/// (by the hashes of their bytes), the settings, the templates and the program. Equal keys mean
/// equal bytes, so a rebuild renders only the files whose key changed. Erring on the side of a
/// larger key costs a re-render; a missing input would serve a stale page, so when a page draws
/// on the whole publication (indexes, sitemap, the latest feeds) its key covers every file.
/// </summary>
public sealed class PageKeys
{
    private readonly SitePlan _plan;
    private readonly ContentHashes _hashes;
    private readonly UInt128 _siteWide;
    private readonly UInt128 _sources;
    private readonly Lazy<UInt128> _everything;
    private readonly ConcurrentDictionary<string, UInt128> _stories = new(StringComparer.Ordinal);

    /// <param name="siteWide">What every page depends on: the program, the options, site.yml and the templates.</param>
    public PageKeys(SitePlan plan, ContentHashes hashes, UInt128 siteWide)
    {
        _plan = plan;
        _hashes = hashes;
        var navigation = new KeyBuilder().Add(siteWide);
        // Every page's navigation lists the free pages by title.
        foreach (var page in plan.Publication.Pages) navigation.Add(page.Id).Add(page.Title);
        _siteWide = navigation.Hash;
        // Every story's comparison leaves the outlets' own names out of the names it finds.
        var sources = new KeyBuilder();
        foreach (var source in plan.Publication.Sources) sources.Add(hashes.Of(source.At.Path));
        _sources = sources.Hash;
        _everything = new(() =>
        {
            var all = new KeyBuilder().Add(_siteWide);
            foreach (var (path, hash) in hashes.All.OrderBy(x => x.Key, StringComparer.Ordinal)) all.Add(path).Add(hash);
            return all.Hash;
        });
    }

    /// <summary>The program and the options: pages made by another build of divrep, or with other options, are made again.</summary>
    public static UInt128 Options(BuildOptions options) =>
        new KeyBuilder().Add(typeof(PageKeys).Assembly.ManifestModule.ModuleVersionId.ToString()).Add(options.Drafts ? "drafts" : "").Add(options.BaseUrl?.AbsoluteUri ?? "").Hash;

    /// <summary>What every page is made from: the program and options, site.yml and every template.</summary>
    public static UInt128 SiteWide(UInt128 options, UInt128 siteFile, ContentHashes templates)
    {
        var key = new KeyBuilder().Add(options).Add(siteFile);
        foreach (var (path, hash) in templates.All.OrderBy(t => t.Key, StringComparer.Ordinal)) key.Add(path).Add(hash);
        return key.Hash;
    }

    /// <summary>A story's page and its index.json: its breakdown, its articles and their sources.</summary>
    public UInt128 Story(string path, PlannedStory story) => new KeyBuilder().Add(path).Add(_siteWide).Add(_sources).Add(Digest(story)).Hash;

    /// <summary>A page or feed listing <paramref name="stories"/> (their cards), with whatever else it shows in <paramref name="also"/>.</summary>
    public UInt128 Listing(string path, IEnumerable<PlannedStory> stories, params ReadOnlySpan<string> also)
    {
        var key = new KeyBuilder().Add(path).Add(_siteWide);
        foreach (var part in also) key.Add(part);
        foreach (var story in stories) key.Add(Digest(story));
        return key.Hash;
    }

    /// <summary>A source's page and feed: the source and the stories it reports in (its articles are in their digests).</summary>
    public UInt128 Source(string path, Model.Source source, IEnumerable<PlannedStory> stories) =>
        Listing(path, stories, source.At.Path, Hex(_hashes.Of(source.At.Path)),
            source.Country is { } code && _plan.StoriesByCountry.ContainsKey(code) ? "country page" : "");

    /// <summary>A file made from one content file (a free page).</summary>
    public UInt128 Content(string path, string contentPath) => new KeyBuilder().Add(path).Add(_siteWide).Add(contentPath).Add(_hashes.Of(contentPath)).Hash;

    /// <summary>A file that depends on the settings and templates only (robots.txt, assets).</summary>
    public UInt128 SiteWide(string path) => new KeyBuilder().Add(path).Add(_siteWide).Hash;

    /// <summary>A file that draws on the whole publication.</summary>
    public UInt128 Everything(string path) => new KeyBuilder().Add(path).Add(_everything.Value).Hash;

    private UInt128 Digest(PlannedStory story) => _stories.GetOrAdd(story.Slug, _ =>
    {
        var key = new KeyBuilder().Add(story.Story.At.Path).Add(_hashes.Of(story.Story.At.Path));
        foreach (var report in story.Reports)
            key.Add(report.Article.At.Path).Add(_hashes.Of(report.Article.At.Path)).Add(report.Source.At.Path).Add(_hashes.Of(report.Source.At.Path));
        return key.Hash;
    });

    private static string Hex(UInt128 hash) => hash.ToString("X32", System.Globalization.CultureInfo.InvariantCulture);
}
