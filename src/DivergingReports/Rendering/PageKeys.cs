using System.Collections.Concurrent;
using DivergingReports.Content;
using DivergingReports.Planning;
using DivergingReports.Rendering.Templates;

namespace DivergingReports.Rendering;

/// <summary>
/// For each file of the site, one hash of everything it is made from: the content files it shows
/// (by the hashes of their bytes), the settings, the templates it is made with and the program. Equal keys mean
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
    private readonly ITemplateSet _templates;
    private readonly ConcurrentDictionary<PlannedStory, UInt128> _digests;
    private readonly ConcurrentDictionary<string, UInt128> _templateKeys = new(StringComparer.Ordinal);

    /// <param name="siteWide">What every file depends on: the program, the options and site.yml.</param>
    /// <param name="templates">The theme's templates, which say what theme files each page depends on.</param>
    /// <param name="earlier">
    /// The keys of an earlier plan that this one shares its unchanged stories with, over the same
    /// hashes of their files (serve's quick path): the digests of those stories are reused.
    /// </param>
    public PageKeys(SitePlan plan, ContentHashes hashes, UInt128 siteWide, ITemplateSet templates, PageKeys? earlier = null)
    {
        _digests = earlier?._digests ?? new(ReferenceEqualityComparer.Instance);
        _plan = plan;
        _hashes = hashes;
        _templates = templates;
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
            // A sum over the files, each its path's hash mixed with its content's: the same whatever order
            // the files were read in, with no sort.
            var sum = UInt128.Zero;
            foreach (var (path, hash) in hashes.All)
                sum += System.IO.Hashing.XxHash128.HashToUInt128(System.Runtime.InteropServices.MemoryMarshal.AsBytes(path.AsSpan())) ^ hash;
            return new KeyBuilder().Add(_siteWide).Add(sum).Add(hashes.All.Count).Hash;
        });
    }

    /// <summary>
    /// This build of divrep: its own code, the libraries it renders with (Markdig, Scriban, …)
    /// and the .NET runtime. Another version of any of them may render other bytes from the same files.
    /// </summary>
    public static UInt128 Program { get; } = ProgramKey();

    /// <summary>The program and the options: pages made by another build of divrep, or with other options, are made again.</summary>
    public static UInt128 Options(BuildOptions options) =>
        new KeyBuilder().Add(Program).Add(options.Drafts ? "drafts" : "").Add(options.BaseUrl?.AbsoluteUri ?? "").Add(options.Search ? "search" : "").Hash;

    private static UInt128 ProgramKey()
    {
        var self = typeof(PageKeys).Assembly;
        var key = new KeyBuilder().Add(self.ManifestModule.ModuleVersionId.ToString()).Add(Environment.Version.ToString());
        foreach (var name in self.GetReferencedAssemblies().OrderBy(n => n.FullName, StringComparer.Ordinal))
        {
            try
            {
                key.Add(System.Reflection.Assembly.Load(name).ManifestModule.ModuleVersionId.ToString());
            }
            catch (Exception e) when (e is IOException or BadImageFormatException)
            {
                key.Add(name.FullName); // not loadable here: its name and version still tell versions apart
            }
        }
        return key.Hash;
    }

    /// <summary>What every file is made from: the program and options, and site.yml.</summary>
    public static UInt128 SiteWide(UInt128 options, UInt128 siteFile) => new KeyBuilder().Add(options).Add(siteFile).Hash;

    /// <summary>
    /// What a page made with template <paramref name="name"/> depends on among the theme's files, as
    /// the template set tells: the layout, its own template and the partials they include, each the
    /// publication's own or the built-in one. An edit of the story template thus renders the story
    /// pages again, and not the listings.
    /// </summary>
    public UInt128 Template(string name) => _templateKeys.GetOrAdd(name, n =>
    {
        var key = new KeyBuilder().Add(n);
        foreach (var file in _templates.FilesOf(n)) key.Add(file.Path).Add(file.Hash);
        return key.Hash;
    });

    /// <summary>The key of a page made with template <paramref name="name"/> from inputs whose key is <paramref name="inputs"/>.</summary>
    public UInt128 Page(UInt128 inputs, string name) => new KeyBuilder().Add(inputs).Add(Template(name)).Hash;

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

    /// <summary>A file that depends on the settings only (robots.txt, .nojekyll).</summary>
    public UInt128 SiteWide(string path) => new KeyBuilder().Add(path).Add(_siteWide).Hash;

    /// <summary>A file of the theme's assets/, copied as it is.</summary>
    public UInt128 Asset(string path, ThemeFile file) => new KeyBuilder().Add(path).Add(_siteWide).Add(file.Path).Add(file.Hash).Hash;

    /// <summary>A file that draws on the whole publication.</summary>
    public UInt128 Everything(string path) => new KeyBuilder().Add(path).Add(_everything.Value).Hash;

    // By the planned story itself, not its slug: a story planned again (after an edit) is digested again.
    private UInt128 Digest(PlannedStory story) => _digests.GetOrAdd(story, s =>
    {
        var key = new KeyBuilder().Add(s.Story.At.Path).Add(_hashes.Of(s.Story.At.Path));
        foreach (var report in s.Reports)
            key.Add(report.Article.At.Path).Add(_hashes.Of(report.Article.At.Path)).Add(report.Source.At.Path).Add(_hashes.Of(report.Source.At.Path));
        return key.Hash;
    });

    private static string Hex(UInt128 hash) => hash.ToString("X32", System.Globalization.CultureInfo.InvariantCulture);
}
