using AngleSharp.Dom;
using DivergingReports.Building;
using DivergingReports.Planning;
using DivergingReports.Rendering.Templates;
using DivergingReports.Tests.Support;

namespace DivergingReports.Tests.Publishing;

/// <summary>
/// What search adds to the pages, read back by parsing them: the masthead's form and the search
/// page (only when the site has search), and the attributes that tell Pagefind what to index and
/// how to file it. Built in-process without Pagefind: these are the pages Pagefind would read.
/// </summary>
public class SearchPageTests : IDisposable
{
    private const string BaseUrl = "https://example.org/sub/path/";
    private readonly TestProject _project = new();

    public SearchPageTests()
    {
        // One card a page (five entries a page on a country or a tag), and six stories tagged talks, so
        // that a country, a tag and the home page have a page/2/.
        _project.Write("site.yml", TestProject.SiteYml + "\npaginate: 1\n");
        _project.Write("content/pages/about.md", "---\ntitle: About us\n---\n\nWe compare reports.\n");
        foreach (var (word, day) in new[] { ("vote", "01"), ("poll", "02"), ("count", "04"), ("recount", "05"), ("result", "06") })
        {
            var date = $"2025-07-{day}";
            _project.Write($"content/articles/alpha-{word}.md", TestProject.AlphaArticle.Replace("talks", word).Replace("2025/07/03", $"2025/07/{day}").Replace("2025-07-03", date));
            _project.Write($"content/articles/beta-{word}.md", TestProject.BetaArticle.Replace("talks", word).Replace("2025-07-03", date));
            _project.Write($"content/breakdowns/{date}-{word}.yml", TestProject.Story.Replace("The talks", $"The {word}").Replace("alpha-talks", $"alpha-{word}")
                .Replace("beta-talks", $"beta-{word}").Replace("2025-07-03", date).Replace("[talks, diplomacy]", "[talks]"));
        }
    }

    public void Dispose() => _project.Dispose();

    [Fact]
    public void With_search_every_page_has_a_search_form_that_leads_to_the_search_page_under_the_sub_path()
    {
        var site = Render(search: true);
        Assert.True(site.Exists("search/index.html"), "no search page");
        var pages = site.HtmlFiles().Where(p => p != "search/index.html").ToArray();
        Assert.True(pages.Length > 15, $"only {pages.Length} pages");
        foreach (var page in pages)
        {
            var form = site.Html(page).QuerySelector("header.masthead form[role=search]");
            Assert.True(form is not null, $"{page}: no search form in the masthead");
            AssertPlainSearchForm(form, page);
        }
        // The search page has its own form, pre-filled by its script, instead of a second one above it.
        Assert.Single(site.Html("search/index.html").QuerySelectorAll("form[role=search]"));
    }

    [Fact]
    public void Without_search_there_is_no_search_form_and_no_search_page()
    {
        var site = Render(search: false);
        Assert.False(site.Exists("search/index.html"));
        foreach (var page in site.HtmlFiles())
            Assert.True(site.Html(page).QuerySelector("form[role=search], input[type=search]") is null, $"{page} has a search form");
    }

    [Fact]
    public void The_search_page_without_javascript_has_the_form_and_leads_to_the_lists_of_stories()
    {
        var doc = Render(search: true).Html("search/index.html");
        Assert.Equal("Search", doc.QuerySelector("h1")?.TextContent.Trim());
        AssertPlainSearchForm(doc.QuerySelector("main form[role=search]"), "search/index.html");

        var fallback = doc.QuerySelector("[data-search-fallback]")!;
        Assert.False(fallback.HasAttribute("hidden"), "the note for readers without JavaScript is hidden");
        Assert.Contains("needs JavaScript", fallback.TextContent);
        Assert.Equal(["/sub/path/", "/sub/path/sources/", "/sub/path/countries/", "/sub/path/tags/"],
            fallback.QuerySelectorAll("a").Select(a => a.GetAttribute("href")));

        // The filters need the index: hidden, and left out of a form sent without the script.
        var filters = doc.QuerySelector("[data-search-filters]")!;
        Assert.True(filters.HasAttribute("hidden") && filters.HasAttribute("disabled"));
        Assert.Equal(["outlet", "country", "tag", "sort"], filters.QuerySelectorAll("select").Select(s => s.GetAttribute("name")));

        // Pagefind is looked for under the sub-path, by the one script, which is a file (no inline script).
        Assert.Equal("/sub/path/pagefind/", doc.QuerySelector("[data-search-index]")?.GetAttribute("data-search-index"));
        Assert.Equal("/sub/path/", doc.QuerySelector("[data-search-index]")?.GetAttribute("data-search-base"));
        var script = Assert.Single(doc.QuerySelectorAll("script"));
        Assert.Equal("/sub/path/assets/search.js", script.GetAttribute("src"));
        Assert.True(Render(search: true).Exists("assets/search.js"));
    }

    [Fact]
    public void The_story_page_is_indexed_with_its_outlets_countries_tags_and_date()
    {
        var doc = Render(search: true).Html("stories/talks/index.html");
        var body = Assert.Single(doc.QuerySelectorAll("[data-pagefind-body]"));
        Assert.Contains("kind:Story", Metas(body));
        Assert.Equal(["Alpha News", "Beta Post"], Filter(doc, "outlet"));
        Assert.Equal(["Norway", "United States"], Filter(doc, "country"));
        Assert.Equal(["diplomacy", "talks"], Filter(doc, "tag"));

        var date = Assert.Single(doc.QuerySelectorAll("[data-pagefind-meta=date]"));
        Assert.Equal("3 July 2025", date.TextContent.Trim());
        var sort = Assert.Single(doc.QuerySelectorAll("[data-pagefind-sort]"));
        Assert.Equal("date[datetime]", sort.GetAttribute("data-pagefind-sort"));
        Assert.Equal("2025-07-03", sort.GetAttribute("datetime"));
    }

    [Fact]
    public void The_story_page_indexes_what_was_written_and_leaves_out_labels_and_counts()
    {
        var doc = Render(search: true).Html("stories/talks/index.html");
        foreach (var indexed in new[] { "h1", ".story-summary .prose", ".divergence-table tbody", ".agreements__list", ".report__headline", ".report__breakdown .prose", ".report__body" })
            Assert.All(doc.QuerySelectorAll(indexed).DefaultIfEmpty(), e => Assert.True(e is not null && Indexed(e), $"{indexed} is not indexed"));
        foreach (var left in new[] { ".prompt", ".glance", ".report-index", ".text-comparison", ".story-foot__data" })
            Assert.All(doc.QuerySelectorAll(left).DefaultIfEmpty(), e => Assert.True(e is not null && !Indexed(e), $"{left} is indexed"));

        // The reports' own texts weigh less than the editors' words.
        var texts = doc.QuerySelectorAll(".report__body");
        Assert.Equal(2, texts.Length);
        Assert.All(texts, t => Assert.Equal("0.5", t.GetAttribute("data-pagefind-weight")));
        Assert.Contains("The talks lasted an hour", texts[0].TextContent);
    }

    [Fact]
    public void The_source_page_indexes_the_outlet_not_its_list_of_articles()
    {
        var doc = Render(search: true).Html("sources/alpha/index.html");
        var body = Assert.Single(doc.QuerySelectorAll("[data-pagefind-body]"));
        Assert.Contains("kind:Outlet", Metas(body));
        Assert.Equal(["Alpha News"], Filter(doc, "outlet"));
        Assert.Equal(["Norway"], Filter(doc, "country"));
        Assert.True(Indexed(doc.QuerySelector("h1")!) && Indexed(doc.QuerySelector(".source-card")!));
        var articles = doc.QuerySelector(".article-list")!;
        Assert.Contains("Alpha reports the talks", articles.TextContent);
        Assert.False(Indexed(articles), "the outlet's articles are indexed: every outlet would match every story's words");
    }

    [Fact]
    public void A_country_and_a_tag_are_indexed_by_their_first_page_only()
    {
        var site = Render(search: true);
        foreach (var (listing, filter, name) in new[] { ("countries/no/", "country", "Norway"), ("tags/talks/", "tag", "talks") })
        {
            var first = site.Html(listing + "index.html");
            var body = Assert.Single(first.QuerySelectorAll("[data-pagefind-body]"));
            Assert.Contains($"kind:{char.ToUpperInvariant(filter[0])}{filter[1..]}", Metas(body));
            Assert.Equal([name], Filter(first, filter));
            Assert.Equal(name, body.QuerySelector("h1")?.TextContent.Trim());
            Assert.Empty(body.QuerySelectorAll(".card-list")); // the heading and intro, not the stories
            Assert.Empty(site.Html(listing + "page/2/index.html").QuerySelectorAll("[data-pagefind-body], [data-pagefind-filter]"));
        }
    }

    [Fact]
    public void A_free_page_is_indexed_as_a_page()
    {
        var body = Assert.Single(Render(search: true).Html("about/index.html").QuerySelectorAll("[data-pagefind-body]"));
        Assert.Contains("kind:Page", Metas(body));
        Assert.Contains("We compare reports.", body.TextContent);
    }

    [Fact]
    public void The_home_page_the_lists_the_404_page_and_the_search_page_are_never_indexed()
    {
        var site = Render(search: true);
        var indexed = site.HtmlFiles().Where(p => site.Html(p).QuerySelector("[data-pagefind-body]") is not null).ToArray();
        Assert.Equal(
            ["about/index.html", "countries/no/index.html", "countries/us/index.html", "sources/alpha/index.html", "sources/beta/index.html",
             "stories/count/index.html", "stories/poll/index.html", "stories/recount/index.html", "stories/result/index.html",
             "stories/talks/index.html", "stories/vote/index.html", "tags/diplomacy/index.html", "tags/talks/index.html"],
            indexed);
    }

    /// <summary>A GET form to the search page under the sub-path, with a labelled q and a submit button: it works before any script.</summary>
    private static void AssertPlainSearchForm(IElement? form, string page)
    {
        Assert.True(form is not null, $"{page}: no search form");
        Assert.Equal("/sub/path/search/", form.GetAttribute("action"));
        Assert.Equal("get", form.GetAttribute("method"));
        var input = form.QuerySelector("input[type=search][name=q]");
        Assert.True(input is not null, $"{page}: no search box named q");
        var label = form.QuerySelector($"label[for='{input.Id}']");
        Assert.False(string.IsNullOrWhiteSpace(label?.TextContent), $"{page}: the search box has no label");
        Assert.True(form.QuerySelector("button[type=submit]") is not null, $"{page}: no submit button");
    }

    private static bool Indexed(IElement element) =>
        element.Closest("[data-pagefind-body]") is not null && element.Closest("[data-pagefind-ignore]") is null;

    private static string[] Metas(IElement element) => (element.GetAttribute("data-pagefind-meta") ?? "").Split(',', StringSplitOptions.TrimEntries);

    /// <summary>The values a page gives a filter, from the text of the elements that name it, in order without repeats.</summary>
    private static string[] Filter(IDocument doc, string name) =>
        doc.QuerySelectorAll($"[data-pagefind-filter='{name}']").Select(e => e.TextContent.Trim()).Distinct().Order(StringComparer.Ordinal).ToArray();

    /// <summary>The site as the build's pipeline makes it (no Pagefind), written to a folder of the project.</summary>
    private BuiltSite Render(bool search)
    {
        var folder = _project.PathOf(search ? "_with_search" : "_without_search");
        if (!Directory.Exists(folder))
        {
            var prepared = new SitePipeline(_project.Paths, new BuildOptions(BaseUrl: new Uri(BaseUrl), Search: search), ScribanTemplateSet.Load).Prepare();
            Assert.True(prepared.Files is not null, string.Join("\n", prepared.Diagnostics));
            foreach (var file in prepared.Files)
            {
                var path = Path.Combine(folder, file.Path);
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                File.WriteAllBytes(path, file.Bytes());
            }
        }
        return new BuiltSite(folder, new Uri(BaseUrl));
    }
}
