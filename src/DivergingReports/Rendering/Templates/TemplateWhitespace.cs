using System.Text.RegularExpressions;
using Scriban;
using Scriban.Syntax;

namespace DivergingReports.Rendering.Templates;

/// <summary>
/// The indentation that keeps a template readable would be sent with every page, thousands of times
/// over: as a template is parsed, each run of spaces and line breaks in its own text (never in a value
/// it writes) becomes one line break, or one space when it holds no line break. HTML reads such a run
/// as it reads one space, so the pages look the same. A template where spaces may count as written
/// (<c>&lt;pre&gt;</c>, <c>&lt;textarea&gt;</c>, a <c>white-space</c> style, a script written in the
/// template, a backtick) is left as it is.
/// </summary>
internal static partial class TemplateWhitespace
{
    [GeneratedRegex(@"[ \t\r\n]{2,}")]
    private static partial Regex Run();

    [GeneratedRegex(@"<pre\b|<textarea\b|white-space|`|<script\b[^>]*>\s*[^<\s{]", RegexOptions.IgnoreCase)]
    private static partial Regex SpacesMayCount();

    /// <summary>Shortens the runs of whitespace in <paramref name="template"/>'s text, parsed from <paramref name="source"/>.</summary>
    public static void Compact(Template template, string source)
    {
        if (SpacesMayCount().IsMatch(source)) return;
        TemplateText.Rewrite(template, raw =>
        {
            var text = raw.Text.ToString();
            var compact = Run().Replace(text, m => m.ValueSpan.Contains('\n') ? "\n" : " ");
            if (compact.Length != text.Length) raw.Text = new ScriptStringSlice(compact);
            return raw;
        });
    }
}
