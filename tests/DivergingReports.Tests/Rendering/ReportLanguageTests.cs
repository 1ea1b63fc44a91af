using System.Text.Json;
using AngleSharp.Dom;
using DivergingReports.Tests.Support;
using static DivergingReports.Tests.Support.MultilingualStory;

namespace DivergingReports.Tests.Rendering;

/// <summary>
/// A story reported in English, German, French and Arabic on an English site: each report's headline
/// and text say their language (and the Arabic one its direction), the Arabic report shows the
/// editors' translation first with the original folded below it, and the comparison and the story's
/// data read the translation.
/// </summary>
public class ReportLanguageTests(ReportLanguageTests.Built built) : IClassFixture<ReportLanguageTests.Built>
{
    public sealed class Built : IDisposable
    {
        private readonly TestProject _project = new();

        public Built()
        {
            WriteTo(_project);
            Site = _project.Build();
            Page = Site.Html(MultilingualStory.Page);
        }

        public BuiltSite Site { get; }
        public AngleSharp.Html.Dom.IHtmlDocument Page { get; }

        public void Dispose() => _project.Dispose();
    }

    private IElement Report(string article) => built.Page.GetElementById(AnchorOf(article)) ?? throw new InvalidOperationException($"no report of {article}");

    /// <summary>The id of the article's report on the page: from its key in the story's data.</summary>
    private string AnchorOf(string article)
    {
        using var data = System.Text.Json.JsonDocument.Parse(built.Site.Text(Path.ChangeExtension(MultilingualStory.Page, ".json")));
        return "report-" + data.RootElement.GetProperty("reports").EnumerateArray()
            .Single(r => r.GetProperty("article").GetString() == article).GetProperty("key").GetString();
    }

    private static (string? Lang, string? Dir) Marks(IElement element) => (element.GetAttribute("lang"), element.GetAttribute("dir"));

    // The text as published: the report's prose outside the translation.
    private static IElement Published(IElement report) =>
        report.QuerySelector(".report__published .prose") ?? report.QuerySelector(".report__body > .prose")!;

    [Fact]
    public void The_page_is_in_the_sites_language_and_a_report_in_it_carries_no_marks()
    {
        Assert.Equal("en", built.Page.DocumentElement.GetAttribute("lang"));
        var english = Report(English);
        Assert.Equal((null, null), Marks(english.QuerySelector("h3")!));
        Assert.Equal((null, null), Marks(Published(english)));
        Assert.Equal("The report as published", english.QuerySelector(".report__body > .report__label")!.TextContent.Trim());
        Assert.Null(english.QuerySelector("details"));
    }

    [Theory]
    [InlineData(German, "de", "German")]   // its source's language
    [InlineData(French, "fr", "French")]   // its own, over its source's German
    public void A_report_in_another_left_to_right_language_marks_its_headline_and_text(string article, string tag, string name)
    {
        var report = Report(article);
        Assert.Equal((tag, null), Marks(report.QuerySelector("h3")!));
        Assert.Equal((tag, null), Marks(Published(report)));
        Assert.Equal($"The report as published, in {name}", report.QuerySelector(".report__body > .report__label")!.TextContent.Trim());
        Assert.Null(report.QuerySelector("details"));
    }

    [Fact]
    public void The_arabic_report_is_marked_right_to_left_in_the_headline_the_index_and_the_original()
    {
        var report = Report(Arabic);
        var headline = report.QuerySelector("h3")!;
        Assert.Equal(("ar", "rtl"), Marks(headline));
        Assert.Equal(ArabicHeadline, headline.TextContent);
        Assert.Equal(("ar", "rtl"), Marks(Published(report)));
        Assert.StartsWith("قال وزير الخارجية", Published(report).TextContent.Trim());

        var index = built.Page.QuerySelectorAll(".report-index a").Single(a => a.GetAttribute("href") == "#" + AnchorOf(Arabic));
        var marked = index.QuerySelector("span[lang]")!;
        Assert.Equal(("ar", "rtl"), Marks(marked));
        Assert.Equal(ArabicHeadline, marked.TextContent);
    }

    [Fact]
    public void The_translation_is_shown_first_credited_and_the_original_stays_in_a_closed_details()
    {
        var body = Report(Arabic).QuerySelector(".report__body")!;
        var children = body.Children.ToArray();
        Assert.Equal(["p", "div", "details"], children.Select(c => c.LocalName));

        Assert.Equal("Translated from Arabic by Diverging Reports", children[0].TextContent.Trim());
        var translation = children[1];
        // In the site's language, like the page: no marks of its own.
        Assert.Equal((null, null), Marks(translation));
        var paragraphs = translation.QuerySelectorAll("p").Select(p => p.TextContent.Trim()).ToArray();
        Assert.Equal(2, paragraphs.Length);
        Assert.StartsWith("The foreign minister said on Thursday", paragraphs[0]);
        // Rendered like article text: Markdown emphasis, raw HTML shown as text.
        Assert.Equal("about two hours", translation.QuerySelector("em")!.TextContent);
        Assert.Null(translation.QuerySelector("b"));
        Assert.EndsWith("<b>Not bold</b>", paragraphs[1]);

        var details = children[2];
        Assert.False(details.HasAttribute("open"), "the original should be folded until a reader opens it");
        Assert.Equal("The report as published, in Arabic", details.QuerySelector("summary")!.TextContent.Trim());
        Assert.Contains("«لن تقبل أي وقف لإطلاق النار يجمّد خط الجبهة»", details.QuerySelector(".prose")!.TextContent);
    }

    [Fact]
    public void The_comparison_reads_the_translation_so_the_quotation_is_shared_with_the_english_report()
    {
        // The quotations' section: rows shown first and those behind its disclosure alike.
        var table = built.Page.QuerySelectorAll("section.comparison-kind").Single(s => s.QuerySelector("h3")?.TextContent.Trim() == "Quotations");
        var labels = table.QuerySelectorAll("tbody th").Select(th => th.TextContent).ToArray();
        var row = table.QuerySelectorAll("tbody tr").Single(r => r.QuerySelector("th")!.TextContent.Contains(SharedQuote));
        // Each column is headed by its outlet.
        var outlets = row.Closest("table")!.QuerySelectorAll("thead th[scope=col] a").Select(a => a.TextContent.Trim()).ToArray();
        var cells = row.QuerySelectorAll("td").Select((td, i) => (Outlet: outlets[i], Text: td.TextContent.Trim())).ToDictionary(c => c.Outlet, c => c.Text);
        Assert.Equal("Quoted", cells["Wire Daily"]);
        Assert.Equal("Quoted", cells["Al-Sahifa"]);
        // The Arabic original is not compared: none of its words is a row.
        Assert.DoesNotContain(labels, l => l.Any(c => c is >= '\u0600' and <= '\u06FF'));
    }

    [Fact]
    public void The_storys_data_gives_each_reports_language_and_the_translation()
    {
        using var json = JsonDocument.Parse(built.Site.Text($"stories/{Slug}/index.json"));
        var reports = json.RootElement.GetProperty("reports").EnumerateArray().ToDictionary(r => r.GetProperty("article").GetString()!);
        Assert.Equal("en", reports[English].GetProperty("language").GetString());
        Assert.Equal("de", reports[German].GetProperty("language").GetString());
        Assert.Equal("fr", reports[French].GetProperty("language").GetString());
        Assert.Equal("ar", reports[Arabic].GetProperty("language").GetString());
        Assert.All([English, German, French], id => Assert.False(reports[id].TryGetProperty("translation", out _)));

        // Who translated it, into what; the texts themselves are on the page (open_data: full repeats them).
        var arabic = reports[Arabic];
        Assert.False(arabic.TryGetProperty("text", out _));
        var translation = arabic.GetProperty("translation");
        Assert.Equal("Diverging Reports", translation.GetProperty("by").GetString());
        Assert.Equal("en", translation.GetProperty("language").GetString());
        Assert.False(translation.TryGetProperty("text", out _));
    }

    [Fact]
    public void With_open_data_full_the_storys_data_gives_the_text_as_published_and_the_translation()
    {
        using var project = new TestProject();
        WriteTo(project);
        project.Write("site.yml", project.Read("site.yml") + "\nopen_data: full\n");
        using var json = JsonDocument.Parse(project.Build().Text($"stories/{Slug}/index.json"));
        var arabic = json.RootElement.GetProperty("reports").EnumerateArray().Single(r => r.GetProperty("article").GetString() == Arabic);
        Assert.StartsWith("قال وزير الخارجية", arabic.GetProperty("text").GetString());
        Assert.StartsWith("The foreign minister said on Thursday that his country \"will not", arabic.GetProperty("translation").GetProperty("text").GetString());
    }
}
