using DivergingReports.Planning;
using DivergingReports.Rendering.Views;

namespace DivergingReports.Rendering;

public sealed partial class ViewFactory
{
    public SearchView Search() => new()
    {
        BasePath = Urls.BasePath,
        IndexUrl = Urls.Path(SiteUrls.SearchIndex),
        ScriptUrl = Urls.Path(SiteUrls.Asset("search.js")),
        Lists =
        [
            new LinkView("Latest stories", Urls.Path(SiteUrls.Home)),
            new LinkView("Sources", Urls.Path(SiteUrls.Sources)),
            new LinkView("Countries", Urls.Path(SiteUrls.Countries)),
            new LinkView("Tags", Urls.Path(SiteUrls.Tags)),
        ],
    };
}
