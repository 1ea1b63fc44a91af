using System.Globalization;
namespace DivergingReports.Analysis;

/// <summary>
/// A figure in a report: a number with what it counts.
/// </summary>
/// <param name="Phrase">As written, hedge included: "nearly 1 million Russian troops", "$66 billion in aid".</param>
/// <param name="Subject">What is counted, as first written: "Russian troops", "hour", "dollars".</param>
/// <param name="SubjectKey">The subject folded, its last word singular: "russian troop".</param>
/// <param name="Value">The amount, invariant: "1000000", "66000000000 dollars", "30 day", "thousands".</param>
/// <param name="Hedge">The hedge, folded ("nearly", "more than"), or null.</param>
/// <param name="Start">Where the phrase begins in the report's text.</param>
public sealed record Figure(string Phrase, string Subject, string SubjectKey, string Value, string? Hedge, int Start);

/// <summary>
/// Finds figures: digits ("5,000", "1.5 million", "$66 billion", "40%", "30-day"), spelled counts
/// ("three soldiers", "dozens of drones", "a million people", "nearly an hour"), each with the hedge
/// before it and the words after it that say what it counts (up to the first plural noun, a
/// function word or punctuation). Not figures: years ("in 2022", "February 2022", "the 2022
/// invasion"), days of dates ("July 3, 2025", "Jan. 5"), times ("10:30", "3 p.m."), ordinals,
/// decades, designations ("AIM-7", "Article 5", "Flight 17"), counts after a determiner ("the two
/// presidents"), and numbers that count nothing named.
/// </summary>
public static class FigureFinder
{
    private const int MaxSubjectWords = 4;

    private static readonly HashSet<string> Designators = new(StringComparer.Ordinal)
    {
        "page", "pages", "section", "chapter", "paragraph", "number", "no", "version", "vol", "item", "line", "row", "rule",
        "clause", "grade", "level", "phase", "stage", "category", "channel", "route", "flight", "highway",
    };

    private static readonly HashSet<string> OrdinalSuffixes = new(StringComparer.Ordinal) { "st", "nd", "rd", "th", "s" };

    public static IReadOnlyList<Figure> Find(string text) => Find(new ReportText(text));

    internal static IReadOnlyList<Figure> Find(ReportText report)
    {
        var figures = new List<Figure>();
        var i = 0;
        while (i < report.Count)
        {
            if (!MayStartFigure(report, i)) { i++; continue; }
            var next = TryFigureAt(report, i, out var figure);
            if (figure is not null) figures.Add(figure);
            i = Math.Max(next, i + 1);
        }
        return figures;
    }

    /// <summary>
    /// Whether a figure may start at token i: a number, or one of the few words that count
    /// (<see cref="TryFigureAt"/> reads nothing else, and is costly to enter at every word).
    /// </summary>
    private static bool MayStartFigure(ReportText report, int i)
    {
        var token = report.Tokens[i];
        if (token.Kind == TokenKind.Number) return true;
        if (token.Kind != TokenKind.Word) return false;
        var word = report.Words[i];
        if (word.In(WordList.NumberWords | WordList.VagueNumbers)) return true;
        // "a million", "one hundred", "nearly an hour"
        if (word.In(WordList.One)) return report.IsWord(i + 1) && report.Words[i + 1].In(WordList.Scales | WordList.TimeUnits);
        return word.In(WordList.TensFirst) && word.Text.Length >= 8 && token.Span(report.Source).IndexOfAny('-', '\u2010') > 0; // "twenty-five"
    }

    private static bool Attached(Token[] tokens, int i) => i < tokens.Length && !tokens[i].SpaceBefore;

    /// <summary>One space between a token and the one before it, on one line: "2 %", as many style guides set a percentage.</summary>
    private static bool SpacedOnce(Token[] tokens, int i) =>
        i > 0 && i < tokens.Length && !tokens[i].NewlineBefore && tokens[i].Start - (tokens[i - 1].Start + tokens[i - 1].Length) == 1;

    /// <summary>Reads a figure starting at token i; returns the index after what it consumed.</summary>
    private static int TryFigureAt(ReportText report, int i, out Figure? figure)
    {
        var text = report.Source;
        var tokens = report.Tokens;
        var folded = report.Folded;
        figure = null;
        var t = tokens[i];
        decimal? amount = null;
        string? vague = null;
        var numberStart = i;
        var k = i + 1; // next token to read
        var spelled = false;

        if (t.Kind == TokenKind.Number)
        {
            if (!TryParse(t.Span(text), out var n)) return k;
            if (IsDateOrTime(report, i, n)) return k;
            // A designation: "Article 5", "Flight 17", "No. 1"; a capitalised word right before, not a possessive.
            if (report.IsWord(i - 1))
            {
                var before = tokens[i - 1].Span(text);
                var word = folded[i - 1];
                if (Designators.Contains(word)) return k;
                if (char.IsUpper(before[0]) && !before.EndsWith("’s") && !before.EndsWith("'s")
                    && !Lexicon.Hedges.ContainsKey(word) && !Lexicon.Common.Contains(word) && !Lexicon.Months.Contains(word))
                    return k;
            }
            if (i > 0 && tokens[i - 1].Kind == TokenKind.Symbol && text[tokens[i - 1].Start] is '#' && !t.SpaceBefore) return k;
            if (i > 1 && report.IsSymbol(i - 1, '.') && !t.SpaceBefore) return k;
            amount = n;
            // Suffixes written on the number: "3rd", "1990s" (no figure), "66bn", "5m".
            if (report.IsWord(k) && Attached(tokens, k))
            {
                var suffix = folded[k];
                if (OrdinalSuffixes.Contains(suffix)) return k + 1;
                if (Lexicon.Multipliers.TryGetValue(suffix, out var m)) { amount *= m; k++; }
                else return k + 1; // "5G", "10x": not a count
            }
        }
        else if (t.Kind == TokenKind.Word)
        {
            var w = folded[i];
            var spelledValue = SpelledNumber(w, t.Span(text));
            if (spelledValue is { } sv)
            {
                if (report.IsWord(i - 1) && Lexicon.Determiners.Contains(folded[i - 1])) return k;
                amount = sv;
                spelled = true;
            }
            else if (w is "a" or "an" or "one" && report.IsWord(k) && (folded[k] is "million" or "billion" or "thousand" or "hundred" or "trillion" or "dozen"))
            {
                amount = 1; // "a dozen" is multiplied below
                spelled = true;
            }
            else if (w is "a" or "an" && report.IsWord(k) && Lexicon.TimeUnits.Contains(folded[k]) && HedgeBefore(report, i) is not null)
            {
                amount = 1;
                spelled = true;
            }
            else if (Lexicon.VagueNumbers.Contains(w) && report.IsWord(k) && folded[k] == "of")
            {
                vague = w;
                k++;
                // "tens of thousands of", "hundreds of thousands of"
                if (report.IsWord(k) && Lexicon.VagueNumbers.Contains(folded[k]) && report.IsWord(k + 1) && folded[k + 1] == "of")
                {
                    vague += " of " + folded[k];
                    k += 2;
                }
                if (report.IsWord(i - 1) && Lexicon.Determiners.Contains(folded[i - 1])) return k;
            }
            else return k;
        }
        else return k;

        // Multipliers: "1 million", "1.5 billion", "two hundred thousand".
        while (amount is not null && report.IsWord(k) && Lexicon.Multipliers.TryGetValue(folded[k], out var mult)
               && folded[k].Length > 2)
        {
            amount *= mult;
            k++;
        }
        if (spelled && report.IsWord(k) && folded[k] == "dozen") { amount *= 12; k++; }

        // A range: "5-10", "5 to 10" is left as two numbers; "5–10" is one figure.
        string? rangeEnd = null;
        if (amount is not null && k + 1 < tokens.Length && tokens[k].Kind == TokenKind.Symbol && text[tokens[k].Start] is '-' or '\u2013'
            && Attached(tokens, k) && tokens[k + 1].Kind == TokenKind.Number && Attached(tokens, k + 1)
            && TryParse(tokens[k + 1].Span(text), out var upper))
        {
            rangeEnd = Format(upper);
            k += 2;
        }

        // Units: currency before ("$66", "US$5") or after ("66 euros"), percent, a hyphenated unit ("30-day").
        string? unit = null;
        var phraseStartToken = numberStart;
        if (numberStart > 0 && tokens[numberStart - 1].Kind == TokenKind.Symbol && !tokens[numberStart].SpaceBefore
            && Lexicon.Currencies.TryGetValue(tokens[numberStart - 1].Text(text), out var currency))
        {
            unit = currency;
            phraseStartToken = numberStart - 1;
            if (report.IsWord(phraseStartToken - 1) && !tokens[phraseStartToken].SpaceBefore) phraseStartToken--; // "US$"
        }
        string? compound = null;
        if (unit is null && k < tokens.Length)
        {
            if (report.IsSymbol(k, '%') && (Attached(tokens, k) || SpacedOnce(tokens, k))) { unit = "percent"; k++; }
            else if (report.IsWord(k) && folded[k] is "percent" or "pct") { unit = "percent"; k++; }
            else if (report.IsWord(k) && folded[k] == "per" && report.IsWord(k + 1) && folded[k + 1] == "cent") { unit = "percent"; k += 2; }
            else if (report.IsWord(k) && Lexicon.Currencies.TryGetValue(folded[k], out var c2) && folded[k].Length > 1) { unit = c2; k++; }
            else if (k + 1 < tokens.Length && tokens[k].Kind == TokenKind.Symbol && Tokenizer.IsHyphen(text[tokens[k].Start]) && Attached(tokens, k)
                     && report.IsWord(k + 1) && Attached(tokens, k + 1))
            {
                compound = tokens[k + 1].Text(text);
                k += 2;
            }
        }
        if (unit == "percent" && report.IsWord(k) && folded[k] == "points") k++;

        // What it counts.
        var subjectStart = k;
        if (unit is not null || vague is not null)
        {
            // "$66 billion in aid", "40% of voters"; "thousands of" already read its "of".
            if (unit is not null && report.IsWord(k) && folded[k] is "in" or "of" or "for" or "worth")
            {
                var skip = folded[k] == "worth" && report.IsWord(k + 1) && folded[k + 1] == "of" ? 2 : 1;
                var (s, e) = NounPhrase(report, k + skip, plural: true);
                if (e > s) { subjectStart = s; k = e; }
            }
            else
            {
                var (s, e) = NounPhrase(report, k, plural: true);
                if (e > s) { subjectStart = s; k = e; }
            }
        }
        else
        {
            var one = amount == 1 && compound is null;
            var (s, e) = NounPhrase(report, k, plural: !one);
            subjectStart = s;
            k = e;
        }
        var hasSubject = k > subjectStart;
        if (!hasSubject && unit is null && compound is null) return Math.Max(k, i + 1);

        var hedge = HedgeBefore(report, phraseStartToken);
        var phraseStart = hedge is { } h ? tokens[h.Start].Start : tokens[phraseStartToken].Start;
        var phraseEnd = tokens[k - 1].End;
        var phrase = TextNormalizer.Collapse(text.AsSpan(phraseStart, phraseEnd - phraseStart));

        string subject, subjectKey;
        if (hasSubject)
        {
            subject = string.Join(' ', tokens[subjectStart..k].Select(x => x.Text(text)));
            subjectKey = SubjectKey(folded.Slice(subjectStart, k));
        }
        else
        {
            subject = unit ?? compound!;
            subjectKey = SubjectKey([TextNormalizer.FoldWord(subject)]);
        }
        var value = vague ?? Format(amount!.Value) + (rangeEnd is null ? "" : "-" + rangeEnd);
        if (unit is not null && hasSubject) value += " " + unit;
        if (compound is not null) value += " " + TextNormalizer.FoldWord(compound);
        figure = new Figure(phrase, subject, subjectKey, value, hedge?.Text, phraseStart);
        return k;
    }

    /// <summary>The words after a number that say what it counts: up to the first plural noun (when <paramref name="plural"/>), else one word.</summary>
    private static (int Start, int End) NounPhrase(ReportText report, int k, bool plural)
    {
        var text = report.Source;
        var tokens = report.Tokens;
        var folded = report.Folded;
        var start = k;
        while (k < tokens.Length && k - start < MaxSubjectWords && tokens[k].Kind == TokenKind.Word)
        {
            if (k > start && !tokens[k].SpaceBefore) break;
            var w = folded[k];
            if (Lexicon.SubjectStops.Contains(w) || Lexicon.Hedges.ContainsKey(w) || Lexicon.Multipliers.ContainsKey(w)) break;
            if (w.Length == 0 || Lexicon.Verbs.Contains(w) && k > start) break;
            // A capitalised word after the first is a name ("5 drones Russia launched" is cut before "Russia"), unless a demonym.
            var span = tokens[k].Span(text);
            if (k > start && char.IsUpper(span[0]) && !Lexicon.Demonyms.Contains(w)) break;
            k++;
            if (IsPlural(w)) break;
            if (!plural && !Lexicon.Demonyms.Contains(w)) break;
        }
        // An -ly adverb or a verb is not what is counted ("5 reportedly", "12 killed" is kept: what happened to them).
        while (k > start && (folded[k - 1].EndsWith("ly", StringComparison.Ordinal) || Lexicon.Verbs.Contains(folded[k - 1]))) k--;
        return (start, k);
    }

    private static (int Start, string Text)? HedgeBefore(ReportText report, int figureStart)
    {
        var folded = report.Folded;
        var p = figureStart - 1;
        if (!report.IsWord(p)) return null;
        var one = folded[p];
        if (report.IsWord(p - 1))
        {
            var two = folded[p - 1] + " " + one;
            if (Lexicon.Hedges.ContainsKey(two)) return (p - 1, two);
        }
        return Lexicon.Hedges.ContainsKey(one) ? (p, one) : null;
    }

    private static bool IsDateOrTime(ReportText report, int i, decimal n)
    {
        var text = report.Source;
        var tokens = report.Tokens;
        var folded = report.Folded;
        var raw = tokens[i].Span(text);
        // Times: "10:30", "3 p.m.", "0900 GMT".
        if (report.IsSymbol(i + 1, ':') && Attached(tokens, i + 1) && i + 2 < tokens.Length && tokens[i + 2].Kind == TokenKind.Number) return true;
        if (i > 0 && report.IsSymbol(i - 1, ':') && !tokens[i].SpaceBefore && i > 1 && tokens[i - 2].Kind == TokenKind.Number) return true;
        if (report.IsWord(i + 1) && Lexicon.ClockWords.Contains(folded[i + 1])) return true;
        // Dates: a month before ("July 3", "Jan. 5", "February 2022") or after ("3 July"); the year after "July 3,".
        if (MonthBefore(report, i)) return true;
        if (report.IsWord(i + 1) && Lexicon.Months.Contains(folded[i + 1]) && char.IsUpper(text[tokens[i + 1].Start])) return true;
        if (i >= 2 && report.IsSymbol(i - 1, ',') && tokens[i - 2].Kind == TokenKind.Number && MonthBefore(report, i - 2)) return true;
        // Years: four plain digits from 1000 to 2199, unless they plainly count something ("2000 troops").
        if (raw.Length == 4 && n is >= 1000 and <= 2199 && raw.IndexOfAny(',', '.') < 0)
        {
            if (report.IsWord(i - 1) && Lexicon.YearPrepositions.Contains(folded[i - 1])) return true;
            if (i > 0 && tokens[i - 1].Kind == TokenKind.Symbol && text[tokens[i - 1].Start] is ',' or '(' or '\u2013' or '-' or '/') return true;
            if (!report.IsWord(i + 1)) return true;
            var after = tokens[i + 1].Span(text);
            if (char.IsUpper(after[0]) || Lexicon.SubjectStops.Contains(folded[i + 1])) return true;
        }
        return false;
    }

    private static bool MonthBefore(ReportText report, int i)
    {
        var text = report.Source;
        var tokens = report.Tokens;
        var folded = report.Folded;
        var p = i - 1;
        if (report.IsSymbol(p, '.')) p--;
        return report.IsWord(p) && Lexicon.Months.Contains(folded[p]) && char.IsUpper(text[tokens[p].Start]);
    }

    private static int? SpelledNumber(string folded, ReadOnlySpan<char> word)
    {
        if (Lexicon.NumberWords.TryGetValue(folded, out var v)) return v;
        if (folded.Length < 8) return null;
        // "twenty-five"
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

    private static bool TryParse(ReadOnlySpan<char> raw, out decimal value)
    {
        if (TryParseWhole(raw, out var whole))
        {
            value = whole;
            return true;
        }
        // The number without its thousands separators.
        Span<char> clean = raw.Length <= 64 ? stackalloc char[raw.Length] : new char[raw.Length];
        var n = 0;
        foreach (var c in raw) if (c != ',') clean[n++] = c;
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

    private static string Format(decimal d) =>
        d.Scale == 0 && d <= long.MaxValue && d >= 0
            ? ((long)d).ToString(CultureInfo.InvariantCulture) // a whole number, as the format below writes it
            : d.ToString("0.##########", CultureInfo.InvariantCulture);

    internal static bool IsPlural(string folded)
    {
        if (Lexicon.IrregularPlurals.TryGetValue(folded, out var singular)) return singular != folded || folded is "personnel" or "police" or "staff" or "crew" or "aircraft" or "data" or "cattle";
        return folded.Length > 3 && folded.EndsWith('s') && !folded.EndsWith("ss", StringComparison.Ordinal)
            && !folded.EndsWith("us", StringComparison.Ordinal) && !folded.EndsWith("is", StringComparison.Ordinal);
    }

    internal static string Singular(string folded)
    {
        if (Lexicon.IrregularPlurals.TryGetValue(folded, out var singular)) return singular;
        if (!IsPlural(folded)) return folded;
        if (folded.EndsWith("ies", StringComparison.Ordinal) && folded.Length > 4) return folded[..^3] + "y";
        if (folded.EndsWith("ches", StringComparison.Ordinal) || folded.EndsWith("shes", StringComparison.Ordinal)
            || folded.EndsWith("xes", StringComparison.Ordinal) || folded.EndsWith("sses", StringComparison.Ordinal))
            return folded[..^2];
        return folded[..^1];
    }

    internal static string SubjectKey(List<string> folded)
    {
        if (folded.Count == 0) return "";
        folded[^1] = Singular(folded[^1]);
        return string.Join(' ', folded);
    }
}
