namespace DivergingReports.Analysis;

/// <summary>
/// Numbers that are dates, times or years, never figures: "10:30", "3 p.m.", "July 3", "3 juillet",
/// "3. Juli", "February 2022", "in 2022", "the 2019 freeze", "im Jahr 2019", "у 2019 році".
/// </summary>
internal static class FigureDates
{
    public static bool IsDateOrTime(ReportText report, int i, decimal n, FigureLanguage language)
    {
        var tokens = report.Tokens;
        var folded = report.Folded;
        var raw = report.Span(i);
        // Times: "10:30", "3 p.m.", "0900 GMT", "10h30".
        if (report.IsSymbol(i + 1, ':') && Attached(tokens, i + 1) && i + 2 < tokens.Length && tokens[i + 2].Kind == TokenKind.Number) return true;
        if (i > 1 && report.IsSymbol(i - 1, ':') && !tokens[i].SpaceBefore && tokens[i - 2].Kind == TokenKind.Number) return true;
        if (report.IsWord(i + 1) && Lexicon.ClockWords.Contains(folded[i + 1])) return true;
        // Dates: a month before ("July 3", "Jan. 5", "February 2022") or after ("3 July", "3. Juli"); the year after "July 3,".
        if (MonthBefore(report, i, language)) return true;
        var after = i + 1;
        if (report.IsSymbol(after, '.') && Attached(tokens, after)) after++;
        if (report.IsWord(after) && IsMonth(report, after, language)) return true;
        if (i >= 2 && report.IsSymbol(i - 1, ',') && tokens[i - 2].Kind == TokenKind.Number && MonthBefore(report, i - 2, language)) return true;
        // Years: four plain digits from 1000 to 2199, unless they plainly count something ("2000 troops").
        if (raw.Length != 4 || n is < 1000 or > 2199 || raw.IndexOfAny(',', '.') >= 0) return false;
        if (report.IsWord(i - 1) && language.YearWords.Contains(folded[i - 1])) return true;
        if (i > 0 && tokens[i - 1].Kind == TokenKind.Symbol && report.First(i - 1) is ',' or '(' or '\u2013' or '-' or '/') return true;
        if (!report.IsWord(i + 1)) return true;
        if (language.YearWords.Contains(folded[i + 1])) return true; // "2019 року", "2019 році"
        if (!language.CapitalisedNouns && char.IsUpper(report.First(i + 1))) return true;
        return language.Stops.Contains(folded[i + 1]) || Lexicon.SubjectStops.Contains(folded[i + 1]);
    }

    private static bool Attached(Token[] tokens, int i) => i < tokens.Length && !tokens[i].SpaceBefore;

    private static bool MonthBefore(ReportText report, int i, FigureLanguage language)
    {
        var p = i - 1;
        if (report.IsSymbol(p, '.')) p--;
        return report.IsWord(p) && IsMonth(report, p, language);
    }

    /// <summary>A month's name; in English only capitalised ("May", not "may").</summary>
    private static bool IsMonth(ReportText report, int i, FigureLanguage language)
    {
        var word = report.Folded[i];
        if (Lexicon.Months.Contains(word) && char.IsUpper(report.First(i))) return true;
        return !language.IsEnglish && language.Months.Contains(word);
    }
}
