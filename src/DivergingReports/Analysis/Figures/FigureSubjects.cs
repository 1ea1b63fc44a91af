namespace DivergingReports.Analysis;

/// <summary>
/// What a figure counts, read from the words around it: the noun phrase after a count ("5,000
/// drones", "80 ballistic missiles"); for an amount of money or a percentage, what the amount is
/// ("$66 billion in aid", "$60 billion worth of weapons", "$90 billion lost to illicit flows",
/// "$250 billion a year in revenue"), else the words before it ("a levy on fortunes above $1 billion").
/// </summary>
internal static class FigureSubjects
{
    private const int MaxSubjectWords = 4;

    /// <summary>Past participles that lead from an amount to what it went to: "$90 billion lost to illicit flows".</summary>
    private static readonly HashSet<string> Spent = new(StringComparer.Ordinal)
    {
        "lost", "spent", "paid", "sent", "given", "allocated", "earmarked", "pledged", "promised", "provided", "committed", "raised", "owed", "stolen", "diverted", "invested",
    };

    /// <summary>Verbs that take an amount ("it cost $66 billion"): what stands before them is no subject of it.</summary>
    private static readonly HashSet<string> AmountVerbs = new(StringComparer.Ordinal)
    {
        "cost", "costs", "total", "totals", "reach", "reaches", "hit", "hits", "exceed", "exceeds", "top", "tops", "amount", "amounts", "fetch",
        "raise", "raises", "spend", "spends", "pay", "pays", "lose", "loses", "receive", "receives", "get", "gets", "give", "gives", "approve",
        "approves", "seek", "seeks", "request", "requests", "provide", "provides", "send", "sends", "pledge", "pledges", "earmark", "need", "needs",
        "ask", "asks", "want", "wants", "offer", "offers", "owe", "owes", "be", "is", "are", "was", "were", "been", "being", "rose", "fell", "grew",
        "rise", "rises", "fall", "falls", "grow", "grows", "it", "they", "we", "he", "she", "this", "that", "which", "who", "to",
    };

    /// <summary>Words that make an amount a rate: "a year", "per day", "annually".</summary>
    private static readonly Dictionary<string, string> Periods = new(StringComparer.Ordinal)
    {
        ["annually"] = "year", ["yearly"] = "year", ["monthly"] = "month", ["weekly"] = "week", ["daily"] = "day",
    };

    /// <summary>"a year", "per month", "each day", "annually" at token k: the period and the token after it.</summary>
    public static (string? Period, int Next) PeriodAt(ReportText report, int k)
    {
        var folded = report.Folded;
        if (!report.IsWord(k)) return (null, k);
        if (Periods.TryGetValue(folded[k], out var p)) return (p, k + 1);
        if (folded[k] is "a" or "an" or "per" or "each" or "every" && report.IsWord(k + 1) && folded[k + 1] is "year" or "month" or "week" or "day")
            return (folded[k + 1], k + 2);
        return (null, k);
    }

    /// <summary>
    /// The words after a number that say what it counts: in English up to the first plural noun
    /// (when <paramref name="plural"/>), else one word; in another language up to two words
    /// before a function word or punctuation.
    /// </summary>
    public static (int Start, int End) NounPhrase(ReportText report, int k, bool plural, FigureLanguage language)
    {
        var tokens = report.Tokens;
        var folded = report.Folded;
        var start = k;
        var most = language.IsEnglish ? MaxSubjectWords : 2;
        while (k < tokens.Length && k - start < most && tokens[k].Kind == TokenKind.Word)
        {
            if (k > start && !tokens[k].SpaceBefore) break;
            var w = folded[k];
            if (Stops(w, language) || language.HedgeSense(w) is not null || language.Scales.ContainsKey(w)) break;
            if (w.Length == 0 || Lexicon.Verbs.Contains(w) && k > start) break;
                if (!language.IsEnglish)
            {
                k++;
                // German capitalises its nouns: what is counted ends at the first ("500 russische Drohnen").
                if (language.CapitalisedNouns && char.IsUpper(report.First(k - 1))) return (start, k);
                continue;
            }
            // A capitalised word after the first is a name ("5 drones Russia launched" is cut before "Russia"), unless a demonym.
            if (k > start && char.IsUpper(report.First(k)) && !Lexicon.Demonyms.Contains(w)) break;
            k++;
            if (IsPlural(w)) break;
            if (!plural && !Lexicon.Demonyms.Contains(w)) break;
        }
        // In German a lower-case word without a noun after it is a verb or an adverb ("Dollar bereitgestellt").
        if (language.CapitalisedNouns) return (start, start);
        // An -ly adverb or a verb is not what is counted ("5 reportedly"; "12 killed" is kept: what happened to them).
        while (language.IsEnglish && k > start && (folded[k - 1].EndsWith("ly", StringComparison.Ordinal) || Lexicon.Verbs.Contains(folded[k - 1]))) k--;
        return (start, k);
    }

    private static bool Stops(string w, FigureLanguage language) =>
        language.Stops.Contains(w) || (language.IsEnglish && Lexicon.SubjectStops.Contains(w));

    /// <summary>
    /// What an amount of money or a percentage is, after it: "in aid", "of voters", "for schools",
    /// "worth of weapons", "lost to illicit flows", or the noun right after ("a 2% levy").
    /// </summary>
    public static (int Start, int End) AfterAmount(ReportText report, int k, FigureLanguage language)
    {
        var folded = report.Folded;
        if (!report.IsWord(k)) return (k, k);
        var w = folded[k];
        // "$90 billion (is) lost to illicit flows"
        var spent = language.IsEnglish && w is "is" or "was" or "are" or "were" or "being" ? k + 1 : k;
        if (language.IsEnglish && report.IsWord(spent + 1) && Spent.Contains(folded[spent]) && folded[spent + 1] is "to" or "on" or "for" or "in")
            return NounPhrase(report, spent + 2, plural: true, language);
        if (language.IsEnglish && w is "in" or "of" or "for" or "on" or "worth")
        {
            var skip = w == "worth" && report.IsWord(k + 1) && folded[k + 1] == "of" ? 2 : 1;
            if (report.IsWord(k + skip) && folded[k + skip] is "the" or "a" or "an" or "its" or "their") skip++;
            return NounPhrase(report, k + skip, plural: true, language);
        }
        if (!language.IsEnglish && Stops(w, language) && report.IsWord(k + 1))
            return NounPhrase(report, k + 1, plural: true, language); // "60 milliards de dollars d'aide"
        return NounPhrase(report, k, plural: true, language);
    }

    /// <summary>
    /// The content words before an amount in its clause, nearest last ("a levy on fortunes above
    /// $1 billion" → "levy on fortunes"): up to three words, back to punctuation, a verb or a number.
    /// </summary>
    public static (int Start, int End) BeforeAmount(ReportText report, int start, FigureLanguage language)
    {
        var tokens = report.Tokens;
        var folded = report.Folded;
        var k = start;
        var content = 0;
        while (k > 0 && content < 2 && tokens[k - 1].Kind == TokenKind.Word && !tokens[k].NewlineBefore)
        {
            var w = folded[k - 1];
            if (Lexicon.Verbs.Contains(w) || language.IsEnglish && (w.EndsWith("ed", StringComparison.Ordinal) || AmountVerbs.Contains(w))) break;
            k--;
            if (!Stops(w, language) && language.HedgeSense(w) is null) content++;
        }
        // Trim function words at its start ("a levy", "on fortunes").
        while (k < start && (Stops(folded[k], language) || language.HedgeSense(folded[k]) is not null)) k++;
        var end = start;
        while (end > k && (Stops(folded[end - 1], language) || language.HedgeSense(folded[end - 1]) is not null)) end--;
        return (k, end);
    }

    /// <summary>A subject's content words, folded and singular, sorted: "Patriot interceptor missiles" and "Patriot missile interceptors" alike.</summary>
    public static string[] ContentWords(List<string> folded, FigureLanguage language)
    {
        var words = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var w in folded)
            if (w.Length > 0 && !Stops(w, language) && language.HedgeSense(w) is null) words.Add(language.IsEnglish ? Singular(w) : w);
        return words.ToArray();
    }

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

    /// <summary>The subject folded, its last word singular: "russian troop".</summary>
    internal static string SubjectKey(List<string> folded)
    {
        if (folded.Count == 0) return "";
        folded[^1] = Singular(folded[^1]);
        return string.Join(' ', folded);
    }
}
