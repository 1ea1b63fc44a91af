using DivergingReports.Analysis;
using DivergingReports.Content;
using DivergingReports.Model;
using DivergingReports.Planning;

namespace DivergingReports.Rendering;

/// <summary>
/// A story's article texts as written (Markdown) and as HTML, the HTML of the editors' translations
/// (null for a report without one), and what the texts show, in report order.
/// </summary>
public sealed record AnalysedStory(IReadOnlyList<string> Bodies, IReadOnlyList<string> Html, IReadOnlyList<string?> TranslationHtml, Comparison Comparison);

/// <summary>
/// The analysis step: a story's articles read from their files, rendered and compared, once per
/// story. The story's page and its index.json both show the result; the story's pages ask for it
/// when the first of them is made (see <see cref="Pages.StoryPages"/>), so a build that makes no
/// file of a story never reads its texts, and a large site holds only the stories being made.
/// </summary>
public sealed class StoryAnalysis(ArticleTexts texts, MarkdownRenderer markdown, IReadOnlyList<string> outletNames, SiteSettings site)
{
    /// <exception cref="IOException">An article can no longer be read, or changed since the build read it.</exception>
    public AnalysedStory Of(PlannedStory story)
    {
        var bodies = story.Reports.Select(r => texts.Read(r.Article)).ToArray();
        // Each text is parsed once, for its HTML and for the plain text the comparison reads.
        var rendered = bodies.Select(b => markdown.ToHtmlAndText(b, topHeading: 4)).ToArray();
        var translations = story.Reports.Select(r => r.Article.Translation is { } t ? markdown.ToHtmlAndText(t.Text, topHeading: 4) : default((string Html, string PlainText)?)).ToArray();
        // A translated report is compared in its translation, which readers of the site can check.
        var compared = story.Reports.Select((r, i) => translations[i] is { } translation
            ? new ComparedText(r.Key, r.Source.Name, translation.PlainText, site.Language)
            : new ComparedText(r.Key, r.Source.Name, rendered[i].PlainText, r.LanguageIn(site))).ToArray();
        var comparison = StoryComparison.Compare(compared, outletNames);
        return new AnalysedStory(bodies, rendered.Select(r => r.Html).ToArray(), translations.Select(t => t?.Html).ToArray(), comparison);
    }
}
