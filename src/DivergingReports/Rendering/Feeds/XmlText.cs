using System.Buffers;
using System.Text;

namespace DivergingReports.Rendering.Feeds;

/// <summary>
/// Makes any string safe to write as XML text or attribute value: removes every character XML 1.0
/// does not allow (C0 controls other than tab, line feed and carriage return; lone surrogates;
/// U+FFFE and U+FFFF), and also DEL and the C1 controls (U+007F–U+009F), which XML 1.0 only
/// discourages but which no feed reader should ever see. Valid surrogate pairs (emoji) are kept.
/// </summary>
internal static class XmlText
{
    /// <summary>Returns <paramref name="text"/> without the characters described above; null gives "".</summary>
    public static string Clean(string? text)
    {
        if (string.IsNullOrEmpty(text))
            return string.Empty;

        int first = FirstInvalid(text);
        if (first < 0)
            return text;

        var sb = new StringBuilder(text.Length);
        sb.Append(text, 0, first);
        for (int i = first; i < text.Length; i++)
        {
            char c = text[i];
            if (char.IsHighSurrogate(c))
            {
                if (i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                {
                    sb.Append(c).Append(text[i + 1]);
                    i++;
                }
                // else: a lone high surrogate, dropped
            }
            else if (IsAllowedSingle(c))
            {
                sb.Append(c);
            }
        }
        return sb.ToString();
    }

    // What may need removing: the characters above, and every surrogate (a pair is kept).
    private static readonly SearchValues<char> Suspect = SearchValues.Create(
        string.Concat(Enumerable.Range(0, 0x20).Where(c => c is not ('\t' or '\n' or '\r')).Select(c => (char)c))
        + string.Concat(Enumerable.Range(0x7F, 0x9F - 0x7F + 1).Select(c => (char)c)) + "\uFFFE\uFFFF");

    private static int FirstInvalid(string text)
    {
        // Feeds carry whole summaries: most texts hold nothing to remove, found by two vectorised searches.
        var suspect = text.AsSpan().IndexOfAny(Suspect);
        var surrogate = text.AsSpan().IndexOfAnyInRange('\uD800', '\uDFFF');
        if (suspect < 0 && surrogate < 0) return -1;
        var from = suspect < 0 ? surrogate : surrogate < 0 ? suspect : Math.Min(suspect, surrogate);
        for (int i = from; i < text.Length; i++)
        {
            char c = text[i];
            if (char.IsHighSurrogate(c))
            {
                if (i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                {
                    i++;
                    continue;
                }
                return i;
            }
            if (!IsAllowedSingle(c))
                return i;
        }
        return -1;
    }

    /// <summary>Whether a non-high-surrogate UTF-16 unit may stand on its own in the output.</summary>
    private static bool IsAllowedSingle(char c) => c switch
    {
        '\t' or '\n' or '\r' => true,
        < '\u0020' => false,
        >= '\u007F' and <= '\u009F' => false,
        >= '\uD800' and <= '\uDFFF' => false, // a low surrogate not preceded by a high one
        '\uFFFE' or '\uFFFF' => false,
        _ => true,
    };
}
