using System.Text.RegularExpressions;
using Scriban;
using Scriban.Syntax;

namespace DivergingReports.Rendering.Templates;

/// <summary>
/// The <c>data-pagefind-*</c> attributes a template writes tell Pagefind what to index. A site without
/// search has no index, and they would be sent with every page for nothing (about a kilobyte of each
/// story page). As a template is parsed, each piece of its own text that writes such attributes (with
/// no template code in their values) is given its text without them, which it writes on the pages of
/// a site without search.
/// </summary>
internal static partial class TemplateSearchMarks
{
    [GeneratedRegex(@" data-pagefind-[a-z-]+(?:=""[^""{}]*"")?")]
    private static partial Regex Attribute();

    /// <summary>Gives each piece of <paramref name="template"/>'s text that writes search attributes its text without them.</summary>
    public static void Mark(Template template) => TemplateText.Rewrite(template, raw =>
        raw is not SearchMarkedText && raw.Text.ToString() is var text && text.Contains(" data-pagefind-", StringComparison.Ordinal)
            ? new SearchMarkedText(raw, Attribute().Replace(text, ""))
            : raw);
}

/// <summary>A piece of a template's text that writes search attributes: written without them when the page's site has no search.</summary>
internal sealed class SearchMarkedText : ScriptRawStatement
{
    private readonly ScriptStringSlice _withoutSearch;

    public SearchMarkedText(ScriptRawStatement raw, string withoutSearch)
    {
        Span = raw.Span;
        Text = raw.Text;
        IsEscape = raw.IsEscape;
        _withoutSearch = new ScriptStringSlice(withoutSearch);
    }

    public override object? Evaluate(TemplateContext context)
    {
        if (context is ThemeContext { Search: false } && context.EnableOutput)
        {
            context.Write(_withoutSearch);
            return null;
        }
        return base.Evaluate(context);
    }
}
