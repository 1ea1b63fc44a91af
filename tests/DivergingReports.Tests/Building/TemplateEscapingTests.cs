using DivergingReports.Tests.Support;

namespace DivergingReports.Tests.Building;

/// <summary>
/// The theme escapes what it writes: a hostile string in any field an editor or a pasted article
/// can set reaches every page of every template (layout, page templates, partials) as text — never
/// as an element, an attribute or a template instruction.
/// </summary>
public class TemplateEscapingTests
{
    // Closes a quoted attribute and opens an element; carries Scriban's own syntax, the characters
    // old browsers read as attribute delimiters (` and =), and a control character (BEL, \a in YAML).
    private const string Yaml = "\\\"'><x-injected data-injected=1>{{ title }}`=\\a";

    /// <summary>What a reader must see of it: the same, as text, without the control character.</summary>
    private const string Shown = "\"'><x-injected data-injected=1>{{ title }}`=";

    private static TestProject HostileProject()
    {
        var project = new TestProject();
        project.Write("site.yml", $"""
            title: "Reports {Yaml}"
            description: "About {Yaml}"
            base_url: https://example.org/test/
            question: "Asked {Yaml}"
            spectrum: [left, center, right]
            """);
        // Both outlets from one country: the story is a blindspot, so the blindspots page shows it too.
        project.Write("content/sources/alpha.yml", $"""
            name: "Alpha {Yaml}"
            homepage: https://www.alpha.example/
            country: NO
            lean: left
            description: "Alpha's *own* {Yaml}"
            facts: {"{"} "Owner {Yaml}": "Owned {Yaml}" {"}"}
            """);
        project.Write("content/sources/beta.yml", $"""
            name: "Beta {Yaml}"
            domains: [beta.example]
            country: NO
            """);
        project.Write("content/articles/alpha-talks.md", $"""
            ---
            title: "Alpha headline {Yaml}"
            url: https://www.alpha.example/2025/07/03/talks/
            published: 2025-07-03
            author: "Ann {Yaml}"
            ---

            The talks lasted an hour, "officials {Shown.Replace("\"", "")}" said.
            """);
        project.Write("content/breakdowns/2025-07-03-talks.yml", $"""
            title: "The talks {Yaml}"
            date: 2025-07-03
            updated: 2025-07-04
            tags: [talks]
            question: "Story question {Yaml}"
            summary: "Two delegations {Yaml}"
            reports:
              - article: alpha-talks
                summary: "Alpha breakdown {Yaml}"
              - article: beta-talks
                summary: "Beta breakdown {Yaml}"
            divergences:
              - topic: "Topic {Yaml}"
                positions:
                  alpha: "Position {Yaml}"
            agreements:
              - "Agreed {Yaml}"
            """);
        project.Write("content/pages/about.md", $"""
            ---
            title: "About {Yaml}"
            description: "Page description {Yaml}"
            ---

            About {Shown}
            """);
        return project;
    }

    [Fact]
    public void A_hostile_string_in_every_field_reaches_every_page_as_text_only()
    {
        using var project = HostileProject();
        var site = project.Build();
        var pages = site.HtmlFiles().ToArray();
        // Every kind of page, so every template, partial and the layout write some of it.
        foreach (var expected in new[] { "index.html", "stories/talks/index.html", "sources/index.html", "sources/alpha/index.html",
                     "countries/index.html", "countries/no/index.html", "tags/index.html", "tags/talks/index.html", "blindspots/index.html",
                     "about/index.html", "404.html" })
            Assert.Contains(expected, pages);

        foreach (var page in pages)
        {
            var text = site.Text(page);
            var doc = site.Html(page);
            Assert.Empty(doc.GetElementsByTagName("x-injected"));
            Assert.DoesNotContain(doc.All, e => e.HasAttribute("data-injected"));
            Assert.DoesNotContain('\a', text);
            // The layout writes the site's title in every page's <title> and masthead: as text, whole.
            Assert.Contains("Reports " + Shown, doc.Title);
            Assert.Contains("x-injected", doc.Body!.TextContent);
        }

        var story = site.Html("stories/talks/index.html");
        var main = story.QuerySelector("main")!.TextContent;
        foreach (var field in new[] { "The talks ", "Story question ", "Two delegations ", "Alpha breakdown ", "Beta breakdown ", "Topic ", "Position ",
                     "Agreed ", "Alpha headline ", "Ann ", "Alpha " })
            Assert.Contains(field + Shown, main);
        // Template syntax in content is shown, never run.
        Assert.DoesNotContain("The talks The talks", main);
        var source = site.Html("sources/alpha/index.html").QuerySelector("main")!.TextContent;
        foreach (var field in new[] { "Alpha ", "Owner ", "Owned " })
            Assert.Contains(field + Shown, source);
        Assert.Contains("About " + Shown, site.Html("about/index.html").QuerySelector("main")!.TextContent);
        Assert.Contains("Page description " + Shown, site.Html("about/index.html").QuerySelector("meta[name=description]")!.GetAttribute("content"));
    }

    [Fact]
    public void A_theme_of_the_publications_own_escapes_what_it_writes_too()
    {
        using var project = HostileProject();
        // A template that writes fields in odd places: inside an attribute, through a function, in a variable, in a partial of its own.
        project.Write("templates/partials/mine.sbn", "<span title=\"{{ $value }}\">{{ $value | string.upcase }}</span>");
        project.Write("templates/page.sbn", """
            <h1 data-title="{{ title }}">{{ title }}</h1>
            {{ x = title + "!" }}<p>{{ x }}</p>
            {{ include 'mine' value: title }}
            <p>{{ title | html.escape }}</p>
            {{ body_html }}
            """);
        var site = project.Build();
        var main = site.Html("about/index.html").QuerySelector("main")!;
        Assert.Empty(main.GetElementsByTagName("x-injected"));
        Assert.Empty(main.QuerySelectorAll("[data-injected]"));
        Assert.Equal("About " + Shown, main.QuerySelector("h1")!.GetAttribute("data-title"));
        Assert.Equal("About " + Shown, main.QuerySelector("h1")!.TextContent);
        Assert.Equal("About " + Shown + "!", main.QuerySelectorAll("p")[0].TextContent);
        Assert.Equal(("About " + Shown).ToUpperInvariant(), main.QuerySelector("span")!.TextContent);
        Assert.Equal("About " + Shown, main.QuerySelector("span")!.GetAttribute("title"));
        // html.escape escapes once: the reader sees the text, not entities.
        Assert.Equal("About " + Shown, main.QuerySelectorAll("p")[1].TextContent);
    }
}
