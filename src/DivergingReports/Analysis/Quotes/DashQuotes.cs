using System.Collections.Frozen;

namespace DivergingReports.Analysis;

/// <summary>
/// Quotations opened by a dash at the start of a paragraph, as French, Russian, Ukrainian and
/// Spanish typesetting sets dialogue: "— Nous ne céderons pas, a déclaré le ministre." The words
/// run to a dash set apart by spaces ("— Nous ne céderons pas — a-t-il dit"), to a comma before an
/// attribution verb ("…, a déclaré", "…, said"), or to the paragraph's end.
/// </summary>
internal static class DashQuotes
{
    private const int MaxAttributionWords = 3;

    /// <summary>Verbs that open an attribution after a dash quotation, folded.</summary>
    private static readonly FrozenSet<string> AttributionVerbs = new[]
    {
        "said", "says", "told", "added", "asked", "replied", "stressed", "insisted", "warned",
        "dit", "declare", "affirme", "ajoute", "souligne", "repond", "explique", "estime", "lance", "insiste", "a", "atil", "atelle",
        "sagte", "erklarte", "betonte", "fugte", "meinte", "so",
        "заявив", "заявила", "сказав", "сказала", "додав", "додала", "наголосив", "наголосила", "зазначив", "зазначила",
        "заявил", "заявила", "сказал", "сказала", "добавил", "добавила", "подчеркнул",
        "dijo", "afirmo", "anadio", "قال", "وقال", "أضاف", "وأضاف",
    }.Select(w => TextNormalizer.FoldWord(w)).ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Content spans [start, end) of the dash quotations of a text, in order.</summary>
    public static List<(int Start, int End)> Spans(string text)
    {
        var spans = new List<(int, int)>();
        for (var line = 0; line < text.Length;)
        {
            var end = text.IndexOf('\n', line);
            if (end < 0) end = text.Length;
            var i = line;
            while (i < end && text[i] is ' ' or '\t' or '\u00A0') i++;
            if (i + 2 < end && text[i] is '\u2014' or '\u2013' || (i + 2 < end && text[i] == '-' && text[i + 1] == ' '))
            {
                var start = i + 1;
                while (start < end && char.IsWhiteSpace(text[start])) start++;
                if (start < end && char.IsLetter(text[start])) spans.Add((start, QuoteEnd(text, start, end)));
            }
            line = end + 1;
        }
        return spans;
    }

    private static int QuoteEnd(string text, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            var c = text[i];
            // A dash set apart by spaces hands over to the attribution.
            if (c is '\u2014' or '\u2013' && i > start && char.IsWhiteSpace(text[i - 1])) return TrimEnd(text, start, i);
            if (c == ',' && AttributionFollows(text, i + 1, end)) return i;
        }
        return TrimEnd(text, start, end);
    }

    private static bool AttributionFollows(string text, int from, int end)
    {
        var words = 0;
        var i = from;
        while (i < end && words < MaxAttributionWords)
        {
            while (i < end && char.IsWhiteSpace(text[i])) i++;
            var w = i;
            while (i < end && (char.IsLetter(text[i]) || text[i] is '-' or '\'' or '\u2019')) i++;
            if (i == w) return false;
            if (AttributionVerbs.Contains(TextNormalizer.FoldWord(text.AsSpan(w, i - w)))) return true;
            words++;
        }
        return false;
    }

    private static int TrimEnd(string text, int start, int end)
    {
        while (end > start && char.IsWhiteSpace(text[end - 1])) end--;
        return end;
    }
}
