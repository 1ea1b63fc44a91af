using System.Buffers;

namespace DivergingReports.Analysis;

/// <summary>What a token of text is.</summary>
internal enum TokenKind : byte
{
    /// <summary>Letters, possibly with digits, inner apostrophes, hyphens and acronym dots ("Kyiv’s", "AIM-7", "U.S.").</summary>
    Word,
    /// <summary>Digits, with inner thousands separators and a decimal point ("400,000", "1.5").</summary>
    Number,
    /// <summary>Any other single character that is not white space (punctuation, quote marks, "$", "%").</summary>
    Symbol,
}

/// <summary>One token of a text: where it is and what precedes it.</summary>
/// <remarks>Twelve bytes, the numbers first: a story's texts hold thousands of tokens, read again by every analysis.</remarks>
internal readonly record struct Token
{
    public Token(TokenKind kind, int start, int length, bool spaceBefore, bool newlineBefore)
    {
        Start = start;
        Length = length;
        Kind = kind;
        SpaceBefore = spaceBefore;
        NewlineBefore = newlineBefore;
    }

    public int Start { get; }
    public int Length { get; }
    public TokenKind Kind { get; }
    public bool SpaceBefore { get; }
    public bool NewlineBefore { get; }

    public int End => Start + Length;
    public string Text(string source) => source.Substring(Start, Length);
    public ReadOnlySpan<char> Span(string source) => source.AsSpan(Start, Length);
}

/// <summary>
/// Splits a text into words, numbers and symbols in one pass. An apostrophe between letters stays
/// in its word ("didn’t", "Kyiv’s"): it is never a quote mark.
/// </summary>
internal static class Tokenizer
{
    public static Token[] Tokenize(string text)
    {
        // A text has at most one token per character: fill a reused buffer, then copy out what was found.
        var tokens = ArrayPool<Token>.Shared.Rent(text.Length);
        var count = 0;
        bool space = false, newline = false;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                space = true;
                if (c is '\n' or '\r' or '\u2028' or '\u2029') newline = true;
                i++;
                continue;
            }
            int start = i;
            TokenKind kind;
            if (char.IsLetter(c))
            {
                kind = TokenKind.Word;
                i = ScanWord(text, i);
            }
            else if (char.IsDigit(c))
            {
                kind = TokenKind.Number;
                i = ScanNumber(text, i);
            }
            else
            {
                kind = TokenKind.Symbol;
                i++;
            }
            tokens[count++] = new Token(kind, start, i - start, space || start == 0, newline);
            space = newline = false;
        }
        var result = tokens.AsSpan(0, count).ToArray();
        ArrayPool<Token>.Shared.Return(tokens);
        return result;
    }

    private static int ScanWord(string text, int i)
    {
        var segmentStart = i;
        var acronym = false;
        while (i < text.Length)
        {
            // Most of a word is ASCII letters: skip them at once (vectorised), not one test per letter.
            i = AsciiRuns.SkipLettersAndDigits(text, i);
            if (i == text.Length) return i;
            var c = text[i];
            if (c == ' ') break; // the usual end of a word, settled before the tests below
            if (char.IsLetterOrDigit(c) || char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark)
            {
                i++;
                continue;
            }
            var next = i + 1 < text.Length ? text[i + 1] : '\0';
            if (IsApostrophe(c) && char.IsLetter(next) && i > 0 && char.IsLetter(text[i - 1]))
            {
                i++;
                continue;
            }
            if (IsHyphen(c) && char.IsLetterOrDigit(next))
            {
                i++;
                segmentStart = i;
                continue;
            }
            // Acronyms with dots: "U.S.", "a.m.", "D.C." — single letters each followed by a dot.
            if (c == '.' && i - segmentStart == 1 && char.IsLetter(text[i - 1]))
            {
                if (char.IsLetter(next) && (i + 2 >= text.Length || !char.IsLetter(text[i + 2])))
                {
                    acronym = true;
                    i++;
                    segmentStart = i;
                    continue;
                }
                if (acronym)
                {
                    i++; // the acronym's final dot belongs to it
                    break;
                }
            }
            break;
        }
        return i;
    }

    private static int ScanNumber(string text, int i)
    {
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsDigit(c)) { i++; continue; }
            if ((c == ',' || c == '.') && i + 1 < text.Length && char.IsDigit(text[i + 1]))
            {
                i++;
                continue;
            }
            break;
        }
        return i;
    }

    public static bool IsApostrophe(char c) => c is '\'' or '\u2019' or '\u02BC' or '\u2018' or '`';

    public static bool IsHyphen(char c) => c is '-' or '\u2010' or '\u2011';
}
