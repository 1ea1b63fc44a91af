using DivergingReports.Diagnostics;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace DivergingReports.Validation;

/// <summary>
/// Links in editor-written Markdown: only http(s), mailto and relative addresses are published, so
/// any other (javascript:, data:, file:) is reported where the editor wrote it.
/// </summary>
public static class MarkdownLinks
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UseAutoLinks().UsePreciseSourceLocation().Build();

    /// <summary>
    /// Reports each unsafe link. <paramref name="at"/> is where the value starts; for a text that
    /// starts on the next line (a YAML | block, a page's body), <paramref name="onNextLine"/> is true
    /// and the link is placed on its own line (its column then counts from the text's indentation).
    /// </summary>
    public static void Check(string markdown, FileLocation at, string what, DiagnosticBag bag, bool onNextLine = false)
    {
        if (markdown.IndexOf(':') < 0) return; // no scheme anywhere: nothing to look at
        var document = Markdown.Parse(markdown, Pipeline);
        foreach (var link in document.Descendants<LinkInline>())
        {
            if (link.Url is not { } url || IsPublishable(url)) continue;
            var location = onNextLine
                ? at with { Line = at.Line + 1 + link.Line, Column = link.Column + 1 }
                : link.Line == 0 ? at with { Column = at.Column + link.Column } : at with { Line = at.Line + link.Line, Column = link.Column + 1 };
            bag.Error(DiagnosticCode.InvalidUrl, location, $"a link in {what} goes to '{Shorten(url)}'",
                "only http://, https://, mailto: and relative links are published: fix the address or remove the link");
        }
    }

    public static bool IsPublishable(string url)
    {
        var trimmed = url.Trim();
        var colon = trimmed.IndexOf(':');
        if (colon < 0) return true; // relative
        var slash = trimmed.IndexOfAny(['/', '?', '#']);
        if (slash >= 0 && slash < colon) return true; // a colon in a relative path or query, not a scheme
        var scheme = trimmed[..colon].ToLowerInvariant();
        return scheme is "http" or "https" or "mailto";
    }

    /// <summary>
    /// "//host/path": another site at the page's own scheme, not a path on this one. Browsers read a
    /// backslash there as a slash, so "/\host" and "\\host" are the same.
    /// </summary>
    public static bool IsProtocolRelative(string url)
    {
        var trimmed = url.AsSpan().TrimStart();
        return trimmed.Length >= 2 && trimmed[0] is '/' or '\\' && trimmed[1] is '/' or '\\';
    }

    private static string Shorten(string url) => url.Length <= 40 ? url : url[..37] + "...";
}
