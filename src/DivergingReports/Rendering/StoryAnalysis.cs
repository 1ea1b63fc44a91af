using DivergingReports.Analysis;
using DivergingReports.Content;
using DivergingReports.Planning;

namespace DivergingReports.Rendering;

/// <summary>A story's article texts as written (Markdown) and as HTML, and what the texts show, in report order.</summary>
public sealed record AnalysedStory(IReadOnlyList<string> Bodies, IReadOnlyList<string> Html, Comparison Comparison);

/// <summary>
/// The analysis step: a story's articles read from their files, rendered and compared, once per
/// story. The story's page and its index.json both show the result; the story's pages ask for it
/// when the first of them is made (see <see cref="Pages.StoryPages"/>), so a build that makes no
/// file of a story never reads its texts, and a large site holds only the stories being made.
/// </summary>
public sealed class StoryAnalysis(ArticleTexts texts, MarkdownRenderer markdown, IReadOnlyList<string> outletNames)
{
    /// <exception cref="IOException">An article can no longer be read, or changed since the build read it.</exception>
    public AnalysedStory Of(PlannedStory story)
    {
        var bodies = story.Reports.Select(r => texts.Read(r.Article)).ToArray();
        // Each article is parsed once, for its HTML and for the plain text the comparison reads.
        var rendered = bodies.Select(b => markdown.ToHtmlAndText(b, topHeading: 4)).ToArray();
        var comparison = StoryComparison.Compare(
            story.Reports.Select((r, i) => new ComparedText(r.Article.Id, r.Source.Name, rendered[i].PlainText)).ToArray(), outletNames);
        return new AnalysedStory(bodies, rendered.Select(r => r.Html).ToArray(), comparison);
    }
}
