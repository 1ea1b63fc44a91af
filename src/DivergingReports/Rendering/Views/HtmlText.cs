using System.Buffers;
using System.Text;

namespace DivergingReports.Rendering.Views;

/// <summary>Text made safe to stand in HTML, as element content or inside a quoted attribute.</summary>
public static class HtmlText
{
    // HTML's special characters (&, <, >, both quotes), the backtick and = (which old browsers read as
    // attribute delimiters), and the ASCII control characters, which have no place on a page. All
    // ASCII, so the search runs on whole vectors; the C1 controls (U+0080–U+009F) are a range apart.
    private static readonly SearchValues<char> Special = SearchValues.Create(
        "&<>\"'`=" + string.Concat(Enumerable.Range(0, 0x80).Select(c => (char)c).Where(IsControl)));

    /// <summary>The first character of <paramref name="text"/> to escape or leave out; -1 for none.</summary>
    private static int FirstSpecial(ReadOnlySpan<char> text)
    {
        var ascii = text.IndexOfAny(Special);
        var c1 = (ascii < 0 ? text : text[..ascii]).IndexOfAnyInRange('\u0080', '\u009F');
        return c1 >= 0 ? c1 : ascii;
    }

    /// <summary><paramref name="text"/> with its special characters escaped and its control characters (but tab and line breaks) left out.</summary>
    public static string Escape(string text)
    {
        var at = FirstSpecial(text);
        if (at < 0) return text;
        var builder = new StringBuilder(text.Length + 16);
        builder.Append(text, 0, at);
        foreach (var c in text.AsSpan(at))
        {
            switch (c)
            {
                case '&': builder.Append("&amp;"); break;
                case '<': builder.Append("&lt;"); break;
                case '>': builder.Append("&gt;"); break;
                case '"': builder.Append("&quot;"); break;
                case '\'': builder.Append("&#x27;"); break;
                case '`': builder.Append("&#x60;"); break;
                case '=': builder.Append("&#x3D;"); break;
                default:
                    if (!IsControl(c)) builder.Append(c);
                    break;
            }
        }
        return builder.ToString();
    }

    private static bool IsControl(char c) => c < ' ' && c is not ('\t' or '\n' or '\r') || c is >= '\u007F' and <= '\u009F';

    private static readonly SearchValues<char> AsciiControls = SearchValues.Create(
        string.Concat(Enumerable.Range(0, 0x80).Select(c => (char)c).Where(IsControl)));

    /// <summary><paramref name="text"/> without its control characters (but tab and line breaks), which have no place on a page.</summary>
    public static string WithoutControls(string text)
    {
        if (!text.AsSpan().ContainsAny(AsciiControls) && !text.AsSpan().ContainsAnyInRange('\u0080', '\u009F')) return text;
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
            if (!IsControl(c)) builder.Append(c);
        return builder.ToString();
    }
}
