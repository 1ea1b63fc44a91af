using DivergingReports.Unicode;
using System.Buffers;
using System.Globalization;
using System.Text;

namespace DivergingReports.Analysis;

/// <summary>
/// Folds text for comparison: lower case (invariant), diacritics removed, apostrophes dropped
/// ("didn’t" = "didn't" = "didnt"), every other mark a word break, ellipses a gap.
/// </summary>
public static class TextNormalizer
{
    /// <summary>One word folded: "Zelenskyy’s" → "zelenskyys", "Ushakóv" → "ushakov".</summary>
    public static string FoldWord(ReadOnlySpan<char> word)
    {
        Span<char> buffer = word.Length <= 128 ? stackalloc char[word.Length * 2] : new char[word.Length * 2];
        var n = 0;
        var ascii = true;
        foreach (var c in word) if (c > 0x7F) { ascii = false; break; }
        if (ascii)
        {
            foreach (var c in word)
                if (char.IsLetterOrDigit(c)) buffer[n++] = char.ToLowerInvariant(c);
            return new string(buffer[..n]);
        }
        // Diacritics go by a table of our own (string.Normalize does nothing without ICU), and combining marks are dropped.
        foreach (var c in word)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            var plain = Diacritics.Strip(c);
            if (char.IsLetterOrDigit(plain)) buffer[n++] = char.ToLowerInvariant(plain);
        }
        return new string(buffer[..n]);
    }

    /// <summary>
    /// The folded words of a text, in order; a null entry marks an ellipsis ("…" or "..."), where a
    /// quotation leaves words out.
    /// </summary>
    public static List<string?> WordsWithGaps(string text)
    {
        var words = new List<string?>();
        var i = 0;
        while (NextWord(text, ref i, out var start))
        {
            if (start < 0)
            {
                if (words.Count > 0 && words[^1] is not null) words.Add(null);
                continue;
            }
            var folded = FoldWord(text.AsSpan(start, i - start));
            if (folded.Length > 0) words.Add(folded);
        }
        if (words.Count > 0 && words[^1] is null) words.RemoveAt(words.Count - 1);
        return words;
    }

    /// <summary>
    /// Reads the next word or ellipsis of a text from <paramref name="i"/>, and moves i past it;
    /// false at the end of the text. <paramref name="start"/> is where the word begins, or -1 for an ellipsis.
    /// </summary>
    internal static bool NextWord(string text, ref int i, out int start)
    {
        while (i < text.Length)
        {
            var c = text[i];
            if (c == '\u2026' || (c == '.' && i + 2 < text.Length && text[i + 1] == '.' && text[i + 2] == '.'))
            {
                i += c == '.' ? 3 : 1;
                while (i < text.Length && text[i] == '.') i++;
                start = -1;
                return true;
            }
            if (!char.IsLetterOrDigit(c))
            {
                i++;
                continue;
            }
            start = i;
            while (true)
            {
                // Most of a word is ASCII letters: skip them at once (vectorised).
                i = AsciiRuns.SkipLettersAndDigits(text, i);
                if (i == text.Length) break;
                if (!(char.IsLetterOrDigit(text[i])
                    || CharUnicodeInfo.GetUnicodeCategory(text[i]) == UnicodeCategory.NonSpacingMark
                    || (Tokenizer.IsApostrophe(text[i]) && i + 1 < text.Length && char.IsLetter(text[i + 1]) && char.IsLetter(text[i - 1]))
                    || (text[i] is ',' or '.' && i + 1 < text.Length && char.IsDigit(text[i + 1]) && char.IsDigit(text[i - 1]))))
                    break;
                i++;
            }
            return true;
        }
        start = 0;
        return false;
    }

    /// <summary>The folded words of a text, in order, ellipses ignored.</summary>
    public static List<string> Words(string text)
    {
        var all = WordsWithGaps(text);
        var words = new List<string>(all.Count);
        foreach (var w in all) if (w is not null) words.Add(w);
        return words;
    }

    /// <summary>A text folded to its words joined by single spaces: the key under which two wordings are the same.</summary>
    public static string Key(string text) => string.Join(' ', Words(text));

    /// <summary>A span with its white space (line breaks too) collapsed to single spaces, trimmed.</summary>
    public static string Collapse(ReadOnlySpan<char> s)
    {
        // The result is never longer than the span: build it in a buffer on the stack (or rented), not a StringBuilder.
        char[]? rented = null;
        var buffer = s.Length <= 512 ? stackalloc char[s.Length] : (rented = ArrayPool<char>.Shared.Rent(s.Length));
        var n = 0;
        var space = false;
        foreach (var c in s)
        {
            if (char.IsWhiteSpace(c)) { space = n > 0; continue; }
            if (space) buffer[n++] = ' ';
            space = false;
            buffer[n++] = c;
        }
        var collapsed = new string(buffer[..n]);
        if (rented is not null) ArrayPool<char>.Shared.Return(rented);
        return collapsed;
    }

    /// <summary>A stable 64-bit hash (FNV-1a): the same on every run and machine, unlike string.GetHashCode.</summary>
    public static ulong Hash(ReadOnlySpan<char> s)
    {
        var h = 14695981039346656037UL;
        foreach (var c in s)
        {
            h ^= c;
            h *= 1099511628211UL;
        }
        return h;
    }
}
