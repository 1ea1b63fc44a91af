using System.Runtime.InteropServices;

namespace DivergingReports.Analysis;

/// <summary>
/// A name as one report writes it, titles stripped.
/// </summary>
/// <param name="Report">The report's index in the story.</param>
/// <param name="Start">Where it begins in the report's text.</param>
/// <param name="Surface">As written, without title or possessive: "Volodymyr Zelenskyy", "Kremlin".</param>
/// <param name="Words">Its words folded: ["volodymyr", "zelenskyy"].</param>
/// <param name="IsBody">A body rather than a person: an organisation word in it ("White House", "NBC News"), a known body ("Kremlin", "Reuters"), or an acronym ("NATO").</param>
/// <param name="HasEvidence">It is known to be a name or its context shows it: a body ("White House", "Kremlin"), a title before it, a verb after it ("Biden emptied"), an attribution before it ("said Parnell"), a possessive, or inside a sentence neither an article before it nor a noun after it ("with Trump.", not "the Patriot", "Patriot missiles").</param>
public sealed record NameMention(int Report, int Start, string Surface, IReadOnlyList<string> Words, bool IsBody, bool HasEvidence);

/// <summary>
/// Finds names: runs of capitalised words (with particles such as "von der" and connectors such as
/// "of" in "Secretary of State"). Titles are stripped ("President", "Sen.", "Defense Secretary",
/// "Foreign Minister"), and nationality adjectives before a person's name ("Russian President").
/// Not names: days, months, holidays, places (<see cref="Gazetteer"/>), the outlets' own names,
/// capitalised phrases that are a whole quotation ("America First"), and sentence-initial words
/// unless the story also writes them capitalised inside a sentence or never in lower case. A word
/// that is always sentence-initial and common ("Despite", "Concerns", "Air") is therefore not a
/// name. Evidence of lone words is gathered across the whole story, so the finder takes every
/// report at once.
/// </summary>
public static class NameFinder
{
    private sealed class Text
    {
        public required ReportText Report { get; init; }
        public string Source => Report.Source;
        public Token[] Tokens => Report.Tokens;
        public Lexeme[] Words => Report.Words;
        public FoldedTokens Folded => Report.Folded;
        public Vocabulary Vocabulary => Report.Vocabulary;
        /// <summary>The capitalised words, in order: only they can begin a name.</summary>
        public List<int> Capitalised { get; } = [];
        /// <summary>For each capitalised word, whether it begins a sentence (or a headline); unset for other tokens.</summary>
        public required bool[] Initial { get; init; }
        /// <summary>Tokens of headlines in title case ("Trump Calls for Ceasefire in Ukraine"), whose capitals prove nothing; null when none.</summary>
        public bool[]? TitleCase { get; set; }
        /// <summary>
        /// The story's number: the story-wide evidence of a word is a mark on its <see cref="Lexeme"/>
        /// (<see cref="Lexeme.WrittenLowerIn"/>, <see cref="Lexeme.CapitalisedInsideIn"/>) equal to it.
        /// </summary>
        public required int Story { get; init; }
        /// <summary>How the report's language writes capitals: only English is read for names by the shape of its words; German capitalises every noun.</summary>
        public required FigureLanguage Language { get; init; }
    }

    /// <summary>A word of a capitalised run; its text as written (possessive stripped) is Source[Start..End].</summary>
    private readonly record struct Word(int Token, int Start, int End, Lexeme Folded, bool Initial, bool Possessive, bool Connector)
    {
        public ReadOnlySpan<char> Surface(Text t) => t.Source.AsSpan(Start, End - Start);
    }

    public static IReadOnlyList<NameMention> Find(IReadOnlyList<string> reports, IReadOnlyCollection<string> outletNames) =>
        Find(ReportText.ReadAll(reports), outletNames);

    internal static IReadOnlyList<NameMention> Find(IReadOnlyList<ReportText> reports, IReadOnlyCollection<string> outletNames) =>
        Find(reports, OutletNames.For(outletNames));

    internal static IReadOnlyList<NameMention> Find(IReadOnlyList<ReportText> reports, OutletNames outlets)
    {
        var mentions = new List<NameMention>();
        if (reports.Count == 0) return mentions;
        var story = reports[0].Vocabulary.NextStory();
        // Story-wide evidence first, from every report: words written in lower case somewhere, and
        // words capitalised inside a sentence.
        var texts = new Text[reports.Count];
        for (var r = 0; r < texts.Length; r++) texts[r] = Read(reports[r], story);

        var run = new List<Word>();
        for (var r = 0; r < texts.Length; r++)
        {
            var t = texts[r];
            var next = 0; // the token after the last run
            foreach (var i in t.Capitalised)
            {
                if (i < next || !IsCapWord(t, i)) continue;
                next = ReadRun(t, i, run);
                Process(r, t, CollectionsMarshal.AsSpan(run), outlets, mentions);
            }
        }
        return mentions;
    }

    /// <summary>
    /// One pass over a report: marks the words it writes in lower case, finds its capitalised words
    /// and its title-case headlines, then marks the capitalised words that do not begin a sentence.
    /// </summary>
    private static Text Read(ReportText report, int story)
    {
        var source = report.Source;
        var tokens = report.Tokens;
        var t = new Text { Report = report, Initial = new bool[tokens.Length], Story = story, Language = FigureLanguage.For(report.Language) };
        var line = new TitleCaseLine();
        for (var i = 0; i < tokens.Length; i++)
        {
            var token = tokens[i];
            if (token.NewlineBefore && i > 0) line.End(t, i);
            if (token.Kind != TokenKind.Word) continue;
            var first = source[token.Start];
            var capitalised = char.IsUpper(first);
            line.Add(token, capitalised);
            if (capitalised) t.Capitalised.Add(i);
            else if (char.IsLower(first)) report.Words[i].WrittenLowerIn = story;
        }
        line.End(t, tokens.Length);
        foreach (var i in t.Capitalised)
        {
            t.Initial[i] = BeginsSentence(report, i) || (t.TitleCase?[i] ?? false);
            if (!t.Initial[i]) FoldStripped(t, i).CapitalisedInsideIn = story;
        }
        return t;
    }

    /// <summary>Whether word i begins a sentence: a sentence start, or right after an opening quote mark or a colon.</summary>
    private static bool BeginsSentence(ReportText report, int i)
    {
        if (Sentences.StartsAt(report.Source, report.Tokens, report.Words, i)) return true;
        if (i == 0) return false;
        var prev = report.Tokens[i - 1];
        if (prev.Kind != TokenKind.Symbol) return false;
        var c = report.Source[prev.Start];
        // An opening quote mark: “ „ « ‘ ‚ » ‹ 「 『, or a straight one after a space.
        if ((!report.Tokens[i].SpaceBefore || c is '\u00AB' or '\u2039')
            && (c is '\u201C' or '\u201E' or '\u00AB' or '\u2018' or '\u201A' or '\u2039' or '\u300C' or '\u300E'
                || (c is '\u00BB' && (prev.SpaceBefore || prev.NewlineBefore || i == 1)) || (c is '"' or '\'' && (prev.SpaceBefore || prev.NewlineBefore || i == 1))))
            return true;
        // A colon, or a dash that opens a clause or a quotation ("— Nobody should…").
        return c is ':' or '\u2014' or '\u2013' || (c == '-' && prev.SpaceBefore && report.Tokens[i].SpaceBefore);
    }

    /// <summary>
    /// The line being read, for the headlines written in title case: lines with at least two words of
    /// four letters or more, three in four of them capitalised, that do not end as a sentence does (with a dot).
    /// </summary>
    private struct TitleCaseLine
    {
        private int _start, _words, _caps;

        public void Add(Token word, bool capitalised)
        {
            if (word.Length < 4) return;
            _words++;
            if (capitalised) _caps++;
        }

        /// <summary>Ends the line before token <paramref name="end"/>, marking its tokens if it is a headline.</summary>
        public void End(Text t, int end)
        {
            if (_words >= 2 && _caps * 4 >= _words * 3 && !EndsSentence(t, _start, end))
            {
                t.TitleCase ??= new bool[t.Tokens.Length];
                for (var j = _start; j < end; j++) t.TitleCase[j] = true;
            }
            this = new TitleCaseLine { _start = end };
        }

        private static bool EndsSentence(Text t, int start, int end)
        {
            var tokens = t.Tokens;
            var last = end - 1;
            while (last > start && tokens[last].Kind == TokenKind.Symbol && Sentences.IsClosing(t.Source[tokens[last].Start])) last--;
            return last >= start && tokens[last].Kind == TokenKind.Symbol && t.Source[tokens[last].Start] == '.';
        }
    }

    private static bool IsCapWord(Text t, int i)
    {
        if (i >= t.Tokens.Length || t.Tokens[i].Kind != TokenKind.Word) return false;
        var span = t.Tokens[i].Span(t.Source);
        if (!char.IsUpper(span[0])) return false;
        foreach (var c in span) if (char.IsDigit(c)) return false;
        // In a title-case headline only words the story capitalises elsewhere inside sentences are names.
        return !(t.TitleCase?[i] ?? false) || FoldStripped(t, i).CapitalisedInsideIn == t.Story;
    }

    /// <summary>A token folded without its possessive ending: "Trump’s" → "trump".</summary>
    private static Lexeme FoldStripped(Text t, int i)
    {
        var span = t.Tokens[i].Span(t.Source);
        var stripped = StripPossessive(span);
        return stripped.Length == span.Length ? t.Words[i] : t.Vocabulary.Fold(stripped);
    }

    private static ReadOnlySpan<char> StripPossessive(ReadOnlySpan<char> w) =>
        w.Length > 2 && (w.EndsWith("’s") || w.EndsWith("'s")) ? w[..^2] : w;

    private static Word MakeWord(Text t, int i)
    {
        var token = t.Tokens[i];
        var span = token.Span(t.Source);
        var stripped = StripPossessive(span);
        var possessive = stripped.Length != span.Length;
        return new Word(i, token.Start, token.Start + stripped.Length, FoldStripped(t, i), t.Initial[i], possessive, char.IsLower(span[0]));
    }

    /// <summary>
    /// Reads the run of capitalised words starting at token i (a capitalised word), with the
    /// lower-case particles and connectors inside it, into <paramref name="run"/>; returns the token after it.
    /// </summary>
    private static int ReadRun(Text t, int i, List<Word> run)
    {
        run.Clear();
        run.Add(MakeWord(t, i));
        var j = i + 1;
        while (!run[^1].Possessive && j < t.Tokens.Length)
        {
            var last = run[^1];
            if (IsCapWord(t, j) && t.Tokens[j].SpaceBefore && !t.Tokens[j].NewlineBefore)
            {
                run.Add(MakeWord(t, j));
                j++;
                continue;
            }
            // "Sen. Roger Wicker", "George W. Bush": the dot of a title or an initial stays inside the run.
            if (t.Tokens[j].Kind == TokenKind.Symbol && t.Source[t.Tokens[j].Start] == '.' && !t.Tokens[j].SpaceBefore
                && IsCapWord(t, j + 1) && !t.Tokens[j + 1].NewlineBefore
                && (last.Folded.In(WordList.TitleAbbreviations) || (last.End - last.Start == 1 && char.IsUpper(t.Source[last.Start]))))
            {
                run.Add(MakeWord(t, j + 1));
                j += 2;
                continue;
            }
            if (t.Tokens[j].Kind == TokenKind.Word && !t.Tokens[j].NewlineBefore)
            {
                var w = t.Folded[j];
                var lowerCase = char.IsLower(t.Source[t.Tokens[j].Start]);
                if (lowerCase && t.Words[j].In(WordList.NameParticles))
                {
                    var k = j;
                    while (k < t.Tokens.Length && t.Tokens[k].Kind == TokenKind.Word && char.IsLower(t.Source[t.Tokens[k].Start])
                           && t.Words[k].In(WordList.NameParticles)) k++;
                    if (IsCapWord(t, k) && !t.Tokens[k].NewlineBefore)
                    {
                        for (var p = j; p <= k; p++) run.Add(MakeWord(t, p) with { Initial = false });
                        j = k + 1;
                        continue;
                    }
                }
                if (lowerCase && w is "of" or "for" && (last.Folded.In(WordList.BodyWords) || last.Folded.In(WordList.Titles)))
                {
                    var k = j + 1;
                    if (k < t.Tokens.Length && t.Tokens[k].Kind == TokenKind.Word && t.Source.AsSpan(t.Tokens[k].Start, t.Tokens[k].Length) is "the") k++;
                    if (IsCapWord(t, k) && !t.Tokens[k].NewlineBefore)
                    {
                        for (var p = j; p <= k; p++) run.Add(MakeWord(t, p));
                        j = k + 1;
                        continue;
                    }
                }
            }
            break;
        }
        return j;
    }

    private static void Process(int report, Text t, ReadOnlySpan<Word> run, OutletNames outlets, List<NameMention> mentions)
    {
        // Titles, and the words that belong to a title next to one ("Defense Secretary", "Secretary of State").
        Span<bool> title = run.Length <= 64 ? stackalloc bool[run.Length] : new bool[run.Length];
        for (var i = 0; i < run.Length; i++)
        {
            var nextIsBodyWord = i + 1 < run.Length && run[i + 1].Folded.In(WordList.BodyWords);
            if (!run[i].Connector && run[i].Folded.In(WordList.Titles) && !nextIsBodyWord) title[i] = true;
        }
        for (var changed = true; changed;)
        {
            changed = false;
            for (var i = 0; i < run.Length; i++)
            {
                if (title[i] || run[i].Connector || !run[i].Folded.In(WordList.TitleModifiers)) continue;
                if (NextToTitle(run, title, i, -1) || NextToTitle(run, title, i, +1)) { title[i] = changed = true; }
            }
        }

        // Split at titles and calendar words; each piece is a candidate.
        var pieceStart = 0;
        var titleBefore = false;
        for (var i = 0; i <= run.Length; i++)
        {
            var split = i == run.Length || title[i] || (!run[i].Connector && IsCalendar(run[i].Folded));
            if (!split) continue;
            if (i > pieceStart) Candidate(report, t, run[pieceStart..i], titleBefore, outlets, mentions);
            pieceStart = i + 1;
            titleBefore = i < run.Length && title[i];
        }
    }

    /// <summary>Whether a title is next to word i, across "of", "the" and "for".</summary>
    private static bool NextToTitle(ReadOnlySpan<Word> run, ReadOnlySpan<bool> title, int i, int step)
    {
        var j = i + step;
        while (j >= 0 && j < run.Length && run[j].Connector && run[j].Folded.Text is "of" or "the" or "for") j += step;
        return j >= 0 && j < run.Length && title[j];
    }

    private static bool IsCalendar(Lexeme word) => word.In(WordList.Days | WordList.Months | WordList.Calendar);

    private static void Candidate(int report, Text t, ReadOnlySpan<Word> words, bool titleBefore, OutletNames outlets, List<NameMention> mentions)
    {
        // Connectors at the edges belong to nothing.
        var a = 0;
        var b = words.Length - 1;
        if (!Trim(words, ref a, ref b)) return;
        // Common words in front: "The White House", "During", "His".
        while (a <= b && words[a].Folded.In(WordList.Common)) { a++; titleBefore = false; if (!Trim(words, ref a, ref b)) return; }
        var body = false;
        for (var i = a; i <= b; i++) if (!words[i].Connector && words[i].Folded.In(WordList.BodyWords)) body = true;
        // A sentence-initial first word must show it is a proper noun.
        while (a <= b && words[a].Initial && !ProperNoun(words[a].Folded, t.Story, t.Language.IsEnglish))
        {
            a++;
            titleBefore = false;
            if (!Trim(words, ref a, ref b)) return;
        }
        // Nationality adjectives around a person's name: "Russian", "Ukrainian President" (kept inside bodies: "European Union").
        if (!body || b == a)
        {
            while (a <= b && words[a].Folded.In(WordList.Demonyms)) { a++; if (!Trim(words, ref a, ref b)) return; }
            while (b >= a && words[b].Folded.In(WordList.Demonyms)) { b--; if (!Trim(words, ref a, ref b)) return; }
        }
        var kept = words[a..(b + 1)];
        // A lone hyphenated word of capitalised parts names each part: "Trump-Putin call", "R-Mississippi".
        if (kept.Length == 1 && kept[0].Surface(t).IndexOfAny('-', '\u2010', '\u2011') > 0 && HyphenatedParts(report, t, kept[0], titleBefore, outlets, mentions))
            return;

        // The name's words: its proper words, and of the connectors inside it only the particles ("von der").
        var properCount = 0;
        var allShort = true;
        var folded = new List<string>(kept.Length);
        var common = false;
        var calendar = false;
        foreach (var w in kept)
        {
            if (!w.Connector)
            {
                properCount++;
                if (w.Folded.Text.Length > 1) allShort = false;
            }
            else if (!w.Folded.In(WordList.NameParticles)) continue;
            folded.Add(w.Folded.Text);
            common |= w.Folded.In(WordList.Common) && w.Folded.Text.Length > 1 && !w.Folded.In(WordList.NameParticles);
            calendar |= IsCalendar(w.Folded);
        }
        if (allShort) return;
        if (properCount == 1 && common) return;
        if (Gazetteer.IsPlace(folded)) return;
        if (folded.Count > 1 && folded[^1] is "day" or "eve") return; // "Independence Day"
        if (calendar) return;
        if (outlets.Contains(folded)) return;
        if (IsWholeQuotation(t, kept[0], kept[^1])) return;

        var single = properCount == 1;
        var firstProper = kept[0]; // the first word is never a connector once trimmed
        var lone = firstProper.Folded;
        var acronym = single && firstProper.End - firstProper.Start >= 2 && IsAcronym(firstProper.Surface(t));
        if (single && lone.In(WordList.BodyWords) && !lone.In(WordList.KnownBodies)) return; // "Police said": a common noun
        if (single && DesignatesNumber(t, kept[^1])) return; // "Article 5", "Resolution 2231"
        // German capitalises every noun: there a name is one only where a title or a known body shows it.
        if (t.Language.CapitalisedNouns && !titleBefore && !(single && lone.In(WordList.KnownBodies))) return;
        var isBody = body || (single && (lone.In(WordList.KnownBodies) || acronym));

        var first = kept[0];
        var last = kept[^1];
        // A known body needs no more; an unknown acronym ("HIMARS launchers", "GDP") does, like a lone word.
        var evidence = body || (single && lone.In(WordList.KnownBodies))
            || titleBefore || last.Possessive || VerbAfter(t, last.Token, last.End) || AttributionBefore(t, first.Token)
            || (!first.Initial && StandsAlone(t, first, last));
        var surface = TextNormalizer.Collapse(t.Source.AsSpan(first.Start, last.End - first.Start));
        mentions.Add(new NameMention(report, first.Start, surface, folded, isBody, evidence));
    }

    /// <summary>Whether a number follows the word, as after "Article" in "Article 5": the word designates, it does not name.</summary>
    private static bool DesignatesNumber(Text t, Word last)
    {
        var next = last.Token + 1;
        return last.End == t.Tokens[last.Token].End && next < t.Tokens.Length && t.Tokens[next].Kind == TokenKind.Number && !t.Tokens[next].NewlineBefore;
    }

    /// <summary>Moves a and b past connectors at the edges; whether a word is left.</summary>
    private static bool Trim(ReadOnlySpan<Word> words, ref int a, ref int b)
    {
        while (a <= b && words[a].Connector) a++;
        while (b >= a && words[b].Connector) b--;
        return a <= b;
    }

    private static bool IsAcronym(ReadOnlySpan<char> surface)
    {
        foreach (var c in surface) if (!(char.IsUpper(c) || c == '.')) return false;
        return true;
    }

    /// <summary>
    /// When every part of a hyphenated word is capitalised, each part is a candidate of its own;
    /// returns false (the word stays whole) otherwise.
    /// </summary>
    private static bool HyphenatedParts(int report, Text t, Word w, bool titleBefore, OutletNames outlets, List<NameMention> mentions)
    {
        var surface = w.Surface(t);
        for (var from = 0; ;)
        {
            var length = surface[from..].IndexOfAny('-', '\u2010', '\u2011');
            var part = length < 0 ? surface[from..] : surface.Slice(from, length);
            if (part.Length == 0 || !char.IsUpper(part[0])) return false;
            if (length < 0) break;
            from += length + 1;
        }
        for (int from = 0, p = 0; ; p++)
        {
            var length = surface[from..].IndexOfAny('-', '\u2010', '\u2011');
            var isLast = length < 0;
            var part = isLast ? surface[from..] : surface.Slice(from, length);
            var start = w.Start + from;
            var word = new Word(w.Token, start, start + part.Length, t.Vocabulary.Fold(part), p == 0 && w.Initial, isLast && w.Possessive, Connector: false);
            Candidate(report, t, new ReadOnlySpan<Word>(in word), titleBefore && p == 0, outlets, mentions);
            if (isLast) return true;
            from += length + 1;
        }
    }

    /// <summary>
    /// Whether a sentence-initial word is a proper noun: the story writes it capitalised inside a
    /// sentence, or never in lower case and it does not read as a verb form or adverb ("Letting", "Reportedly").
    /// </summary>
    private static bool ProperNoun(Lexeme word, int story, bool english)
    {
        if (word.CapitalisedInsideIn == story || word.In(WordList.KnownBodies)) return true;
        // The shape of a word says nothing in another language: there only the story's use of it does.
        if (!english || word.WrittenLowerIn == story || Lexicon.SentenceStarters.Contains(word.Text)) return false;
        var folded = word.Text;
        // A verb form, an adverb, or a plural noun ("Diplomats said", "Critics argued"): a name so written would also stand inside a sentence.
        return !(folded.Length >= 5 && (folded.EndsWith("ing", StringComparison.Ordinal) || folded.EndsWith("ly", StringComparison.Ordinal)
            || folded.EndsWith("ed", StringComparison.Ordinal) || FigureSubjects.IsPlural(folded)));
    }

    /// <summary>A capitalised phrase that is a whole quotation is a slogan or a title ("America First"), not a name.</summary>
    private static bool IsWholeQuotation(Text t, Word first, Word last)
    {
        var before = first.Token - 1;
        var after = last.Token + 1;
        if (before < 0 || after >= t.Tokens.Length) return false;
        var open = t.Source[t.Tokens[before].Start];
        var close = t.Source[t.Tokens[after].Start];
        return t.Tokens[before].Kind == TokenKind.Symbol && t.Tokens[after].Kind == TokenKind.Symbol
            && open is '\u201C' or '"' or '\u2018' or '\'' or '\u00AB' or '\u201E' && close is '\u201D' or '"' or '\u2019' or '\'' or '\u00BB' or '\u201C';
    }

    private static bool VerbAfter(Text t, int token, int end)
    {
        // The word itself may be split ("Trump-Putin"): only a word right after the whole token counts.
        if (end != t.Tokens[token].End && end != t.Tokens[token].End - 2) return false;
        var next = token + 1;
        if (next >= t.Tokens.Length || t.Tokens[next].Kind != TokenKind.Word || t.Tokens[next].NewlineBefore) return false;
        var span = t.Tokens[next].Span(t.Source);
        if (!char.IsLower(span[0])) return false;
        var w = t.Folded[next];
        return t.Words[next].In(WordList.Verbs) || (w.Length > 4 && w.EndsWith("ed", StringComparison.Ordinal));
    }

    /// <summary>
    /// A lone word inside a sentence that is used as a name, not as a modifier or a thing: no article
    /// or place preposition before it ("the Patriot", "in Bucha"), and after it punctuation, a
    /// function word or another name ("with Trump.", "Trump and Putin") rather than a noun it
    /// qualifies ("Patriot missiles").
    /// </summary>
    private static bool StandsAlone(Text t, Word first, Word last)
    {
        var prev = first.Token - 1;
        if (prev >= 0 && t.Tokens[prev].Kind == TokenKind.Word && first.Start == t.Tokens[first.Token].Start)
        {
            var before = t.Folded[prev];
            if (t.Words[prev].In(WordList.Determiners) || before is "a" or "an" or "this" or "that" or "in" or "at" or "from" or "near"
                or "into" or "across" or "outside" or "inside" or "toward" or "towards" or "around" or "throughout") return false;
        }
        if (last.End != t.Tokens[last.Token].End && last.End != t.Tokens[last.Token].End - 2) return true; // a part of "Trump-Putin"
        var next = last.Token + 1;
        if (next >= t.Tokens.Length || t.Tokens[next].Kind != TokenKind.Word || t.Tokens[next].NewlineBefore) return true;
        var span = t.Tokens[next].Span(t.Source);
        return !char.IsLower(span[0]) || t.Words[next].In(WordList.Common);
    }

    private static bool AttributionBefore(Text t, int token)
    {
        var prev = token - 1;
        if (prev < 0 || t.Tokens[prev].Kind != TokenKind.Word) return false;
        var span = t.Tokens[prev].Span(t.Source);
        return char.IsLower(span[0]) && t.Folded[prev] is "said" or "says" or "told" or "wrote" or "added" or "according" or "asked";
    }
}
