using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using DivergingReports.Planning;
using DivergingReports.Rendering.Views;
using DivergingReports.Validation;
using Markdig;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Renderers.Html.Inlines;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace DivergingReports.Rendering;

/// <summary>
/// Renders content Markdown to HTML that is safe to publish: raw HTML is shown as text, only
/// http(s), mailto and relative links survive (others become their text), root-relative links get
/// the site's sub-path, remote images are never loaded (they become links), and headings are
/// shifted under the page's own. Control characters (but tab and line breaks) are left out.
/// </summary>
public sealed partial class MarkdownRenderer(SiteUrls urls)
{
    // Pipelines are built once: parsing is the costly part, and pipelines are thread-safe.
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UseAutoLinks()
        .UsePipeTables()
        .UseEmphasisExtras()
        .DisableHtml()
        .Build();

    // The same without autolinks, for a text that holds no address they could link: the autolinks
    // stop the parser at every h, f, m, t and w of the prose to look for one, which made parsing an
    // article four times slower.
    private static readonly MarkdownPipeline PipelineWithoutAutoLinks = new MarkdownPipelineBuilder()
        .UsePipeTables()
        .UseEmphasisExtras()
        .DisableHtml()
        .Build();

    /// <summary>The pipeline that reads <paramref name="markdown"/> as <see cref="Pipeline"/> does, at the least cost.</summary>
    private static MarkdownPipeline PipelineFor(string markdown) => MayHoldAutoLink(markdown) ? Pipeline : PipelineWithoutAutoLinks;

    // One vectorised search for all four. (A case-blind string.Contains reads a text with any
    // non-ASCII letter one character at a time where globalization is invariant, as in divrep.)
    private static readonly SearchValues<string> AutoLinkStarts =
        SearchValues.Create(["://", "www.", "mailto:", "tel:"], StringComparison.OrdinalIgnoreCase);

    /// <summary>Whether the text holds the start of an address the autolinks turn into a link: http://, https://, ftp://, mailto:, tel: or www.</summary>
    private static bool MayHoldAutoLink(string text) => text.AsSpan().ContainsAny(AutoLinkStarts);

    /// <summary>Renders Markdown; its headings start at <paramref name="topHeading"/> (h2 on a page under its h1 title).</summary>
    public string ToHtml(string markdown, int topHeading = 3)
    {
        if (string.IsNullOrWhiteSpace(markdown)) return "";
        markdown = HtmlText.WithoutControls(markdown);
        // Most of an editor's short texts (positions, agreements, report summaries: dozens per story)
        // are one line of prose: their HTML is that line in a paragraph, as the parser writes it (its
        // quotation marks as they are), with nothing to parse.
        if (IsPlainProse(markdown)) return string.Concat("<p>", markdown, "</p>\n");
        return ParsedHtml(markdown, topHeading, PipelineFor(markdown));
    }

    private string ParsedHtml(string markdown, int topHeading, MarkdownPipeline pipeline) =>
        string.IsNullOrWhiteSpace(markdown) ? "" : Html(Markdown.Parse(markdown, pipeline), topHeading);

    /// <summary>The HTML the parser gives with every extension, whatever the text: what the shortcuts must match.</summary>
    internal string FullyParsedHtml(string markdown, int topHeading = 3) => ParsedHtml(HtmlText.WithoutControls(markdown), topHeading, Pipeline);

    // Characters that may start Markdown syntax, an entity or an HTML tag, and line breaks and other
    // controls. A quotation mark starts nothing, and text writes it as it is (TextAsWritten).
    private static readonly SearchValues<char> NotProse = SearchValues.Create(
        "*_`[]!<>&\\~^+=|#{}@" + string.Concat(Enumerable.Range(0, 32).Select(c => (char)c)));

    /// <summary>
    /// One line that Markdown leaves as it is: it starts with a letter (not a list, heading, quote or
    /// indented code), ends in no white space, and holds no character that could start emphasis, a
    /// link, an escape, a table or an entity, and no address the autolinks would turn into a link.
    /// </summary>
    private static bool IsPlainProse(string text) =>
        char.IsLetter(text[0]) && !char.IsWhiteSpace(text[^1]) && !text.AsSpan().ContainsAny(NotProse) && !MayHoldAutoLink(text);

    /// <summary>The HTML and the plain text (line breaks kept) of one Markdown text, parsed once: an article needs both.</summary>
    public (string Html, string PlainText) ToHtmlAndText(string markdown, int topHeading)
    {
        markdown = HtmlText.WithoutControls(markdown);
        return HtmlAndText(markdown, topHeading, PipelineFor(markdown));
    }

    /// <summary>The HTML and plain text the parser gives with every extension, whatever the text: what <see cref="ToHtmlAndText"/> must match.</summary>
    internal (string Html, string PlainText) FullyParsedHtmlAndText(string markdown, int topHeading) => HtmlAndText(HtmlText.WithoutControls(markdown), topHeading, Pipeline);

    private (string Html, string PlainText) HtmlAndText(string markdown, int topHeading, MarkdownPipeline pipeline)
    {
        if (string.IsNullOrWhiteSpace(markdown)) return ("", "");
        var document = Markdown.Parse(markdown, pipeline);
        var plain = ThreadRenderers.Get().PlainText(document);
        return (Html(document, topHeading), plain);
    }

    private string Html(MarkdownDocument document, int topHeading)
    {
        Sanitize(document, topHeading);
        return ThreadRenderers.Get().Html(document);
    }

    /// <summary>
    /// Each thread's two renderers (HTML, and plain text for the comparison), each writing into a
    /// buffer it keeps: a renderer is some twenty objects and its buffer grows with every text, and
    /// a build renders tens of thousands of texts.
    /// </summary>
    private sealed class ThreadRenderers
    {
        [ThreadStatic] private static ThreadRenderers? _current;

        private readonly ReusedRenderer _html = Make(plain: false);
        private readonly ReusedRenderer _plain = Make(plain: true);

        public static ThreadRenderers Get() => _current ??= new ThreadRenderers();

        public string Html(MarkdownDocument document) => Render(_html, document);

        public string PlainText(MarkdownDocument document) => Render(_plain, document);

        private static string Render(ReusedRenderer renderer, MarkdownDocument document)
        {
            renderer.Clear();
            renderer.Render(document);
            return renderer.Writer.ToString() ?? "";
        }

        private static ReusedRenderer Make(bool plain)
        {
            var renderer = new ReusedRenderer(new StringWriter(new StringBuilder(16 * 1024), CultureInfo.InvariantCulture));
            if (plain)
            {
                renderer.EnableHtmlForBlock = false;
                renderer.EnableHtmlForInline = false;
                renderer.EnableHtmlEscape = false;
            }
            Pipeline.Setup(renderer);
            if (plain) renderer.ObjectRenderers.ReplaceOrAdd<LineBreakInlineRenderer>(new WrappedLineAsSpace());
            else renderer.ObjectRenderers.ReplaceOrAdd<LiteralInlineRenderer>(new TextAsWritten());
            return renderer;
        }
    }

    /// <summary>
    /// In the plain text the comparison reads, a line an editor wrapped inside a paragraph goes on
    /// after a space: a line break there means a new paragraph (where a quotation may reopen, and
    /// a sentence begins), and a wrapped line is neither.
    /// </summary>
    private sealed class WrappedLineAsSpace : HtmlObjectRenderer<LineBreakInline>
    {
        protected override void Write(HtmlRenderer renderer, LineBreakInline obj)
        {
            if (obj.IsHard) renderer.EnsureLine();
            else renderer.Write(' ');
        }
    }

    /// <summary>
    /// Text with its quotation marks as written: only &lt; and &amp; need escaping between tags, and an
    /// article's quotations cost six bytes a mark as &amp;quot;. Where text goes into an attribute (an
    /// image's alt text, written with inline HTML off), it is escaped in full.
    /// </summary>
    private sealed class TextAsWritten : HtmlObjectRenderer<LiteralInline>
    {
        protected override void Write(HtmlRenderer renderer, LiteralInline obj)
        {
            if (renderer.EnableHtmlEscape) renderer.WriteEscape(ref obj.Content, softEscape: renderer.EnableHtmlForInline);
            else renderer.Write(ref obj.Content);
        }
    }

    private sealed class ReusedRenderer(StringWriter writer) : HtmlRenderer(writer)
    {
        /// <summary>Empties the buffer and the state (indents, line starts) the last text left.</summary>
        public void Clear() => Reset();
    }

    /// <summary>The text a reader sees, whitespace collapsed: for excerpts, feeds and word counts.</summary>
    public static string ToPlainText(string markdown)
    {
        if (string.IsNullOrWhiteSpace(markdown)) return "";
        markdown = HtmlText.WithoutControls(markdown);
        return Whitespace().Replace(Markdown.ToPlainText(markdown, PipelineFor(markdown)), " ").Trim();
    }

    /// <summary>The text a reader sees, with its line breaks kept: what the text comparison reads.</summary>
    public static string ToPlainTextLines(string markdown) =>
        string.IsNullOrWhiteSpace(markdown) ? "" : Markdown.ToPlainText(HtmlText.WithoutControls(markdown), PipelineFor(markdown));

    /// <summary>The start of a text, cut at a word and marked with an ellipsis when shortened.</summary>
    public static string Excerpt(string plainText, int maxLength = 160)
    {
        if (plainText.Length <= maxLength) return plainText;
        var cut = plainText.LastIndexOf(' ', maxLength);
        return plainText[..(cut > maxLength / 2 ? cut : maxLength)].TrimEnd(',', ';', ':', '.', ' ') + "…";
    }

    private void Sanitize(MarkdownDocument document, int topHeading)
    {
        // Shift headings so the text's highest one lands on topHeading: no level is skipped under the page's own.
        var headings = document.Descendants<HeadingBlock>().ToArray();
        if (headings.Length > 0)
        {
            var shift = topHeading - headings.Min(h => h.Level);
            foreach (var heading in headings) heading.Level = Math.Clamp(heading.Level + shift, topHeading, 6);
        }

        // Collect first: the tree is changed while replacing.
        foreach (var link in document.Descendants<LinkInline>().ToArray())
        {
            var url = link.Url ?? "";
            if (!MarkdownLinks.IsPublishable(url))
            {
                Unwrap(link);
                continue;
            }
            link.Url = Resolve(url);
            if (link.IsImage && IsAbsolute(url))
            {
                // A remote image would be loaded from a third party on every visit: show a link to it instead.
                link.IsImage = false;
                if (link.FirstChild is null) link.AppendChild(new LiteralInline("image"));
            }
            if (IsAbsolute(url) && !link.IsImage)
                link.GetAttributes().AddPropertyIfNotExist("rel", "nofollow noopener noreferrer");
        }
        foreach (var autolink in document.Descendants<AutolinkInline>().ToArray())
        {
            if (MarkdownLinks.IsPublishable(autolink.Url)) autolink.GetAttributes().AddPropertyIfNotExist("rel", "nofollow noopener noreferrer");
            else autolink.ReplaceBy(new LiteralInline(autolink.Url));
        }
    }

    /// <summary>A root-relative link gets the site's base path; a protocol-relative one is another site's, written out with https.</summary>
    private string Resolve(string url)
    {
        if (MarkdownLinks.IsProtocolRelative(url)) return "https://" + url.TrimStart()[2..].TrimStart('/', '\\');
        return url.StartsWith('/') ? urls.Path(url) : url;
    }

    private static bool IsAbsolute(string url) => url.Contains("://", StringComparison.Ordinal) || MarkdownLinks.IsProtocolRelative(url);

    /// <summary>Replaces a link by its text.</summary>
    private static void Unwrap(LinkInline link)
    {
        var parent = link.Parent;
        if (parent is null) return;
        var children = new List<Inline>();
        for (var child = link.FirstChild; child is not null; child = child.NextSibling) children.Add(child);
        Inline anchor = link;
        foreach (var child in children)
        {
            child.Remove();
            anchor.InsertAfter(child);
            anchor = child;
        }
        link.Remove();
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

}
