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
        "contribute", "contributes", "cover", "covers", "bring", "brings", "add", "adds", "put", "puts", "set", "sets", "cut", "cuts",
    };

    /// <summary>Nouns that hold what they count after "of": "1.5 million rounds of artillery ammunition", "3 million tonnes of wheat".</summary>
    private static readonly HashSet<string> Containers = new(StringComparer.Ordinal)
    {
        "round", "rounds", "tonne", "tonnes", "ton", "tons", "barrel", "barrels", "unit", "units", "piece", "pieces", "batch", "batches",
        "dose", "doses", "box", "boxes", "crate", "crates", "bag", "bags", "litre", "litres", "liter", "liters", "gallon", "gallons",
        "cubic", "kilogram", "kilograms", "kg", "truckloads", "shipments", "consignments", "sets", "pairs",
    };

    /// <summary>What two outlets may call one thing by two names, folded to one: "soldiers" are "troops", "GDP" is "gross domestic product".</summary>
    private static readonly Dictionary<string, string> Synonyms = new(StringComparer.Ordinal)
    {
        ["soldier"] = "troop", ["serviceman"] = "troop", ["servicemen"] = "troop", ["servicemember"] = "troop", ["gdp"] = "gdp",
    };

    /// <summary>Phrases folded to one word, their words all in a subject: "gross domestic product", "economic output" → "gdp".</summary>
    private static readonly (string[] Words, string As)[] Phrases =
    [
        (["gross", "domestic", "product"], "gdp"), (["economic", "output"], "gdp"),
    ];

    /// <summary>
    /// The words after a number that say what it counts: in English up to the first plural noun
    /// (when <paramref name="plural"/>), else one word, a container's contents with it ("rounds of
    /// artillery ammunition"); in German up to the first noun; in another language one word.
    /// </summary>
    public static (int Start, int End) NounPhrase(ReportText report, int k, bool plural, FigureLanguage language)
    {
        var tokens = report.Tokens;
        var folded = report.Folded;
        var start = k;
        var most = language.IsEnglish ? MaxSubjectWords : language.CapitalisedNouns ? 3 : language.SubjectWords;
        var words = 0;
        while (k < tokens.Length && words < most)
        {
            // "one million 155mm shells": a measure before the noun describes it.
            var measured = MeasureAt(report, k, language);
            if (measured > k) { k = measured; continue; }
            if (tokens[k].Kind != TokenKind.Word) break;
            if (k > start && !tokens[k].SpaceBefore) break;
            var w = folded[k];
            if (Stops(w, language) || language.HedgeSense(w) is not null || language.Scales.ContainsKey(w)) break;
            // A verb ends it, but not a plural noun that looks like one after a modifier ("20 member states").
            if (w.Length == 0 || Lexicon.Verbs.Contains(w) && k > start && !(IsPlural(w) && !IsPlural(folded[k - 1]))) break;
            // Elsewhere than in German a capitalised word is a name: "60 milliards de dollars à la Lutavie".
            if (!language.IsEnglish && !language.CapitalisedNouns && char.IsUpper(report.First(k)) && IsLetters(report.Span(k))) break;
            words++;
            if (!language.IsEnglish)
            {
                k++;
                // German capitalises its nouns: what is counted ends at the first ("500 russische Drohnen").
                if (language.CapitalisedNouns && char.IsUpper(report.First(k - 1))) return (start, k);
                continue;
            }
            // A capitalised word after the first is a name ("5 drones Russia launched" is cut before "Russia"), unless a nationality.
            if (k > start && char.IsUpper(report.First(k)) && !IsNationality(report, k)) break;
            k++;
            if (IsPlural(w))
            {
                // "rounds of artillery ammunition", "tonnes of wheat": what the container holds.
                if (Containers.Contains(w) && report.IsWord(k) && folded[k] == "of")
                {
                    var (s, e) = NounPhrase(report, k + 1, plural: true, language);
                    if (e > s) return (start, e);
                }
                break;
            }
            if (!plural && !IsNationality(report, k - 1)) break;
            // "military and economic aid": two modifiers of one noun.
            if (report.IsWord(k + 1) && folded[k] is "and" or "or" && !IsPlural(w) && char.IsLower(report.First(k + 1))
                && !Stops(folded[k + 1], language) && !report.Words[k + 1].In(WordList.Common | WordList.Verbs)) k++;
        }
        // In German a lower-case word without a noun after it is a verb or an adverb ("Dollar bereitgestellt").
        if (language.CapitalisedNouns) return (start, start);
        // An -ly adverb or a verb is not what is counted ("5 reportedly"; "12 killed" is kept: what happened to them).
        while (language.IsEnglish && k > start && (folded[k - 1].EndsWith("ly", StringComparison.Ordinal)
               || Lexicon.Verbs.Contains(folded[k - 1]) && !(k - 1 > start && IsPlural(folded[k - 1]) && !IsPlural(folded[k - 2])))) k--;
        return (start, k);
    }

    private static bool IsAcronym(ReadOnlySpan<char> word)
    {
        foreach (var c in word) if (!char.IsUpper(c)) return false;
        return word.Length > 1;
    }

    private static bool IsLetters(ReadOnlySpan<char> word)
    {
        foreach (var c in word) if (!char.IsLetter(c)) return false;
        return !IsAcronym(word);
    }

    /// <summary>"155mm" or "155 mm" at token k: the token after it, else k.</summary>
    private static int MeasureAt(ReportText report, int k, FigureLanguage language)
    {
        var tokens = report.Tokens;
        if (k + 1 >= tokens.Length || tokens[k].Kind != TokenKind.Number || !report.IsWord(k + 1)) return k;
        var gap = tokens[k + 1].Start - tokens[k].End;
        return gap <= 1 && !tokens[k + 1].NewlineBefore && FigureFinder.Measures.ContainsKey(report.Folded[k + 1]) ? k + 2 : k;
    }

    /// <summary>A nationality: a known one, or a capitalised adjective of the form ("Veskian", "Lutavian", "Belvanese").</summary>
    private static bool IsNationality(ReportText report, int k)
    {
        var w = report.Folded[k];
        return Lexicon.Demonyms.Contains(w) || (char.IsUpper(report.First(k)) && w.Length > 5
            && (w.EndsWith("ian", StringComparison.Ordinal) || w.EndsWith("ese", StringComparison.Ordinal) || w.EndsWith("ean", StringComparison.Ordinal)));
    }

    // English's stops are Lexicon.SubjectStops; another language's are its own.
    private static bool Stops(string w, FigureLanguage language) => language.Stops.Contains(w);

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
            // "$60bn for Lutavia", "$60 billion in Vellmar": a name says where the money goes, not what it is ("of GDP" is what it is).
            if (w is "in" or "for" && report.IsWord(k + skip) && char.IsUpper(report.First(k + skip)) && !IsNationality(report, k + skip)
                && !IsAcronym(report.Span(k + skip))) return (k, k);
            return NounPhrase(report, k + skip, plural: true, language);
        }
        if (!language.IsEnglish)
        {
            // "2 % de leur PIB", "60 milliards de dollars d'aide": past the function words.
            var skip = k;
            while (skip < k + 2 && report.IsWord(skip) && Stops(folded[skip], language)) skip++;
            return NounPhrase(report, skip, plural: true, language);
        }
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
        if (!language.IsEnglish) return (start, start);
        var end = start;
        // "an aid package worth more than $60bn", "valued at $5 billion": the link says nothing of what it is.
        while (end > 0 && report.IsWord(end - 1) && folded[end - 1] is "worth" or "valued" or "at" or "totalling" or "totaling" or "amounting" or "to") end--;
        // "aid package for Lutavia worth": a name there says where it goes.
        while (end > 1 && report.IsWord(end - 1) && char.IsUpper(report.First(end - 1)) && report.IsWord(end - 2) && folded[end - 2] is "for" or "to" or "in") end -= 2;
        var k = end;
        var content = 0;
        while (k > 0 && content < 2 && tokens[k - 1].Kind == TokenKind.Word && !tokens[k].NewlineBefore)
        {
            var w = folded[k - 1];
            if (Lexicon.Verbs.Contains(w) || w.EndsWith("ed", StringComparison.Ordinal) || w.EndsWith("ing", StringComparison.Ordinal) || AmountVerbs.Contains(w)) break;
            if (char.IsUpper(report.First(k - 1)) && !IsNationality(report, k - 1)) break; // a name, or a sentence's first word
            k--;
            if (!Stops(w, language) && language.HedgeSense(w) is null) content++;
        }
        // Trim function words at its edges ("a levy", "on fortunes").
        while (k < end && (Stops(folded[k], language) || language.HedgeSense(folded[k]) is not null)) k++;
        while (end > k && (Stops(folded[end - 1], language) || language.HedgeSense(folded[end - 1]) is not null)) end--;
        return (k, end);
    }

    /// <summary>A subject's content words, folded and singular, sorted: "Patriot interceptor missiles" and "Patriot missile interceptors" alike.</summary>
    public static string[] ContentWords(List<string> folded, FigureLanguage language)
    {
        var words = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var w in folded)
        {
            if (w.Length == 0 || char.IsDigit(w[0]) || FigureFinder.Measures.ContainsKey(w) || Stops(w, language) || language.HedgeSense(w) is not null) continue;
            var word = language.IsEnglish ? Singular(w) : w;
            words.Add(Synonyms.TryGetValue(word, out var same) ? same : word);
        }
        foreach (var (phrase, single) in Phrases)
            if (phrase.All(words.Contains))
            {
                words.ExceptWith(phrase);
                words.Add(single);
            }
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
