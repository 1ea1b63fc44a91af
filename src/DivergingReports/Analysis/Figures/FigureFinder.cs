using System.Globalization;
namespace DivergingReports.Analysis;

/// <summary>
/// A figure in a report: a number with what it counts.
/// </summary>
/// <param name="Phrase">As written, hedge included: "nearly 1 million Russian troops", "$66 billion in aid".</param>
/// <param name="Subject">What is counted, as first written: "Russian troops", "aid", "dollars" (an amount of money of nothing named).</param>
/// <param name="SubjectKey">The subject folded, its last word singular: "russian troop".</param>
/// <param name="Value">The amount, invariant, with its unit when it counts something named: "1000000", "66000000000 dollars", "30 day", "thousands".</param>
/// <param name="Hedge">The hedge, folded ("nearly", "more than"), or null.</param>
/// <param name="Start">Where the phrase begins in the report's text.</param>
public sealed record Figure(string Phrase, string Subject, string SubjectKey, string Value, string? Hedge, int Start)
{
    /// <summary>The amount alone, invariant: "66000000000", "2", "thousands".</summary>
    public string Amount { get; init; } = Value;

    /// <summary>What the amount is measured in: "dollars", "percent", "mm", "dollars a year"; null for a count.</summary>
    public string? Unit { get; init; }

    /// <summary>Which way the hedge points: "over", "under", "about", "exact"; null without a hedge.</summary>
    public string? Sense { get; init; }

    /// <summary>The content words of what is counted, folded, singular and sorted; empty when nothing is named ("$66 billion").</summary>
    public IReadOnlyList<string> Words { get; init; } = [];

    /// <summary>The language the figure was read in (a primary tag: "en", "de"): subjects in two languages cannot be compared word for word.</summary>
    public string Language { get; init; } = "en";
}

/// <summary>
/// Finds figures: digits ("5,000", "1.5 million", "$66 billion", "40%", "2 %", "30-day", "155mm"),
/// spelled counts ("three soldiers", "dozens of drones", "a million people", "nearly an hour"),
/// "19 of the 20 members" (19 members), each with the hedge before it and the words that say what
/// it counts. Numbers are read in the report's language ("1.000,5", "1 000 000", "60 Milliarden
/// Dollar", "plus de 500"). Not figures: years ("in 2022", "the 2019 freeze"), dates ("July 3",
/// "3 juillet"), times, ordinals ("3rd", "3."), decades, designations ("F-16", "AIM-7", "Article 5",
/// "Flight 17"), counts after a determiner ("the two presidents"), and numbers that count nothing named.
/// </summary>
public static class FigureFinder
{
    private static readonly HashSet<string> OrdinalSuffixes = new(StringComparer.Ordinal) { "st", "nd", "rd", "th", "s", "e", "er", "re", "eme", "ème", "го", "й", "ї", "ий", "ого", "te", "ten", "ter" };

    /// <summary>Units of measure written after a number, by the unit they name ("155mm", "155 mm", "40 km").</summary>
    internal static readonly Dictionary<string, string> Measures = new(StringComparer.Ordinal)
    {
        ["mm"] = "mm", ["millimetre"] = "mm", ["millimetres"] = "mm", ["millimeter"] = "mm", ["millimeters"] = "mm",
        ["cm"] = "cm", ["km"] = "km", ["kilometre"] = "km", ["kilometres"] = "km", ["kilometer"] = "km", ["kilometers"] = "km",
        ["kilomètres"] = "km", ["kilometern"] = "km", ["км"] = "km", ["мм"] = "mm", ["ملم"] = "mm", ["مم"] = "mm", ["كم"] = "km",
        ["mile"] = "miles", ["miles"] = "miles", ["kg"] = "kg", ["kilograms"] = "kg", ["kilogrammes"] = "kg",
        ["tonnes"] = "tonnes", ["tons"] = "tonnes", ["tonnen"] = "tonnes", ["т"] = "tonnes", ["mw"] = "MW", ["gw"] = "GW",
        ["hectares"] = "hectares", ["ha"] = "hectares", ["barrels"] = "barrels", ["sq"] = "square", ["km2"] = "km2", ["m3"] = "m3",
    };

    public static IReadOnlyList<Figure> Find(string text, string? language = null) => Find(new ReportText(text, language));

    internal static IReadOnlyList<Figure> Find(ReportText report)
    {
        var language = FigureLanguage.For(report.Language);
        var figures = new List<Figure>();
        var i = 0;
        while (i < report.Count)
        {
            if (!MayStartFigure(report, i, language)) { i++; continue; }
            var next = TryFigureAt(report, i, language, out var figure);
            if (figure is not null) figures.Add(figure);
            i = Math.Max(next, i + 1);
        }
        return figures;
    }

    /// <summary>
    /// Whether a figure may start at token i: a number, or one of the few words that count
    /// (<see cref="TryFigureAt"/> reads nothing else, and is costly to enter at every word).
    /// </summary>
    private static bool MayStartFigure(ReportText report, int i, FigureLanguage language)
    {
        var token = report.Tokens[i];
        if (token.Kind == TokenKind.Number) return true;
        if (token.Kind != TokenKind.Word || !language.IsEnglish) return false;
        var word = report.Words[i];
        if (word.In(WordList.NumberWords | WordList.VagueNumbers)) return true;
        // "a million", "one hundred", "nearly an hour"
        if (word.In(WordList.One)) return report.IsWord(i + 1) && report.Words[i + 1].In(WordList.Scales | WordList.TimeUnits);
        // "twenty-five", "three-year"
        return word.In(WordList.NumberFirst) && token.Span(report.Source).IndexOfAny('-', '\u2010') > 0;
    }

    /// <summary>A spelled number joined to a unit by a hyphen: "three-year" → (3, "year"); null for anything else.</summary>
    private static (decimal, string)? SpelledCompound(ReadOnlySpan<char> word)
    {
        var hyphen = word.IndexOfAny('-', '\u2010');
        if (hyphen <= 0 || word[(hyphen + 1)..].IndexOfAny('-', '\u2010') >= 0) return null;
        var rest = word[(hyphen + 1)..];
        if (rest.Length == 0 || !char.IsLetter(rest[0])) return null;
        return Lexicon.NumberWords.TryGetValue(TextNormalizer.FoldWord(word[..hyphen]), out var n) ? (n, rest.ToString()) : null;
    }

    private static bool Attached(Token[] tokens, int i) => i < tokens.Length && !tokens[i].SpaceBefore;

    /// <summary>One space between a token and the one before it, on one line: "2 %", as many style guides set a percentage.</summary>
    private static bool SpacedOnce(Token[] tokens, int i) =>
        i > 0 && i < tokens.Length && !tokens[i].NewlineBefore && tokens[i].Start - (tokens[i - 1].Start + tokens[i - 1].Length) == 1;

    /// <summary>Whether the number at token i names something rather than counts it: "Article 5", "Flight 17", "No. 1", "#3".</summary>
    private static bool IsDesignation(ReportText report, int i, FigureLanguage language)
    {
        var tokens = report.Tokens;
        var text = report.Source;
        if (i > 0 && tokens[i - 1].Kind == TokenKind.Symbol && text[tokens[i - 1].Start] is '#' && !tokens[i].SpaceBefore) return true;
        if (i > 1 && report.IsSymbol(i - 1, '.') && !tokens[i].SpaceBefore) return true;
        if (!report.IsWord(i - 1)) return false;
        var word = report.Folded[i - 1];
        if (language.Designators.Contains(word) || Lexicon.Designators.Contains(word)) return true;
        if (language.CapitalisedNouns || !char.IsUpper(report.First(i - 1))) return false;
        // A capitalised word right before, not a possessive, a hedge or a month: "Resolution 2231".
        var before = report.Span(i - 1);
        return !before.EndsWith("’s") && !before.EndsWith("'s") && language.HedgeSense(word) is null
            && !Lexicon.Common.Contains(word) && !Lexicon.Months.Contains(word) && !language.Months.Contains(word);
    }

    /// <summary>Reads a figure starting at token i; returns the index after what it consumed.</summary>
    private static int TryFigureAt(ReportText report, int i, FigureLanguage language, out Figure? figure)
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
        string? unit = null;
        string? compound = null;

        if (t.Kind == TokenKind.Number)
        {
            if (!FigureNumbers.TryRead(report, i, language, out var n, out k)) return k;
            if (FigureDates.IsDateOrTime(report, i, n, language)) return k;
            if (IsDesignation(report, i, language)) return k;
            // "3. Juli" is read as a date above; "der 3. Versuch" is an ordinal.
            if (language.OrdinalPoint && report.IsSymbol(k, '.') && Attached(tokens, k) && report.IsWord(k + 1) && !tokens[k + 1].NewlineBefore
                && (char.IsLower(report.First(k + 1)) || language.CapitalisedNouns)) return k + 1;
            amount = n;
            // Suffixes written on the number: "3rd", "1990s" (no figure), "66bn", "5m", "155mm".
            if (report.IsWord(k) && Attached(tokens, k))
            {
                var suffix = folded[k];
                if (OrdinalSuffixes.Contains(suffix)) return k + 1;
                if (language.Scales.TryGetValue(suffix, out var m) || Lexicon.Multipliers.TryGetValue(suffix, out m)) { amount *= m; k++; }
                else if (Measures.TryGetValue(suffix, out var measure)) { unit = measure; k++; }
                else return k + 1; // "5G", "10x": not a count
            }
        }
        else if (t.Kind == TokenKind.Word)
        {
            var w = folded[i];
            var spelledValue = FigureNumbers.Spelled(w, t.Span(text));
            if (spelledValue is { } sv)
            {
                if (report.IsWord(i - 1) && Lexicon.Determiners.Contains(folded[i - 1])) return k;
                amount = sv;
                spelled = true;
            }
            else if (SpelledCompound(t.Span(text)) is { } counted)
            {
                // "a three-year campaign"
                if (report.IsWord(i - 1) && Lexicon.Determiners.Contains(folded[i - 1])) return k;
                (amount, compound) = counted;
                if (Measures.TryGetValue(TextNormalizer.FoldWord(compound), out var measured)) (unit, compound) = (measured, null);
            }
            else if (w is "a" or "an" or "one" && report.IsWord(k) && (folded[k] is "million" or "billion" or "thousand" or "hundred" or "trillion" or "dozen"))
            {
                amount = 1; // "a dozen" is multiplied below
                spelled = true;
            }
            else if (w is "a" or "an" && report.IsWord(k) && Lexicon.TimeUnits.Contains(folded[k]) && HedgeBefore(report, i, language) is not null)
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

        // Scale words: "1 million", "1.5 billion", "two hundred thousand", "60 Milliarden", "1,5 млн".
        while (amount is not null && unit is null && report.IsWord(k) && folded[k].Length > 2
               && (language.Scales.TryGetValue(folded[k], out var mult) || Lexicon.Multipliers.TryGetValue(folded[k], out mult)))
        {
            amount *= mult;
            k++;
            if (report.IsSymbol(k, '.') && Attached(tokens, k) && folded[k - 1] is "mio" or "mrd" or "tsd" or "тис" or "млн" or "млрд" or "md") k++;
        }
        if (spelled && report.IsWord(k) && folded[k] == "dozen") { amount *= 12; k++; }

        // A range: "5–10" is one figure; "5-10" written with a hyphen likewise.
        string? rangeEnd = null;
        if (amount is not null && unit is null && k + 1 < tokens.Length && tokens[k].Kind == TokenKind.Symbol && text[tokens[k].Start] is '-' or '\u2013'
            && Attached(tokens, k) && tokens[k + 1].Kind == TokenKind.Number && Attached(tokens, k + 1)
            && FigureNumbers.TryParse(tokens[k + 1].Span(text), language, out var upper))
        {
            rangeEnd = FigureNumbers.Format(upper);
            k += 2;
        }

        // "19 of the 20 members", "19 der 20", "19 з 20": the figure is 19 members; the whole they are part of is read with it.
        if (amount is not null && unit is null && report.IsWord(k) && language.PartOf.Contains(folded[k]))
        {
            var of = k + 1;
            // "of the 20", "of its 20", "of the Compact's 20"
            if (report.IsWord(of) && folded[of] is "the" or "its" or "their" or "أصل") of++;
            if (report.IsWord(of) && report.Span(of) is var owner && (owner.EndsWith("’s") || owner.EndsWith("'s"))) of++;
            if (of < tokens.Length && tokens[of].Kind == TokenKind.Number && FigureNumbers.TryRead(report, of, language, out var whole, out var afterWhole) && whole >= amount)
                k = afterWhole;
        }

        // Units: currency before ("$66", "US$5") or after ("66 euros"), percent, a measure ("155 mm"), a hyphenated unit ("30-day").
        var phraseStartToken = numberStart;
        if (unit is null && numberStart > 0 && tokens[numberStart - 1].Kind == TokenKind.Symbol && (!tokens[numberStart].SpaceBefore || !language.IsEnglish)
            && Lexicon.Currencies.TryGetValue(tokens[numberStart - 1].Text(text), out var currency))
        {
            unit = currency;
            phraseStartToken = numberStart - 1;
            if (report.IsWord(phraseStartToken - 1) && !tokens[phraseStartToken].SpaceBefore) phraseStartToken--; // "US$"
        }
        if (unit is null && compound is null && k < tokens.Length)
        {
            if ((report.IsSymbol(k, '%') || report.IsSymbol(k, '\u066A')) && (Attached(tokens, k) || SpacedOnce(tokens, k))) { unit = "percent"; k++; }
            else if (report.IsWord(k) && (folded[k] is "percent" or "pct" || language.Percent.Contains(folded[k]))) { unit = "percent"; k++; }
            else if (report.IsWord(k) && folded[k] is "per" or "pour" && report.IsWord(k + 1) && folded[k + 1] == "cent") { unit = "percent"; k += 2; }
            else if (report.IsWord(k) && folded[k].Length > 1 && (language.Currencies.TryGetValue(folded[k], out var c2) || Lexicon.Currencies.TryGetValue(folded[k], out c2))) { unit = c2; k++; }
            else if (k < tokens.Length && tokens[k].Kind == TokenKind.Symbol && k + 1 < tokens.Length
                     && language.Currencies.TryGetValue(tokens[k].Text(text), out var sign) && SpacedOnce(tokens, k)) { unit = sign; k++; } // "60 €"
            else if (report.IsWord(k) && Measures.TryGetValue(folded[k], out var measure)) { unit = measure; k++; }
            else if (k + 1 < tokens.Length && tokens[k].Kind == TokenKind.Symbol && Tokenizer.IsHyphen(text[tokens[k].Start]) && Attached(tokens, k)
                     && report.IsWord(k + 1) && Attached(tokens, k + 1))
            {
                // "a 40-kilometre zone" is measured in km; "a 30-day ceasefire" counts days.
                if (Measures.TryGetValue(folded[k + 1], out var measured) || Measures.TryGetValue(folded[k + 1] + "s", out measured)) unit = measured;
                else compound = tokens[k + 1].Text(text);
                k += 2;
            }
        }
        if (unit == "percent" && report.IsWord(k) && folded[k] == "points") k++;
        // "de dollars", "d'euros": French sets a currency after "de", or joins it to "d'".
        if (unit is null && report.IsWord(k) && folded[k] is "de" or "d" && report.IsWord(k + 1) && language.Currencies.TryGetValue(folded[k + 1], out var fr)) { unit = fr; k += 2; }
        if (unit is null && report.IsWord(k) && Elided(report.Span(k)) is { } elided && language.Currencies.TryGetValue(TextNormalizer.FoldWord(elided), out var fr2)) { unit = fr2; k++; }
        var money = unit is not null && unit != "percent" && !Measures.ContainsValue(unit);
        var period = (string?)null;
        if (money)
        {
            (period, var afterPeriod) = language.PeriodAt(report, k);
            if (period is not null) k = afterPeriod;
        }

        // What it counts.
        var subjectStart = k;
        if (unit is not null || vague is not null)
        {
            var (s, e) = unit is not null ? FigureSubjects.AfterAmount(report, k, language) : FigureSubjects.NounPhrase(report, k, plural: true, language);
            if (e > s) { subjectStart = s; k = e; }
        }
        else
        {
            var one = amount == 1 && compound is null;
            var (s, e) = FigureSubjects.NounPhrase(report, k, plural: !one, language);
            subjectStart = s;
            k = e;
        }
        var hasSubject = k > subjectStart;
        if (!hasSubject && unit is null && compound is null) return Math.Max(k, i + 1);
        // "6,000 shells a day": a rate, not a stock of shells.
        var subjectEnd = k;
        if (period is null && hasSubject)
        {
            (period, var afterPeriod) = language.PeriodAt(report, k);
            if (period is not null) { unit ??= "each"; k = afterPeriod; }
        }

        var hedge = HedgeBefore(report, phraseStartToken, language);
        var phraseStart = hedge is { } h ? tokens[h.Start].Start : tokens[phraseStartToken].Start;
        var phraseEnd = tokens[k - 1].End;
        var phrase = TextNormalizer.Collapse(text.AsSpan(phraseStart, phraseEnd - phraseStart));

        // Money or a share of nothing named after it is what the words before it name: "a levy on fortunes above $1 billion".
        if (!hasSubject && (money || unit == "percent"))
        {
            var (s, e) = FigureSubjects.BeforeAmount(report, hedge?.Start ?? phraseStartToken, language);
            if (e > s) { subjectStart = s; subjectEnd = e; hasSubject = true; }
        }

        string subject, subjectKey;
        string[] words;
        if (hasSubject)
        {
            subject = string.Join(' ', tokens[subjectStart..subjectEnd].Select(x => x.Text(text)));
            subjectKey = FigureSubjects.SubjectKey(folded.Slice(subjectStart, subjectEnd));
            words = FigureSubjects.ContentWords(folded.Slice(subjectStart, subjectEnd), language);
        }
        else
        {
            subject = (period is null ? unit : unit == "each" ? "each " + period : unit + " a " + period) ?? compound!;
            subjectKey = FigureSubjects.SubjectKey([TextNormalizer.FoldWord(subject)]);
            words = [];
        }
        if (period is not null) unit = unit == "each" ? "a " + period : unit + " a " + period;
        var amountText = vague ?? FigureNumbers.Format(amount!.Value) + (rangeEnd is null ? "" : "-" + rangeEnd);
        var value = amountText;
        if (unit is not null && hasSubject) value += " " + unit;
        if (compound is not null) value += " " + TextNormalizer.FoldWord(compound);
        figure = new Figure(phrase, subject, subjectKey, value, hedge?.Text, phraseStart)
        {
            Amount = amountText + (compound is null ? "" : " " + TextNormalizer.FoldWord(compound)),
            Unit = unit,
            Sense = hedge is { } found ? language.HedgeSense(found.Text) : null,
            Words = words,
            Language = language.Tag,
        };
        return k;
    }

    /// <summary>A French or Italian word after its elided article: "d'euros" → "euros"; null for any other word.</summary>
    private static string? Elided(ReadOnlySpan<char> word)
    {
        var apostrophe = word.IndexOfAny('\'', '\u2019');
        return apostrophe is 1 && word[0] is 'd' or 'l' or 'D' or 'L' && word.Length > 2 ? word[2..].ToString() : null;
    }

    /// <summary>The hedge right before a figure, of up to three words ("more than", "ما يقرب من").</summary>
    private static (int Start, string Text)? HedgeBefore(ReportText report, int figureStart, FigureLanguage language)
    {
        var folded = report.Folded;
        (int, string)? found = null;
        var phrase = "";
        for (var p = figureStart - 1; p >= figureStart - 3 && report.IsWord(p); p--)
        {
            phrase = phrase.Length == 0 ? folded[p] : folded[p] + " " + phrase;
            if (language.HedgeSense(phrase) is not null) found = (p, phrase);
        }
        return found;
    }
}
