using System.Globalization;

namespace DivergingReports.Analysis;

/// <summary>
/// Reads the number a figure starts with, in its language's notation: "1,500,000" and "1.5" in
/// English, "1.000,5" in German, "1 000 000" (with a space, a no-break or a thin space) in French
/// or Ukrainian, Arabic-Indic digits ("٥٠٠"); and spelled counts ("twenty-five").
/// </summary>
internal static class FigureNumbers
{
    /// <summary>
    /// The number at token i, with the groups of three digits that follow it after one space where
    /// the language separates thousands so ("1 000 000" is three tokens); returns the token after it.
    /// </summary>
    public static bool TryRead(ReportText report, int i, FigureLanguage language, out decimal value, out int next)
    {
        next = i + 1;
        var tokens = report.Tokens;
        var first = report.Span(i);
        if (!TryParse(first, language, out value)) return false;
        // "1 000 000": a first group of one to three digits, then groups of exactly three after one space.
        if (first.Length > 3 || !IsDigits(first)) return true;
        var whole = first.ToString();
        var k = i + 1;
        while (k < tokens.Length && tokens[k].Kind == TokenKind.Number && IsGroupSpace(report.Source, tokens[k - 1].End, tokens[k].Start, language))
        {
            var group = report.Span(k);
            var mark = group.IndexOfAny(',', '.');
            var digits = mark >= 0 ? group[..mark] : group;
            if (digits.Length != 3 || !IsDigits(digits) || (mark >= 0 && !language.DecimalComma)) break;
            whole += group.ToString();
            k++;
        }
        if (k == i + 1) return true;
        if (!TryParse(whole, language, out var grouped)) return true;
        value = grouped;
        next = k;
        return true;
    }

    private static bool IsGroupSpace(string text, int from, int to, FigureLanguage language) =>
        to - from == 1 && (text[from] is '\u00A0' or '\u202F' or '\u2009' || (language.SpaceGroups && text[from] == ' '));

    private static bool IsDigits(ReadOnlySpan<char> span)
    {
        foreach (var c in span) if (!char.IsDigit(c)) return false;
        return span.Length > 0;
    }

    /// <summary>
    /// One number token: in English a comma separates thousands and a point the decimals; in a
    /// decimal-comma language the other way round, though a point followed by other than three
    /// digits is still a decimal point ("1.5" in a German report quoting an English source).
    /// </summary>
    public static bool TryParse(ReadOnlySpan<char> raw, FigureLanguage language, out decimal value)
    {
        if (!language.DecimalComma && TryParseWhole(raw, out var whole))
        {
            value = whole;
            return true;
        }
        Span<char> clean = raw.Length <= 64 ? stackalloc char[raw.Length] : new char[raw.Length];
        var n = 0;
        char thousands = language.DecimalComma ? '.' : ',', decimals = language.DecimalComma ? ',' : '.';
        if (language.DecimalComma && raw.IndexOf(',') < 0 && raw.Count('.') == 1 && raw.Length - raw.IndexOf('.') - 1 != 3)
            (thousands, decimals) = (',', '.');
        foreach (var c in raw)
        {
            if (c == thousands || c == '\u066C') continue; // ٬ the Arabic thousands separator
            if (c == decimals || c == '\u066B') clean[n++] = '.'; // ٫ the Arabic decimal separator
            else if (char.IsAsciiDigit(c) || c == '.') clean[n++] = c;
            else if (char.IsDigit(c)) clean[n++] = (char)('0' + (int)char.GetNumericValue(c));
            else { value = 0; return false; }
        }
        return decimal.TryParse(clean[..n], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);
    }

    /// <summary>Most numbers are whole and short ("5,000"): their ASCII digits read directly, to the value decimal.TryParse gives.</summary>
    private static bool TryParseWhole(ReadOnlySpan<char> raw, out long value)
    {
        value = 0;
        var digits = 0;
        foreach (var c in raw)
        {
            if (c == ',') continue;
            if (!char.IsAsciiDigit(c) || ++digits > 18) return false;
            value = value * 10 + (c - '0');
        }
        return digits > 0;
    }

    /// <summary>"three" → 3, "twenty-five" → 25; null for any other word.</summary>
    public static int? Spelled(string folded, ReadOnlySpan<char> word)
    {
        if (Lexicon.NumberWords.TryGetValue(folded, out var v)) return v;
        if (folded.Length < 8) return null;
        var hyphen = word.IndexOfAny('-', '\u2010');
        if (hyphen > 0)
        {
            var tens = TextNormalizer.FoldWord(word[..hyphen]);
            var units = TextNormalizer.FoldWord(word[(hyphen + 1)..]);
            if (Lexicon.NumberWords.TryGetValue(tens, out var t) && t >= 20 && t % 10 == 0
                && Lexicon.NumberWords.TryGetValue(units, out var u) && u < 10)
                return t + u;
        }
        return null;
    }

    /// <summary>The amount, invariant and without trailing zeros: "1500000", "2.5".</summary>
    public static string Format(decimal d) =>
        d.Scale == 0 && d <= long.MaxValue && d >= 0
            ? ((long)d).ToString(CultureInfo.InvariantCulture)
            : d.ToString("0.##########", CultureInfo.InvariantCulture);
}
