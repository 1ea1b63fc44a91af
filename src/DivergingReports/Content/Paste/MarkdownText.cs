using System.Text;
using System.Text.RegularExpressions;

namespace DivergingReports.Content.Paste;

/// <summary>Writes pasted plain text as Markdown that renders back to the same text (no accidental emphasis, lists or headings).</summary>
public static partial class MarkdownText
{
    public static string Escape(string line)
    {
        var sb = new StringBuilder(line.Length + 8);
        foreach (var c in line)
        {
            if (c is '\\' or '`' or '*' or '_' or '[' or ']' or '<' or '>' or '|') sb.Append('\\');
            sb.Append(c);
        }
        var text = sb.ToString();
        // Markers that only mean something at the start of a line: headings, lists, rules.
        var m = OrderedListStart().Match(text);
        if (m.Success) return m.Groups[1].Value + "\\" + text[m.Groups[1].Length..];
        if (text.Length > 0 && text[0] is '#' or '-' or '+' or '=' or '~') return "\\" + text;
        return text;
    }

    [GeneratedRegex(@"^(\d{1,9})[.)]")]
    private static partial Regex OrderedListStart();
}
