using System.Buffers;
using System.Globalization;
using System.Text;

namespace DivergingReports.Diagnostics;

/// <summary>
/// Text from content made safe to print in a terminal or a CI log: a line break in a value cannot
/// start a line of its own (that a CI runner would read as a workflow command, "::add-mask::"), and
/// no control character reaches the terminal (ESC clears the screen or recolours it). Control
/// characters, line and paragraph separators and the bidirectional overrides that can make text
/// read in another order are shown as escapes: "\n", "\u001b", "\u202e".
/// </summary>
public static class Printable
{
    private static readonly SearchValues<char> Special = SearchValues.Create(
        string.Concat(Enumerable.Range(0, 0x20).Select(c => (char)c)) + "\u007F"
        + string.Concat(Enumerable.Range(0x80, 0x20).Select(c => (char)c))
        + "\u200E\u200F\u2028\u2029\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069");

    public static string Escape(string? text)
    {
        if (string.IsNullOrEmpty(text)) return text ?? "";
        var at = text.AsSpan().IndexOfAny(Special);
        if (at < 0) return text;
        var builder = new StringBuilder(text.Length + 16).Append(text, 0, at);
        foreach (var c in text.AsSpan(at))
        {
            if (!Special.Contains(c)) builder.Append(c);
            else if (c == '\n') builder.Append("\\n");
            else if (c == '\r') builder.Append("\\r");
            else if (c == '\t') builder.Append("\\t");
            else builder.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
        }
        return builder.ToString();
    }

    /// <summary>The first control character of <paramref name="text"/> other than tab and line breaks (pasted by accident, never meant for a reader); null for none.</summary>
    public static char? FirstControl(string text)
    {
        foreach (var c in text)
            if (c < ' ' && c is not ('\t' or '\n' or '\r') || c is >= '\u007F' and <= '\u009F') return c;
        return null;
    }
}
