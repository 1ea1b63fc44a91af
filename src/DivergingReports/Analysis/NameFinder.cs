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
        public required string Source { get; init; }
        public required Token[] Tokens { get; init; }
        public required string[] Folded { get; init; }
        public required bool[] Initial { get; init; }
        /// <summary>Tokens of headlines in title case ("Trump Calls for Ceasefire in Ukraine"), whose capitals prove nothing.</summary>
        public required bool[] TitleCase { get; init; }
        /// <summary>Folded words the story capitalises inside sentences; set once the whole story is read.</summary>
        public HashSet<string> MidCaps { get; set; } = [];
    }

    private readonly record struct Word(int Token, int Start, int End, string Surface, string Folded, bool Initial, bool Possessive);

    public static IReadOnlyList<NameMention> Find(IReadOnlyList<string> reports, IReadOnlyCollection<string> outletNames) =>
        Find(reports.Select(r => new ReportText(r)).ToArray(), outletNames);

    internal static IReadOnlyList<NameMention> Find(IReadOnlyList<ReportText> reports, IReadOnlyCollection<string> outletNames)
    {
        var texts = reports.Select(Prepare).ToArray();

        // Story-wide evidence: words written in lower case somewhere, and words capitalised inside a sentence.
        var lower = new HashSet<string>(StringComparer.Ordinal);
        var midCaps = new HashSet<string>(StringComparer.Ordinal);
        foreach (var t in texts)
        {
            for (var i = 0; i < t.Tokens.Length; i++)
            {
                var token = t.Tokens[i];
                if (token.Kind != TokenKind.Word) continue;
                var span = token.Span(t.Source);
                if (char.IsLower(span[0])) lower.Add(t.Folded[i]);
                else if (char.IsUpper(span[0]) && !t.Initial[i]) midCaps.Add(FoldStripped(t, i));
            }
        }

        var outlets = outletNames.Select(n => TextNormalizer.Words(n)).Select(w => w.Count > 0 && w[0] == "the" ? w.Skip(1).ToList() : w)
            .Where(w => w.Count > 0).ToList();

        foreach (var t in texts) t.MidCaps = midCaps;
        var mentions = new List<NameMention>();
        for (var r = 0; r < texts.Length; r++)
            foreach (var run in Runs(texts[r]))
                Process(r, texts[r], run, lower, midCaps, outlets, mentions);
        return mentions;
    }

    private static Text Prepare(ReportText report)
    {
        var source = report.Source;
        var tokens = report.Tokens;
        var initial = (bool[])report.SentenceStarts.Clone();
        for (var i = 1; i < tokens.Length; i++)
        {
            var prev = tokens[i - 1];
            if (prev.Kind != TokenKind.Symbol || tokens[i].SpaceBefore) continue;
            var c = source[prev.Start];
            // After an opening quote mark or a colon, a word begins a sentence.
            if (c is '\u201C' or '\u201E' or '\u00AB' or '\u2018' || (c is '"' or '\'' && (prev.SpaceBefore || prev.NewlineBefore)))
                initial[i] = true;
        }
        for (var i = 1; i < tokens.Length; i++)
            if (tokens[i - 1].Kind == TokenKind.Symbol && source[tokens[i - 1].Start] == ':' && tokens[i].Kind == TokenKind.Word)
                initial[i] = true;
        var titleCase = TitleCaseLines(source, tokens);
        for (var i = 0; i < tokens.Length; i++) initial[i] |= titleCase[i];
        return new Text { Source = source, Tokens = tokens, Folded = report.Folded, Initial = initial, TitleCase = titleCase };
    }

    /// <summary>
    /// The tokens of headlines written in title case: lines with at least two words of four letters or
    /// more, three in four of them capitalised, that do not end as a sentence does (with a dot).
    /// </summary>
    private static bool[] TitleCaseLines(string source, Token[] tokens)
    {
        var marked = new bool[tokens.Length];
        var lineStart = 0;
        for (var i = 0; i <= tokens.Length; i++)
        {
            if (i < tokens.Length && !(tokens[i].NewlineBefore && i > 0)) continue;
            int words = 0, caps = 0;
            for (var j = lineStart; j < i; j++)
            {
                var span = tokens[j].Span(source);
                if (tokens[j].Kind != TokenKind.Word || span.Length < 4) continue;
                words++;
                if (char.IsUpper(span[0])) caps++;
            }
            var last = i - 1;
            while (last > lineStart && tokens[last].Kind == TokenKind.Symbol && Sentences.IsClosing(source[tokens[last].Start])) last--;
            var endsSentence = last >= lineStart && tokens[last].Kind == TokenKind.Symbol && source[tokens[last].Start] == '.';
            if (words >= 2 && caps * 4 >= words * 3 && !endsSentence)
                for (var j = lineStart; j < i; j++) marked[j] = true;
            lineStart = i;
        }
        return marked;
    }

    private static bool IsCapWord(Text t, int i)
    {
        if (i >= t.Tokens.Length || t.Tokens[i].Kind != TokenKind.Word) return false;
        var span = t.Tokens[i].Span(t.Source);
        if (!char.IsUpper(span[0])) return false;
        foreach (var c in span) if (char.IsDigit(c)) return false;
        // In a title-case headline only words the story capitalises elsewhere inside sentences are names.
        return !t.TitleCase[i] || t.MidCaps.Contains(FoldStripped(t, i));
    }

    /// <summary>A token folded without its possessive ending: "Trump’s" → "trump".</summary>
    private static string FoldStripped(Text t, int i)
    {
        var span = t.Tokens[i].Span(t.Source);
        var stripped = StripPossessive(span);
        return stripped.Length == span.Length ? t.Folded[i] : TextNormalizer.FoldWord(stripped);
    }

    private static ReadOnlySpan<char> StripPossessive(ReadOnlySpan<char> w) =>
        w.Length > 2 && (w.EndsWith("’s") || w.EndsWith("'s")) ? w[..^2] : w;

    private static Word MakeWord(Text t, int i)
    {
        var token = t.Tokens[i];
        var span = token.Span(t.Source);
        var stripped = StripPossessive(span);
        var possessive = stripped.Length != span.Length;
        return new Word(i, token.Start, token.Start + stripped.Length, stripped.ToString(), FoldStripped(t, i), t.Initial[i], possessive);
    }

    /// <summary>Runs of capitalised words, with the lower-case particles and connectors inside them.</summary>
    private static IEnumerable<List<Word>> Runs(Text t)
    {
        var i = 0;
        while (i < t.Tokens.Length)
        {
            if (!IsCapWord(t, i)) { i++; continue; }
            var run = new List<Word> { MakeWord(t, i) };
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
                    && (Lexicon.TitleAbbreviations.Contains(last.Folded) || (last.Surface.Length == 1 && char.IsUpper(last.Surface[0]))))
                {
                    run.Add(MakeWord(t, j + 1));
                    j += 2;
                    continue;
                }
                if (t.Tokens[j].Kind == TokenKind.Word && !t.Tokens[j].NewlineBefore)
                {
                    var w = t.Folded[j];
                    var lowerCase = char.IsLower(t.Source[t.Tokens[j].Start]);
                    if (lowerCase && Lexicon.NameParticles.Contains(w))
                    {
                        var k = j;
                        while (k < t.Tokens.Length && t.Tokens[k].Kind == TokenKind.Word && char.IsLower(t.Source[t.Tokens[k].Start])
                               && Lexicon.NameParticles.Contains(t.Folded[k])) k++;
                        if (IsCapWord(t, k) && !t.Tokens[k].NewlineBefore)
                        {
                            for (var p = j; p <= k; p++) run.Add(MakeWord(t, p) with { Initial = false });
                            j = k + 1;
                            continue;
                        }
                    }
                    if (lowerCase && w is "of" or "for" && (Lexicon.BodyWords.Contains(last.Folded) || Lexicon.Titles.Contains(last.Folded)))
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
            yield return run;
            i = j;
        }
    }

    private static bool IsConnector(Word w) => char.IsLower(w.Surface[0]);

    private static void Process(int report, Text t, List<Word> run, HashSet<string> lower, HashSet<string> midCaps,
        List<List<string>> outlets, List<NameMention> mentions)
    {
        // Titles, and the words that belong to a title next to one ("Defense Secretary", "Secretary of State").
        var title = new bool[run.Count];
        for (var i = 0; i < run.Count; i++)
        {
            var nextIsBodyWord = i + 1 < run.Count && Lexicon.BodyWords.Contains(run[i + 1].Folded);
            if (!IsConnector(run[i]) && Lexicon.Titles.Contains(run[i].Folded) && !nextIsBodyWord) title[i] = true;
        }
        for (var changed = true; changed;)
        {
            changed = false;
            for (var i = 0; i < run.Count; i++)
            {
                if (title[i] || IsConnector(run[i]) || !Lexicon.TitleModifiers.Contains(run[i].Folded)) continue;
                if (Near(i, -1) || Near(i, +1)) { title[i] = changed = true; }
            }
        }
        bool Near(int i, int step)
        {
            var j = i + step;
            while (j >= 0 && j < run.Count && IsConnector(run[j]) && run[j].Folded is "of" or "the" or "for") j += step;
            return j >= 0 && j < run.Count && title[j];
        }

        // Split at titles and calendar words; each piece is a candidate.
        var piece = new List<Word>();
        var titleBefore = false;
        for (var i = 0; i <= run.Count; i++)
        {
            var split = i == run.Count || title[i] || (!IsConnector(run[i]) && IsCalendar(run[i].Folded));
            if (!split) { piece.Add(run[i]); continue; }
            if (piece.Count > 0) Candidate(report, t, piece, titleBefore, lower, midCaps, outlets, mentions);
            piece = [];
            titleBefore = i < run.Count && title[i];
        }
    }

    private static bool IsCalendar(string folded) =>
        Lexicon.Days.Contains(folded) || Lexicon.Months.Contains(folded) || Lexicon.Calendar.Contains(folded);

    private static void Candidate(int report, Text t, List<Word> words, bool titleBefore, HashSet<string> lower, HashSet<string> midCaps,
        List<List<string>> outlets, List<NameMention> mentions)
    {
        // Connectors at the edges belong to nothing.
        var a = 0;
        var b = words.Count - 1;
        bool Trim()
        {
            while (a <= b && IsConnector(words[a])) a++;
            while (b >= a && IsConnector(words[b])) b--;
            return a <= b;
        }
        if (!Trim()) return;
        // Common words in front: "The White House", "During", "His".
        while (a <= b && Lexicon.Common.Contains(words[a].Folded)) { a++; titleBefore = false; if (!Trim()) return; }
        var body = false;
        for (var i = a; i <= b; i++) if (!IsConnector(words[i]) && Lexicon.BodyWords.Contains(words[i].Folded)) body = true;
        // A sentence-initial first word must show it is a proper noun.
        while (a <= b && words[a].Initial && !ProperNoun(words[a].Folded, lower, midCaps))
        {
            a++;
            titleBefore = false;
            if (!Trim()) return;
        }
        // Nationality adjectives around a person's name: "Russian", "Ukrainian President" (kept inside bodies: "European Union").
        if (!body || b == a)
        {
            while (a <= b && Lexicon.Demonyms.Contains(words[a].Folded)) { a++; if (!Trim()) return; }
            while (b >= a && Lexicon.Demonyms.Contains(words[b].Folded)) { b--; if (!Trim()) return; }
        }
        var kept = words.GetRange(a, b - a + 1);
        // A lone hyphenated word of capitalised parts names each part: "Trump-Putin call", "R-Mississippi".
        if (kept.Count == 1 && kept[0].Surface.IndexOfAny(['-', '\u2010', '\u2011']) > 0)
        {
            var w = kept[0];
            var parts = w.Surface.Split('-', '\u2010', '\u2011');
            if (parts.All(p => p.Length > 0 && char.IsUpper(p[0])))
            {
                var offset = 0;
                for (var p = 0; p < parts.Length; p++)
                {
                    var start = w.Start + offset;
                    var part = new Word(w.Token, start, start + parts[p].Length, parts[p], TextNormalizer.FoldWord(parts[p]),
                        p == 0 && w.Initial, p == parts.Length - 1 && w.Possessive);
                    Candidate(report, t, [part], titleBefore && p == 0, lower, midCaps, outlets, mentions);
                    offset += parts[p].Length + 1;
                }
                return;
            }
        }
        var folded = kept.Where(w => !IsConnector(w) || Lexicon.NameParticles.Contains(w.Folded)).Select(w => w.Folded).ToList();
        var proper = kept.Where(w => !IsConnector(w)).ToList();
        if (proper.All(w => w.Folded.Length <= 1)) return;
        if (folded.Any(f => Lexicon.Common.Contains(f) && f.Length > 1 && !Lexicon.NameParticles.Contains(f)) && proper.Count == 1) return;
        if (Gazetteer.IsPlace(folded)) return;
        if (folded.Count > 1 && folded[^1] is "day" or "eve") return; // "Independence Day"
        if (folded.Any(IsCalendar)) return;
        if (IsOutlet(folded, outlets)) return;
        if (IsWholeQuotation(t, kept[0], kept[^1])) return;

        var single = proper.Count == 1;
        var lone = proper[0].Folded;
        var acronym = single && proper[0].Surface.Length >= 2 && proper[0].Surface.All(c => char.IsUpper(c) || c == '.');
        if (single && Lexicon.BodyWords.Contains(lone) && !Lexicon.KnownBodies.Contains(lone)) return; // "Police said": a common noun
        var isBody = body || (single && (Lexicon.KnownBodies.Contains(lone) || acronym));

        var first = kept[0];
        var last = kept[^1];
        // A known body needs no more; an unknown acronym ("HIMARS launchers", "GDP") does, like a lone word.
        var evidence = body || (single && Lexicon.KnownBodies.Contains(lone))
            || titleBefore || last.Possessive || VerbAfter(t, last.Token, last.End) || AttributionBefore(t, first.Token)
            || (!first.Initial && StandsAlone(t, first, last));
        var surface = TextNormalizer.Collapse(t.Source.AsSpan(first.Start, last.End - first.Start));
        mentions.Add(new NameMention(report, first.Start, surface, folded, isBody, evidence));
    }

    /// <summary>
    /// Whether a sentence-initial word is a proper noun: the story writes it capitalised inside a
    /// sentence, or never in lower case and it does not read as a verb form or adverb ("Letting", "Reportedly").
    /// </summary>
    private static bool ProperNoun(string folded, HashSet<string> lower, HashSet<string> midCaps)
    {
        if (midCaps.Contains(folded)) return true;
        if (lower.Contains(folded)) return false;
        return !(folded.Length >= 5 && (folded.EndsWith("ing", StringComparison.Ordinal) || folded.EndsWith("ly", StringComparison.Ordinal)
            || folded.EndsWith("ed", StringComparison.Ordinal)));
    }

    private static bool IsOutlet(List<string> folded, List<List<string>> outlets)
    {
        foreach (var o in outlets)
        {
            if (o.SequenceEqual(folded, StringComparer.Ordinal)) return true;
            if (folded.Count == 1 && o.Count > 1 && o[^1] == folded[0] && Lexicon.BodyWords.Contains(folded[0])) return true; // "the Post"
        }
        return false;
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
        return Lexicon.Verbs.Contains(w) || (w.Length > 4 && w.EndsWith("ed", StringComparison.Ordinal));
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
            if (Lexicon.Determiners.Contains(before) || before is "a" or "an" or "this" or "that" or "in" or "at" or "from" or "near"
                or "into" or "across" or "outside" or "inside" or "toward" or "towards" or "around" or "throughout") return false;
        }
        if (last.End != t.Tokens[last.Token].End && last.End != t.Tokens[last.Token].End - 2) return true; // a part of "Trump-Putin"
        var next = last.Token + 1;
        if (next >= t.Tokens.Length || t.Tokens[next].Kind != TokenKind.Word || t.Tokens[next].NewlineBefore) return true;
        var span = t.Tokens[next].Span(t.Source);
        return !char.IsLower(span[0]) || Lexicon.Common.Contains(t.Folded[next]);
    }

    private static bool AttributionBefore(Text t, int token)
    {
        var prev = token - 1;
        if (prev < 0 || t.Tokens[prev].Kind != TokenKind.Word) return false;
        var span = t.Tokens[prev].Span(t.Source);
        return char.IsLower(span[0]) && t.Folded[prev] is "said" or "says" or "told" or "wrote" or "added" or "according" or "asked";
    }
}
