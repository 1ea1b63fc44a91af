using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using System.Xml.Linq;
using DivergingReports.Rendering.Feeds;

namespace DivergingReports.Tests.Feeds;

public sealed class FeedWriterTests
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";
    private static readonly XNamespace Sm = "http://www.sitemaps.org/schemas/sitemap/0.9";

    private const string HostileTitle = "Officials say \"no\" & 'maybe' <script>alert(1)</script>\u0001 \U0001F600";
    private const string HostileTitleClean = "Officials say \"no\" & 'maybe' <script>alert(1)</script> \U0001F600";
    private const string HostileSummary = "A & B <b>not bold</b>\u0001 end";
    private const string HostileSummaryClean = "A & B <b>not bold</b> end";
    private const string HostileHtml = "<p>Tom &amp; Jerry</p><script>alert(1)</script>\u0001<p>\U0001F30D</p>";
    private const string HostileHtmlClean = "<p>Tom &amp; Jerry</p><script>alert(1)</script><p>\U0001F30D</p>";
    private const string HostileCategory = "war & <peace>\u0001";
    private const string HostileCategoryClean = "war & <peace>";

    private static readonly DateTimeOffset UtcDate = new(2025, 7, 3, 0, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset PlusTwoDate = new(2025, 7, 4, 9, 5, 7, TimeSpan.FromHours(2));
    private static readonly DateTimeOffset MinusDate = new(2025, 1, 5, 23, 30, 0, new TimeSpan(-3, -30, 0));

    private static FeedChannel Channel() => new(
        Title: "Diverging Reports",
        Description: "The same story, told by different outlets.",
        Link: "https://example.org/dr/",
        SelfUrl: "https://example.org/dr/feed.xml",
        Language: "en",
        Items:
        [
            new FeedItem(
                Title: HostileTitle,
                Url: "https://example.org/dr/stories/hostile/",
                Id: "https://example.org/dr/stories/hostile/",
                Published: UtcDate,
                Updated: PlusTwoDate, // the newest update: 07:05:07Z on 4 July
                Summary: HostileSummary,
                ContentHtml: HostileHtml,
                Categories: [HostileCategory, "europe"],
                Author: null),
            new FeedItem(
                Title: "A calm story",
                Url: "https://example.org/dr/stories/calm/",
                Id: "https://example.org/dr/stories/calm/",
                Published: PlusTwoDate,
                Updated: PlusTwoDate.AddHours(-1),
                Summary: "Calm.",
                ContentHtml: "<p>Calm.</p>",
                Categories: [],
                Author: "Jane Editor"),
        ]);

    private static XDocument ParseXml(byte[] bytes)
    {
        // UTF-8 without BOM, "\n" newlines only, ends with a newline.
        Assert.False(bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF, "BOM written");
        var text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes);
        Assert.DoesNotContain('\r', text);
        Assert.EndsWith("\n", text);
        Assert.StartsWith("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n", text);
        return XDocument.Parse(text);
    }

    private static void AssertNoElementNamed(XDocument doc, params string[] names)
    {
        foreach (var name in names)
            Assert.DoesNotContain(doc.Descendants(), e => e.Name.LocalName.Equals(name, StringComparison.OrdinalIgnoreCase));
    }

    private static void AssertAbsoluteHttp(string? url)
    {
        Assert.NotNull(url);
        Assert.True(Uri.TryCreate(url, UriKind.Absolute, out var uri), $"not absolute: {url}");
        Assert.True(uri!.Scheme is "http" or "https", $"not http(s): {url}");
    }

    // ---------- RSS 2.0 ----------

    [Fact]
    public void Rss_has_the_rss_2_structure_and_absolute_links()
    {
        var doc = ParseXml(RssFeed.Write(Channel()));
        var rss = doc.Root!;
        Assert.Equal("rss", rss.Name.LocalName);
        Assert.Equal(XNamespace.None, rss.Name.Namespace);
        Assert.Equal("2.0", (string?)rss.Attribute("version"));
        Assert.Equal(Atom.NamespaceName, (string?)rss.Attribute(XNamespace.Xmlns + "atom"));

        var channel = Assert.Single(rss.Elements("channel"));
        Assert.Equal("Diverging Reports", (string?)channel.Element("title"));
        Assert.Equal("https://example.org/dr/", (string?)channel.Element("link"));
        Assert.Equal("The same story, told by different outlets.", (string?)channel.Element("description"));
        Assert.Equal("en", (string?)channel.Element("language"));
        Assert.Equal("divrep", (string?)channel.Element("generator"));
        // The newest item Updated, with its own offset.
        Assert.Equal("Fri, 04 Jul 2025 09:05:07 +0200", (string?)channel.Element("lastBuildDate"));

        var self = Assert.Single(channel.Elements(Atom + "link"));
        Assert.Equal("https://example.org/dr/feed.xml", (string?)self.Attribute("href"));
        Assert.Equal("self", (string?)self.Attribute("rel"));
        Assert.Equal("application/rss+xml", (string?)self.Attribute("type"));

        var items = channel.Elements("item").ToList();
        Assert.Equal(2, items.Count);
        foreach (var item in items)
        {
            AssertAbsoluteHttp((string?)item.Element("link"));
            var guid = item.Element("guid")!;
            Assert.Equal("true", (string?)guid.Attribute("isPermaLink"));
            Assert.Equal((string?)item.Element("link"), guid.Value);
            AssertAbsoluteHttp(guid.Value);
        }
        AssertAbsoluteHttp((string?)channel.Element("link"));
        AssertAbsoluteHttp((string?)self.Attribute("href"));

        Assert.Equal("https://example.org/dr/stories/hostile/", (string?)items[0].Element("link"));
        Assert.Equal(new[] { HostileCategoryClean, "europe" }, items[0].Elements("category").Select(c => WebUtility.HtmlDecode(c.Value)));
        Assert.Empty(items[1].Elements("category"));
    }

    [Fact]
    public void Rss_pubDate_is_rfc_822_with_the_items_own_offset()
    {
        var items = ParseXml(RssFeed.Write(Channel())).Root!.Element("channel")!.Elements("item").ToList();
        Assert.Equal("Thu, 03 Jul 2025 00:00:00 +0000", (string?)items[0].Element("pubDate"));
        Assert.Equal("Fri, 04 Jul 2025 09:05:07 +0200", (string?)items[1].Element("pubDate"));
    }

    [Fact]
    public void Rss_negative_and_half_hour_offsets_are_written_as_signed_hhmm()
    {
        var channel = Channel() with
        {
            Items = [Channel().Items[1] with { Published = MinusDate, Updated = MinusDate }],
        };
        var item = ParseXml(RssFeed.Write(channel)).Root!.Element("channel")!.Element("item")!;
        Assert.Equal("Sun, 05 Jan 2025 23:30:00 -0330", (string?)item.Element("pubDate"));
    }

    [Fact]
    public void Rss_hostile_text_round_trips_as_text_and_never_as_markup()
    {
        var doc = ParseXml(RssFeed.Write(Channel() with { Title = HostileTitle, Description = HostileCategory }));
        var channel = doc.Root!.Element("channel")!;
        var item = channel.Elements("item").First();
        // RSS leaves open whether a title is text or HTML: read as HTML, the text is still the text,
        // and no '<' is left to open a tag in a reader that renders it.
        foreach (var (element, text) in new[] { (channel.Element("title")!, HostileTitleClean), (channel.Element("description")!, HostileCategoryClean),
            (item.Element("title")!, HostileTitleClean), (item.Element("category")!, HostileCategoryClean) })
        {
            Assert.DoesNotContain('<', element.Value);
            Assert.Equal(text, WebUtility.HtmlDecode(element.Value));
        }
        Assert.Equal(HostileHtmlClean, (string?)item.Element("description"));
        Assert.Empty(item.Element("description")!.Elements());
        AssertNoElementNamed(doc, "script", "b", "p", "peace");
    }

    // ---------- Atom 1.0 ----------

    [Fact]
    public void Atom_has_the_rfc_4287_structure_and_absolute_links()
    {
        var doc = ParseXml(AtomFeed.Write(Channel()));
        var feed = doc.Root!;
        Assert.Equal(Atom + "feed", feed.Name);
        Assert.Equal("en", (string?)feed.Attribute(XNamespace.Xml + "lang"));
        Assert.Equal("Diverging Reports", (string?)feed.Element(Atom + "title"));
        Assert.Equal("The same story, told by different outlets.", (string?)feed.Element(Atom + "subtitle"));
        Assert.Equal("https://example.org/dr/", (string?)feed.Element(Atom + "id"));
        Assert.Equal("divrep", (string?)feed.Element(Atom + "generator"));
        Assert.Equal("2025-07-04T09:05:07+02:00", (string?)feed.Element(Atom + "updated"));

        var links = feed.Elements(Atom + "link").ToDictionary(l => (string)l.Attribute("rel")!, l => (string)l.Attribute("href")!);
        Assert.Equal("https://example.org/dr/", links["alternate"]);
        Assert.Equal("https://example.org/dr/feed.xml", links["self"]);

        var entries = feed.Elements(Atom + "entry").ToList();
        Assert.Equal(2, entries.Count);
        // Nothing outside the Atom namespace (apart from xml:lang).
        Assert.All(doc.Descendants(), e => Assert.Equal(Atom, e.Name.Namespace));

        foreach (var entry in entries)
        {
            var link = Assert.Single(entry.Elements(Atom + "link"));
            Assert.Equal("alternate", (string?)link.Attribute("rel"));
            AssertAbsoluteHttp((string?)link.Attribute("href"));
            AssertAbsoluteHttp((string?)entry.Element(Atom + "id"));
            Assert.Equal("text", (string?)entry.Element(Atom + "summary")!.Attribute("type"));
            Assert.Equal("html", (string?)entry.Element(Atom + "content")!.Attribute("type"));
            Assert.False(string.IsNullOrWhiteSpace((string?)entry.Element(Atom + "author")?.Element(Atom + "name")));
        }

        Assert.Equal("2025-07-03T00:00:00+00:00", (string?)entries[0].Element(Atom + "published"));
        Assert.Equal("2025-07-04T09:05:07+02:00", (string?)entries[0].Element(Atom + "updated"));
        Assert.Equal("2025-07-04T08:05:07+02:00", (string?)entries[1].Element(Atom + "updated"));
        // Author: the channel title when the item has none.
        Assert.Equal("Diverging Reports", (string?)entries[0].Element(Atom + "author")!.Element(Atom + "name"));
        Assert.Equal("Jane Editor", (string?)entries[1].Element(Atom + "author")!.Element(Atom + "name"));
        Assert.Equal(new[] { HostileCategoryClean, "europe" },
            entries[0].Elements(Atom + "category").Select(c => (string)c.Attribute("term")!));
    }

    [Fact]
    public void Atom_hostile_text_round_trips_as_text_and_never_as_markup()
    {
        var doc = ParseXml(AtomFeed.Write(Channel()));
        var entry = doc.Root!.Elements(Atom + "entry").First();
        Assert.Equal(HostileTitleClean, (string?)entry.Element(Atom + "title"));
        Assert.Equal(HostileSummaryClean, (string?)entry.Element(Atom + "summary"));
        Assert.Equal(HostileHtmlClean, (string?)entry.Element(Atom + "content"));
        Assert.Empty(entry.Element(Atom + "content")!.Elements());
        AssertNoElementNamed(doc, "script", "b", "p", "peace");
    }

    [Fact]
    public void Atom_empty_feed_is_dated_at_the_epoch_and_rss_has_no_lastBuildDate()
    {
        var empty = Channel() with { Items = [] };
        var atom = ParseXml(AtomFeed.Write(empty)).Root!;
        Assert.Equal("1970-01-01T00:00:00Z", (string?)atom.Element(Atom + "updated"));
        Assert.Empty(atom.Elements(Atom + "entry"));

        var rss = ParseXml(RssFeed.Write(empty)).Root!.Element("channel")!;
        Assert.Null(rss.Element("lastBuildDate"));
        Assert.Empty(rss.Elements("item"));

        using var json = JsonDocument.Parse(JsonFeed.Write(empty));
        Assert.Equal(0, json.RootElement.GetProperty("items").GetArrayLength());
    }

    // ---------- JSON Feed 1.1 ----------

    [Fact]
    public void Json_feed_has_the_1_1_structure()
    {
        var bytes = JsonFeed.Write(Channel());
        Assert.DoesNotContain((byte)'\r', bytes);
        using var doc = JsonDocument.Parse(bytes);
        var root = doc.RootElement;
        Assert.Equal("https://jsonfeed.org/version/1.1", root.GetProperty("version").GetString());
        Assert.Equal("Diverging Reports", root.GetProperty("title").GetString());
        Assert.Equal("https://example.org/dr/", root.GetProperty("home_page_url").GetString());
        Assert.Equal("https://example.org/dr/feed.xml", root.GetProperty("feed_url").GetString());
        Assert.Equal("The same story, told by different outlets.", root.GetProperty("description").GetString());
        Assert.Equal("en", root.GetProperty("language").GetString());

        var items = root.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(2, items.Count);
        foreach (var item in items)
        {
            AssertAbsoluteHttp(item.GetProperty("id").GetString());
            AssertAbsoluteHttp(item.GetProperty("url").GetString());
        }
        Assert.Equal("2025-07-03T00:00:00+00:00", items[0].GetProperty("date_published").GetString());
        Assert.Equal("2025-07-04T09:05:07+02:00", items[0].GetProperty("date_modified").GetString());
        Assert.Equal(new[] { HostileCategoryClean, "europe" },
            items[0].GetProperty("tags").EnumerateArray().Select(t => t.GetString()));
        Assert.False(items[0].TryGetProperty("authors", out _));
        Assert.Equal("Jane Editor", items[1].GetProperty("authors")[0].GetProperty("name").GetString());
    }

    [Fact]
    public void Json_feed_hostile_text_round_trips_and_is_escaped_in_the_bytes()
    {
        var bytes = JsonFeed.Write(Channel());
        using var doc = JsonDocument.Parse(bytes);
        var item = doc.RootElement.GetProperty("items")[0];
        Assert.Equal(HostileTitleClean, item.GetProperty("title").GetString());
        Assert.Equal(HostileSummaryClean, item.GetProperty("summary").GetString());
        Assert.Equal(HostileHtmlClean, item.GetProperty("content_html").GetString());
        // The default encoder escapes < > & — no raw "<script" in the file.
        var text = Encoding.UTF8.GetString(bytes);
        Assert.DoesNotContain("<script", text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain('\u0001', text);
    }

    // ---------- Sitemap and robots ----------

    [Fact]
    public void Sitemap_lists_urls_with_optional_lastmod()
    {
        var bytes = Sitemap.Write(
        [
            new SitemapEntry("https://example.org/dr/", PlusTwoDate),
            new SitemapEntry("https://example.org/dr/stories/a?x=1&y=<2>/", null),
            new SitemapEntry("https://example.org/dr/stories/b/", UtcDate),
        ]);
        var doc = ParseXml(bytes);
        Assert.Equal(Sm + "urlset", doc.Root!.Name);
        var urls = doc.Root.Elements(Sm + "url").ToList();
        Assert.Equal(3, urls.Count);
        Assert.Equal("https://example.org/dr/", (string?)urls[0].Element(Sm + "loc"));
        Assert.Equal("2025-07-04T09:05:07+02:00", (string?)urls[0].Element(Sm + "lastmod"));
        Assert.Equal("https://example.org/dr/stories/a?x=1&y=<2>/", (string?)urls[1].Element(Sm + "loc"));
        Assert.Null(urls[1].Element(Sm + "lastmod"));
        Assert.Equal("2025-07-03T00:00:00+00:00", (string?)urls[2].Element(Sm + "lastmod"));
        Assert.All(urls, u => AssertAbsoluteHttp((string?)u.Element(Sm + "loc")));
        Assert.Equal(bytes, Sitemap.Write(
        [
            new SitemapEntry("https://example.org/dr/", PlusTwoDate),
            new SitemapEntry("https://example.org/dr/stories/a?x=1&y=<2>/", null),
            new SitemapEntry("https://example.org/dr/stories/b/", UtcDate),
        ]));

        var empty = ParseXml(Sitemap.Write([]));
        Assert.Empty(empty.Root!.Elements());
    }

    [Fact]
    public void Robots_allows_all_and_points_at_the_sitemap()
    {
        var bytes = Robots.Write("https://example.org/dr/sitemap.xml");
        Assert.Equal("User-agent: *\nAllow: /\n\nSitemap: https://example.org/dr/sitemap.xml\n", Encoding.UTF8.GetString(bytes));
        Assert.NotEqual(0xEF, bytes[0]);
    }

    [Theory]
    [InlineData("/dr/sitemap.xml")]
    [InlineData("sitemap.xml")]
    [InlineData("javascript:alert(1)")]
    [InlineData("file:///etc/passwd")]
    [InlineData("https://example.org/sitemap.xml\nDisallow: /")]
    [InlineData("")]
    public void Non_absolute_or_non_http_urls_are_refused(string url)
    {
        Assert.Throws<ArgumentException>(() => Robots.Write(url));
        Assert.Throws<ArgumentException>(() => Sitemap.Write([new SitemapEntry(url, null)]));
        Assert.Throws<ArgumentException>(() => RssFeed.Write(Channel() with { SelfUrl = url }));
        Assert.Throws<ArgumentException>(() => AtomFeed.Write(Channel() with { Link = url }));
        var item = Channel().Items[1] with { Url = url };
        Assert.Throws<ArgumentException>(() => JsonFeed.Write(Channel() with { Items = [item] }));
    }

    // ---------- XmlText ----------

    [Fact]
    public void XmlText_removes_only_characters_xml_cannot_carry()
    {
        Assert.Equal("", XmlText.Clean(null));
        Assert.Equal("a\tb\nc\rd \U0001F600 é", XmlText.Clean("a\tb\nc\rd \U0001F600 é"));
        Assert.Equal("ab", XmlText.Clean("a\u0000\u0001\u001Fb"));
        Assert.Equal("ab", XmlText.Clean("a\uD83Db"));       // lone high surrogate
        Assert.Equal("ab", XmlText.Clean("a\uDE00b"));       // lone low surrogate
        Assert.Equal("a", XmlText.Clean("a\uD83D"));         // high surrogate at the end
        Assert.Equal("ab", XmlText.Clean("a\uFFFE\uFFFFb"));
        Assert.Equal("ab", XmlText.Clean("a\u007F\u0085\u009Fb"));
        // Whatever goes in, the feeds still parse.
        var all = new string(Enumerable.Range(0, 0x10000).Select(i => (char)i).ToArray());
        var channel = Channel() with { Title = all, Description = all };
        ParseXml(RssFeed.Write(channel));
        ParseXml(AtomFeed.Write(channel));
        using var _ = JsonDocument.Parse(JsonFeed.Write(channel));
    }

    // ---------- Determinism ----------

    [Fact]
    public void Writing_twice_gives_identical_bytes()
    {
        Assert.Equal(RssFeed.Write(Channel()), RssFeed.Write(Channel()));
        Assert.Equal(AtomFeed.Write(Channel()), AtomFeed.Write(Channel()));
        Assert.Equal(JsonFeed.Write(Channel()), JsonFeed.Write(Channel()));
        Assert.Equal(Robots.Write("https://example.org/s.xml"), Robots.Write("https://example.org/s.xml"));
    }

    [Fact]
    public void Output_does_not_depend_on_the_current_culture()
    {
        var expected = AllOutputs();
        foreach (var culture in OtherCultures())
        {
            var (saved, savedUi) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
            try
            {
                CultureInfo.CurrentCulture = culture;
                CultureInfo.CurrentUICulture = culture;
                var actual = AllOutputs();
                for (int i = 0; i < expected.Count; i++)
                    Assert.True(expected[i].SequenceEqual(actual[i]), $"output {i} differs under culture '{culture.Name}'");
            }
            finally
            {
                CultureInfo.CurrentCulture = saved;
                CultureInfo.CurrentUICulture = savedUi;
            }
        }
    }

    private static List<byte[]> AllOutputs() =>
    [
        RssFeed.Write(Channel()),
        AtomFeed.Write(Channel()),
        JsonFeed.Write(Channel()),
        Sitemap.Write([new SitemapEntry("https://example.org/", MinusDate), new SitemapEntry("https://example.org/b/", PlusTwoDate)]),
        Robots.Write("https://example.org/sitemap.xml"),
    ];

    /// <summary>
    /// Cultures that format dates and numbers differently from the invariant one. Real ones
    /// (de-DE, th-TH with its Buddhist calendar, ar-SA) when ICU data is available — the test host
    /// may run with InvariantGlobalization, where creating them throws — and always a hand-made
    /// one derived from the invariant culture with German day/month names, other separators and
    /// a different minus sign, which works in every globalization mode.
    /// </summary>
    private static IEnumerable<CultureInfo> OtherCultures()
    {
        foreach (var name in new[] { "de-DE", "th-TH", "ar-SA" })
        {
            CultureInfo? culture;
            try { culture = new CultureInfo(name); }
            catch (CultureNotFoundException) { culture = null; } // invariant globalization mode
            if (culture is not null)
                yield return culture;
        }

        var custom = (CultureInfo)CultureInfo.InvariantCulture.Clone();
        var dtf = custom.DateTimeFormat;
        dtf.AbbreviatedDayNames = ["So", "Mo", "Di", "Mi", "Do", "Fr", "Sa"];
        dtf.AbbreviatedMonthNames = ["Jan", "Feb", "Mär", "Apr", "Mai", "Jun", "Jul", "Aug", "Sep", "Okt", "Nov", "Dez", ""];
        dtf.AbbreviatedMonthGenitiveNames = dtf.AbbreviatedMonthNames;
        dtf.DayNames = ["Sonntag", "Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag"];
        dtf.DateSeparator = ".";
        dtf.TimeSeparator = "_";
        var nf = custom.NumberFormat;
        nf.NegativeSign = "\u2212";
        nf.PositiveSign = "\u002B\u002B";
        nf.NumberDecimalSeparator = ",";
        nf.NativeDigits = ["٠", "١", "٢", "٣", "٤", "٥", "٦", "٧", "٨", "٩"];
        yield return custom;
    }
}
