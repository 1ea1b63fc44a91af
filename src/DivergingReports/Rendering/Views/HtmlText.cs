using System.Buffers;
using System.Text;

namespace DivergingReports.Rendering.Views;

/// <summary>Text made safe to stand in HTML, as element content or inside a quoted attribute.</summary>
public static class HtmlText
{
    // HTML's special characters (&, <, >, both quotes), the backtick and = (which old browsers read as
    // attribute delimiters), and the control characters, which have no place on a page.
    private static readonly SearchValues<char> Special = SearchValues.Create(
        "&<>\"'`=\u0000\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u000B\u000C\u000E\u000F\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001A\u001B\u001C\u001D\u001E\u001F\u007F"
        + "\u0080\u0081\u0082\u0083\u0084\u0085\u0086\u0087\u0088\u0089\u008A\u008B\u008C\u008D\u008E\u008F\u0090\u0091\u0092\u0093\u0094\u0095\u0096\u0097\u0098\u0099\u009A\u009B\u009C\u009D\u009E\u009F");

    /// <summary><paramref name="text"/> with its special characters escaped and its control characters (but tab and line breaks) left out.</summary>
    public static string Escape(string text)
    {
        var at = text.AsSpan().IndexOfAny(Special);
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

    private static readonly SearchValues<char> Controls = SearchValues.Create(
        string.Concat(Enumerable.Range(0, 0xA0).Select(c => (char)c).Where(IsControl)));

    /// <summary><paramref name="text"/> without its control characters (but tab and line breaks), which have no place on a page.</summary>
    public static string WithoutControls(string text)
    {
        if (!text.AsSpan().ContainsAny(Controls)) return text;
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
            if (!IsControl(c)) builder.Append(c);
        return builder.ToString();
    }
}
