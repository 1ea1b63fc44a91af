namespace DivergingReports.Rendering.Pages;

/// <summary>
/// One kind of file of the site (the home page, story pages, …). Each kind says once which files
/// it makes and which stories each shows; the whole site and the files an edit touches both come
/// from that one definition.
/// </summary>
public abstract class PageKind
{
    /// <summary>Every file of this kind, in the site's order.</summary>
    public IEnumerable<SiteFile> All(PageMaker site) => Files(site, null);

    /// <summary>The files of this kind that show one of <paramref name="changed"/>: after an edit that keeps the site's shape, no other can change.</summary>
    public IEnumerable<SiteFile> Showing(PageMaker site, ShownStories changed) => Files(site, changed);

    /// <summary>The files of this kind; with <paramref name="changed"/>, only those that show one of its stories.</summary>
    protected abstract IEnumerable<SiteFile> Files(PageMaker site, ShownStories? changed);
}
