using System.Buffers;

namespace DivergingReports.Analysis;

/// <summary>
/// A quoted passage of one report: the words inside the quote marks, as written (white space
/// collapsed, a comma before the closing mark dropped); a quote split by an attribution is one
/// passage, its parts joined by a comma.
/// <paramref name="Start"/> and <paramref name="End"/> delimit it in the report's text.
/// </summary>
public sealed record FoundQuote(string Text, int Start, int End);

/// <summary>
/// Finds quoted passages: double quotes, straight ("), curly (“ ”, „ “), guillemets either way
/// (« », » «), corner brackets (「 」, 『 』), and top-level single quotes (‘ ’, ‚ ‘, ‹ ›, ') as some
/// outlets use; quotes nested inside a passage stay in it; and the dash that opens a quotation at a
/// paragraph's start in some styles (<see cref="DashQuotes"/>).
/// An apostrophe between letters ("Kyiv’s", "didn’t") is never a quote mark. A passage may run
/// across a line break; a new opening mark at the start of a later paragraph closes an unclosed one
/// at its paragraph's end (the convention for quotes spanning paragraphs), and a passage left open
/// for three line breaks is cut at the first. Without line breaks (a text whose white space was
/// collapsed), a second opening curly mark drops an unclosed first one, and a mark left open for
/// 3,000 characters is dropped; single quotes close within 400 characters on their line.
/// </summary>
public static class QuoteFinder
{
    private const int MaxLineBreaks = 3;
    /// <summary>A passage open this long without a closing mark was never closed (texts with line breaks collapsed have no paragraph to end it).</summary>
    private const int MaxLength = 3000;
    private const int MaxSingleQuoteLength = 400;
    private const int MaxAttributionWords = 8;

    public static IReadOnlyList<FoundQuote> Find(string text)
    {
        var spans = WithDashQuotes(Spans(text), text);
        var passages = new List<FoundQuote>(spans.Count);
        foreach (var (start, end) in spans)
        {
            // A comma before the closing mark only hands over to the attribution ("…about that," he said).
            var inner = TextNormalizer.Collapse(text.AsSpan(start, end - start)).TrimEnd(',', ' ');
            if (HasLetterOrDigit(inner)) passages.Add(new FoundQuote(inner, start, end));
        }
        return JoinSplitQuotes(text, passages);
    }

    /// <summary>The dash quotations (<see cref="DashQuotes"/>) that no quote mark encloses or crosses, among the others in text order.</summary>
    private static List<(int Start, int End)> WithDashQuotes(List<(int Start, int End)> spans, string text)
    {
        // Only a text with a dash at a paragraph's start can hold one: most texts are spared the pass.
        if (text.AsSpan().IndexOfAny('\u2014', '\u2013', '-') < 0) return spans;
        var dashed = DashQuotes.Spans(text);
        if (dashed.Count == 0) return spans;
        // Both lists are in text order and their spans do not overlap among themselves: merge them in one pass.
        var merged = new List<(int Start, int End)>(spans.Count + dashed.Count);
        var m = 0;
        foreach (var d in dashed)
        {
            while (m < spans.Count && spans[m].End <= d.Start) merged.Add(spans[m++]);
            if (m < spans.Count && spans[m].Start < d.End) continue; // a quote mark's passage crosses it
            merged.Add(d);
        }
        while (m < spans.Count) merged.Add(spans[m++]);
        return merged;
    }

    private static bool HasLetterOrDigit(string s)
    {
        foreach (var c in s) if (char.IsLetterOrDigit(c)) return true;
        return false;
    }

    private enum Mark { None, Curly, Straight, Guillemet, ReversedGuillemet, LowCurly, Corner, WhiteCorner, CurlySingle, LowSingle, SingleGuillemet, StraightSingle }

    /// <summary>Single quotes close on their line, within <see cref="MaxSingleQuoteLength"/> characters.</summary>
    private static bool IsSingle(Mark kind) => kind is Mark.CurlySingle or Mark.LowSingle or Mark.SingleGuillemet or Mark.StraightSingle;

    /// <summary>Content spans [start, end) of top-level quotes, in order.</summary>
    private static List<(int Start, int End)> Spans(string text)
    {
        var spans = new List<(int, int)>();
        var open = -1;
        var kind = Mark.None;
        var breaks = 0;
        var firstBreak = -1;
        for (var i = 0; i < text.Length; i++)
        {
            i = NextToRead(text, i, open);
            if (i >= text.Length) break;
            var c = text[i];
            if (c == '\n')
            {
                if (open < 0) continue;
                if (breaks++ == 0) firstBreak = i;
                // Single quotes do not run past a line break; a double quote open for too long was never closed.
                if (IsSingle(kind) || breaks >= MaxLineBreaks)
                {
                    if (!IsSingle(kind)) spans.Add((open, firstBreak));
                    i = firstBreak; // scan again after the abandoned opening's paragraph
                    open = -1;
                    kind = Mark.None;
                }
                continue;
            }
            if (open >= 0 && i - open > MaxLength)
            {
                i = open - 1; // drop the opening mark; scan again after it
                open = -1;
                kind = Mark.None;
                continue;
            }
            if (open < 0)
            {
                var opener = Opener(text, i);
                if (opener == Mark.None) continue;
                if (IsSingle(opener) && !ClosesInLine(text, i + 1, opener)) continue;
                open = i + 1;
                kind = opener;
                breaks = 0;
                firstBreak = -1;
                continue;
            }
            switch (kind)
            {
                case Mark.Curly:
                    if (c == '\u201D') Close(i);
                    else if (c is '\u201C' or '\u201E') Reopen(i);
                    break;
                case Mark.LowCurly: // „German style“ closes with “ (or ”)
                    if (c == '\u201D' || (c == '\u201C' && !AtOpening(text, i))) Close(i);
                    else if (c is '\u201C' or '\u201E') Reopen(i);
                    break;
                case Mark.Guillemet:
                    if (c == '\u00BB') Close(i);
                    else if (c == '\u00AB') Reopen(i);
                    break;
                case Mark.ReversedGuillemet: // »German and Danish style«
                    if (c == '\u00AB') Close(i);
                    else if (c == '\u00BB' && AtOpening(text, i)) Reopen(i);
                    break;
                case Mark.Corner: // 「Japanese and Chinese style」, with 『 』 nested inside
                    if (c == '\u300D') Close(i);
                    break;
                case Mark.WhiteCorner:
                    if (c == '\u300F') Close(i);
                    break;
                case Mark.LowSingle: // ‚German single style‘
                    if (c is '\u2018' or '\u2019' && AtSingleClosing(text, i)) Close(i);
                    break;
                case Mark.SingleGuillemet:
                    if (c == '\u203A') Close(i);
                    break;
                case Mark.Straight:
                    if (c != '"') break;
                    if (AtOpening(text, i) && breaks > 0) Reopen(i);
                    else Close(i);
                    break;
                case Mark.CurlySingle:
                    if (c == '\u2019' && AtSingleClosing(text, i) && !PluralPossessive(text, i, kind)) Close(i);
                    break;
                case Mark.StraightSingle:
                    if (c == '\'' && AtSingleClosing(text, i) && !PluralPossessive(text, i, kind)) Close(i);
                    break;
            }
        }
        // A quote still open at the end ends with its paragraph; without one, only a short rest of the text is taken.
        if (open >= 0 && !IsSingle(kind))
        {
            if (firstBreak >= 0) spans.Add((open, firstBreak));
            else if (text.Length - open <= MaxSingleQuoteLength) spans.Add((open, text.Length));
        }
        return spans;

        void Close(int at)
        {
            spans.Add((open, at));
            open = -1;
            kind = Mark.None;
        }

        // An opening mark while a quote is open. After a line break it starts the next paragraph of a
        // quote left open, which ends at its paragraph's end; on the same line, the first was never
        // closed and is dropped.
        void Reopen(int at)
        {
            if (breaks > 0) spans.Add((open, text.LastIndexOf('\n', at)));
            open = at + 1;
            breaks = 0;
            firstBreak = -1;
        }
    }

    /// <summary>The characters at which the scan of <see cref="Spans"/> can change state: line breaks and quote marks.</summary>
    private static readonly SearchValues<char> Marks = SearchValues.Create("\n\"'\u201C\u201D\u201E\u2018\u2019\u201A\u00AB\u00BB\u2039\u203A\u300C\u300D\u300E\u300F");

    /// <summary>
    /// The next position from i where the scan has anything to do: a line break or a quote mark, or,
    /// with a quote open, the first place it has been open too long. Quote marks are few, so the
    /// scan jumps (vectorised) over the text between them instead of testing every character.
    /// </summary>
    private static int NextToRead(string text, int i, int open)
    {
        var mark = text.AsSpan(i).IndexOfAny(Marks);
        var next = mark < 0 ? text.Length : i + mark;
        return open >= 0 ? Math.Min(next, Math.Max(i, open + MaxLength + 1)) : next;
    }

    private static Mark Opener(string text, int i)
    {
        var c = text[i];
        switch (c)
        {
            case '\u201C': return Mark.Curly;
            case '\u201E': return Mark.LowCurly;
            case '\u00AB': return Mark.Guillemet;
            case '\u00BB': return AtOpening(text, i) ? Mark.ReversedGuillemet : Mark.None;
            case '\u300C': return Mark.Corner;
            case '\u300E': return Mark.WhiteCorner;
            case '\u201A': return NextIsLetter(text, i) ? Mark.LowSingle : Mark.None;
            case '\u2039': // ‹French style› may stand apart from its words: ‹ ainsi ›
                return NextIsLetter(text, i) || i + 2 < text.Length && text[i + 1] is ' ' or '\u00A0' or '\u202F' && char.IsLetter(text[i + 2])
                    ? Mark.SingleGuillemet : Mark.None;
            case '"': return AtOpening(text, i) ? Mark.Straight : Mark.None;
            case '\u201D': return AtOpening(text, i) ? Mark.Curly : Mark.None; // some texts use ” both ways
            case '\u2018':
                return AtOpening(text, i) && NextIsLetter(text, i) ? Mark.CurlySingle : Mark.None;
            case '\'':
                return AtOpening(text, i) && NextIsLetter(text, i) ? Mark.StraightSingle : Mark.None;
            default: return Mark.None;
        }
    }

    /// <summary>A mark opens when it follows white space, the start or an opening bracket/dash, and text follows it.</summary>
    private static bool AtOpening(string text, int i)
    {
        var before = i == 0 || char.IsWhiteSpace(text[i - 1]) || text[i - 1] is '(' or '[' or '{' or '\u2014' or '\u2013' or '-' or '/' or ':'
            or '\u2018' or '\u201C' or '\'' or '"';
        var after = i + 1 < text.Length && !char.IsWhiteSpace(text[i + 1]);
        return before && after;
    }

    private static bool NextIsLetter(string text, int i) => i + 1 < text.Length && char.IsLetter(text[i + 1]);

    /// <summary>A single closing mark follows text and is not followed by a letter (else it is an apostrophe: "Kyiv’s").</summary>
    private static bool AtSingleClosing(string text, int i) =>
        i > 0 && !char.IsWhiteSpace(text[i - 1]) && (i + 1 >= text.Length || !char.IsLetterOrDigit(text[i + 1]));

    /// <summary>
    /// "‘spending our farmers’ money on somebody else’s war’": a mark after a plural's s with a
    /// lower-case word after it is its apostrophe, when the quotation closes later on its line.
    /// </summary>
    private static bool PluralPossessive(string text, int i, Mark kind) =>
        i > 0 && text[i - 1] == 's' && i + 2 < text.Length && text[i + 1] == ' ' && char.IsLower(text[i + 2]) && ClosesInLine(text, i + 1, kind);

    private static bool ClosesInLine(string text, int from, Mark kind)
    {
        for (var i = from; i < text.Length && i - from < MaxSingleQuoteLength && text[i] != '\n'; i++)
            if (ClosesSingle(kind, text[i]) && (kind == Mark.SingleGuillemet || AtSingleClosing(text, i))) return true;
        return false;
    }

    private static bool ClosesSingle(Mark kind, char c) => kind switch
    {
        Mark.CurlySingle => c == '\u2019',
        Mark.LowSingle => c is '\u2018' or '\u2019',
        Mark.SingleGuillemet => c == '\u203A',
        _ => c == '\'',
    };

    /// <summary>Whether an attribution holds a sentence end: "!", "?", ";", or a dot that is not an initial's or an acronym's ("U.S.").</summary>
    private static bool EndsSentence(ReadOnlySpan<char> s)
    {
        for (var i = 0; i < s.Length; i++)
        {
            if (s[i] is '!' or '?' or ';') return true;
            if (s[i] != '.') continue;
            var initial = i > 0 && char.IsUpper(s[i - 1]) && (i == 1 || !char.IsLetter(s[i - 2]));
            var abbreviation = false;
            var w = i;
            while (w > 0 && char.IsLetter(s[w - 1])) w--;
            if (w < i && char.IsUpper(s[w])) abbreviation = Lexicon.Abbreviations.Contains(TextNormalizer.FoldWord(s[w..i]));
            if (!initial && !abbreviation) return true;
        }
        return false;
    }

    /// <summary>
    /// Joins "We had a call," Trump said, "it was long." into one passage: the first part ends with
    /// a comma, a short attribution without a sentence end follows and ends with a comma, and the
    /// second part goes on in lower case.
    /// </summary>
    private static List<FoundQuote> JoinSplitQuotes(string text, List<FoundQuote> passages)
    {
        var joined = new List<FoundQuote>(passages.Count);
        foreach (var q in passages)
        {
            if (joined.Count > 0 && Continues(text, joined[^1], q))
            {
                var p = joined[^1];
                joined[^1] = new FoundQuote(p.Text + ", " + q.Text, p.Start, q.End);
            }
            else joined.Add(q);
        }
        return joined;
    }

    private static bool Continues(string text, FoundQuote p, FoundQuote q)
    {
        if (!char.IsLower(q.Text[0])) return false;
        // between: after p's closing mark, before q's opening mark
        if (q.Start - 1 <= p.End + 1) return false;
        var between = text.AsSpan(p.End + 1, q.Start - 1 - (p.End + 1));
        if (between.Contains('\n')) return false;
        var trimmed = between.Trim();
        var commaBefore = text[p.End - 1] == ',' || trimmed.StartsWith(",");
        if (!commaBefore || !trimmed.EndsWith(",")) return false;
        var attribution = trimmed.Trim(',').Trim();
        if (EndsSentence(attribution)) return false;
        var words = 0;
        foreach (var range in attribution.Split(' ')) if (attribution[range].Length > 0) words++;
        return words is >= 1 and <= MaxAttributionWords;
    }
}
