using DivergingReports.Planning;
using DivergingReports.Rendering;

namespace DivergingReports.Tests.Rendering;

/// <summary>
/// An editor's one-line prose skips the Markdown parser, and a text with no address in it is parsed
/// without the autolinks: either way its HTML (and an article's plain text) must be what the parser
/// gives with every extension, whatever the text holds.
/// </summary>
public class MarkdownRendererTests
{
    private static readonly MarkdownRenderer Renderer = new(new SiteUrls(new Uri("https://example.org/reports/")));

    [Theory]
    [InlineData("Says 94,000 homes were affected, citing the World Bank.")]
    [InlineData("Zürich's mayor (not the canton) spoke first; 3.5% of voters, £12m.")]
    [InlineData("Calls it a \"ceasefire\" & quotes <nobody>.")]
    [InlineData("Reports \"some aid on offer\"; quotes the minister's \"plan\".")]
    [InlineData("\"Quoted\" first, then prose")]
    [InlineData("Links to www.example.org for the figures.")]
    [InlineData("Cites https://example.org/report directly.")]
    [InlineData("Writes to mailto:desk@example.org or tel:+4712345678.")]
    [InlineData("Uses *emphasis* and _this_ and `code`.")]
    [InlineData("A [link](https://example.org) and ![an image](x.png).")]
    [InlineData("Ends with two spaces  ")]
    [InlineData("Line one\nline two")]
    [InlineData("Col | col\n--- | ---\na | b")]
    [InlineData("1. A numbered point")]
    [InlineData("2024) a year")]
    [InlineData("- A bullet")]
    [InlineData("# A heading")]
    [InlineData("> A quote")]
    [InlineData("    indented code")]
    [InlineData("~~struck~~ and ^sup^ and ++ins++ and ==mark==")]
    [InlineData("Escaped \\* star and &amp; entity")]
    [InlineData("Tab\there")]
    [InlineData("Ends in a no-break space\u00A0")]
    [InlineData("Null\0char")]
    [InlineData("ÉCOLE fermée, 東京 reports, Ω.")]
    [InlineData("Reuters: the ministry said so.")]
    [InlineData("Rated 4/5 by @critics {sic}")]
    public void Prose_is_rendered_as_the_parser_renders_it(string text) =>
        Assert.Equal(Renderer.FullyParsedHtml(text), Renderer.ToHtml(text));

    [Theory]
    [InlineData("He said \"no\" & left <quickly>.")]
    [InlineData("He said \"no\" & left, *twice*: ![the \"no\" sign](/assets/no.png)")]
    public void Quotation_marks_in_text_are_written_as_they_are_and_escaped_inside_an_attribute(string text)
    {
        var html = Renderer.ToHtml(text);
        // Text needs only < and & escaped: an article's quotations do not cost six bytes a mark.
        Assert.Contains("He said \"no\" &amp; left", html);
        var document = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html);
        Assert.StartsWith("He said \"no\" & left", document.Body!.TextContent);
        // An image's alt text is an attribute: its quotation marks are escaped, and it reads back whole.
        if (text.Contains("![", StringComparison.Ordinal)) Assert.Equal("the \"no\" sign", document.QuerySelector("img")!.GetAttribute("alt"));
        Assert.Empty(document.QuerySelectorAll("quickly"));
    }

    [Theory]
    [InlineData("Bell\u0007 and \u001b[2J clear the screen\u0085.")]
    [InlineData("# Heading\u0001\n\n* item\u007f\n")]
    public void Control_characters_do_not_reach_the_page_or_the_comparison(string text)
    {
        static bool Control(char c) => char.IsControl(c) && c is not ('\n' or '\t' or '\r');
        Assert.DoesNotContain(Renderer.ToHtml(text), Control);
        var (html, plain) = Renderer.ToHtmlAndText(text, 4);
        Assert.DoesNotContain(html, Control);
        Assert.DoesNotContain(plain, Control);
        Assert.DoesNotContain(MarkdownRenderer.ToPlainText(text), Control);
        Assert.Contains("clear the screen", Renderer.ToHtml(text + " clear the screen"));
    }

    [Fact]
    public void Random_lines_of_prose_and_markup_are_rendered_as_the_parser_renders_them()
    {
        string[] words = ["the", "Ministry", "said", "94,000", "homes", "www.x.org", "http://a.b", "mailto:x", "Zürich", "(AP)", "3.5%", "it's",
            "*", "_", "`", "[a](b)", "<b>", "&", "\"q\"", "~", "^", "+", "=", "|", "#", "-", "1.", "\\", ":", ";", "—", "\u00A0", "\t", "\n", "  "];
        var random = new Random(20261122);
        for (var i = 0; i < 5000; i++)
        {
            var text = string.Join(random.Next(4) == 0 ? "" : " ", Enumerable.Range(0, random.Next(1, 12)).Select(_ => words[random.Next(words.Length)]));
            Assert.Equal(Renderer.FullyParsedHtml(text), Renderer.ToHtml(text));
        }
    }

    [Theory]
    [InlineData("See http://example.org/a for more.")]
    [InlineData("Or HTTPS://EXAMPLE.ORG/B, in capitals.")]
    [InlineData("Mirrored on ftp://files.example.org/x.")]
    [InlineData("Visit www.example.org today.")]
    [InlineData("Visit WWW.EXAMPLE.ORG today.")]
    [InlineData("Write to mailto:desk@example.org now.")]
    [InlineData("Write to MAILTO:desk@example.org now.")]
    [InlineData("Call tel:+4712345678 or Tel:+4712345679.")]
    [InlineData("(https://example.org/in-brackets) and *www.example.org/emphasised*")]
    [InlineData("No address: it was a wwwhat, an http:/ half, a tel and a mail.")]
    public void An_article_with_or_without_an_address_reads_as_the_parser_reads_it(string line)
    {
        var article = $"{line}\n\nA second paragraph, with *emphasis*, \"quotes\" & a [link](/elsewhere/).\n\n| a | b |\n| --- | --- |\n| 1 | 2 |\n";
        Assert.Equal(Renderer.FullyParsedHtmlAndText(article, 4), Renderer.ToHtmlAndText(article, 4));
        Assert.Equal(Renderer.FullyParsedHtml(article), Renderer.ToHtml(article));
    }

    [Fact]
    public void Random_articles_read_as_the_parser_reads_them()
    {
        string[] words = ["the", "Ministry", "said", "www.x.org", "WWW.Y.ORG", "http://a.b", "HTTPS://C.D/e", "ftp://f.g", "mailto:x@y.z",
            "tel:+12", "TEL:+34", "www", "http", "tel", "mail", "h", "f", "m", "t", "w", ":", "//", "*", "_", "[a](b)", "&", "\"q\"", "\n", "\n\n", "- ", "# "];
        var random = new Random(20261123);
        for (var i = 0; i < 3000; i++)
        {
            var text = string.Join(random.Next(4) == 0 ? "" : " ", Enumerable.Range(0, random.Next(1, 40)).Select(_ => words[random.Next(words.Length)]));
            Assert.Equal(Renderer.FullyParsedHtmlAndText(text, 4), Renderer.ToHtmlAndText(text, 4));
        }
    }
}

/// <summary>"//host/path" is another site at the page's scheme: it is linked as the external address it is, never as a path of this site.</summary>
public class ProtocolRelativeLinkTests
{
    private static readonly MarkdownRenderer Renderer = new(new SiteUrls(new Uri("https://example.org/")));

    [Theory]
    [InlineData("[a](//evil.example/x)")]
    [InlineData("[a](/\\evil.example/x)")]
    [InlineData("[a](<\\\\\\\\evil.example/x>)")] // two escaped backslashes
    public void A_protocol_relative_link_is_an_external_https_link(string markdown)
    {
        var page = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(Renderer.ToHtml("See " + markdown + " now."));
        var link = Assert.Single(page.QuerySelectorAll("a"));
        Assert.Equal("https://evil.example/x", link.GetAttribute("href"));
        Assert.Contains("noopener", link.GetAttribute("rel") ?? "");
    }

    [Fact]
    public void A_protocol_relative_image_is_not_loaded_from_the_other_site_and_a_root_relative_link_stays_on_this_one()
    {
        var page = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(Renderer.ToHtml("![map](//evil.example/i.png) and [alpha](/sources/alpha/)"));
        Assert.Empty(page.QuerySelectorAll("img"));
        Assert.Equal(["https://evil.example/i.png", "/sources/alpha/"], page.QuerySelectorAll("a").Select(a => a.GetAttribute("href")));
    }

    [Fact]
    public void In_the_text_the_comparison_reads_a_wrapped_line_goes_on_and_a_paragraph_begins_a_line()
    {
        var (_, plain) = Renderer.ToHtmlAndText("The minister called it ‘a blank\ncheque’ and said more Patriot\nsystems would come.\n\n— We will not accept this, he said.", 4);
        Assert.Equal(["The minister called it ‘a blank cheque’ and said more Patriot systems would come.", "— We will not accept this, he said."],
            plain.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Equal(["a blank cheque", "We will not accept this"], DivergingReports.Analysis.QuoteFinder.Find(plain).Select(q => q.Text));
    }
}
