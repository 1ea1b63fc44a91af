namespace DivergingReports.Analysis;

/// <summary>
/// Sentence boundaries. A sentence ends at a line break, or at ".", "!", "?" or an ellipsis (after
/// any closing quotes) followed by a capitalised word, a digit or an opening quote — except after
/// an abbreviation ("Jan. 5", "Sen. Wicker"), an initial ("George W. Bush") or a dotted acronym
/// ("U.S."), which do not end sentences.
/// </summary>
public static class Sentences
{
    /// <summary>The sentences of a text, trimmed, in order.</summary>
    public static IReadOnlyList<string> Split(string text)
    {
        var tokens = Tokenizer.Tokenize(text);
        var starts = Starts(text, tokens);
        var sentences = new List<string>();
        var begin = -1;
        for (var i = 0; i <= tokens.Length; i++)
        {
            if (i < tokens.Length && !starts[i]) continue;
            if (begin >= 0) sentences.Add(text[tokens[begin].Start..tokens[i - 1].End].Trim());
            begin = i;
        }
        return sentences;
    }

    /// <summary>For each token, whether a sentence begins with it.</summary>
    internal static bool[] Starts(string text, Token[] tokens)
    {
        var starts = new bool[tokens.Length];
        for (var i = 0; i < tokens.Length; i++) starts[i] = StartsAt(text, tokens, null, i);
        return starts;
    }

    /// <summary>
    /// Whether a sentence begins with token i (which depends on the tokens before it only);
    /// <paramref name="words"/>, the tokens folded if the caller has them.
    /// </summary>
    internal static bool StartsAt(string text, Token[] tokens, Lexeme[]? words, int i) =>
        i == 0 || tokens[i].NewlineBefore || EndsBefore(text, tokens, words, i);

    private static bool EndsBefore(string text, Token[] tokens, Lexeme[]? words, int i)
    {
        var next = tokens[i];
        if (!next.SpaceBefore) return false;
        var first = text[next.Start];
        if (!(char.IsUpper(first) || char.IsDigit(first) || IsOpening(first))) return false;

        var j = i - 1;
        while (j >= 0 && tokens[j].Kind == TokenKind.Symbol && IsClosing(text[tokens[j].Start])) j--;
        if (j < 0) return false;
        var t = tokens[j];
        if (t.Kind != TokenKind.Symbol) return false;
        var c = text[t.Start];
        if (c is '!' or '?' or '\u2026') return true;
        if (c != '.') return false;
        if (j > 0 && tokens[j - 1].Kind == TokenKind.Symbol && text[tokens[j - 1].Start] == '.')
            return char.IsUpper(first); // "..." : an ellipsis ends a sentence only before a capital
        if (j == 0) return true;
        var before = tokens[j - 1];
        if (before.Kind != TokenKind.Word || before.End != t.Start) return true;
        var word = before.Span(text);
        if (word.Length == 1 && char.IsUpper(word[0])) return false; // an initial
        var folded = words?[j - 1].Text ?? TextNormalizer.FoldWord(word);
        // Abbreviations are written capitalised ("Jan.", "Sen."); lower-case ones are few: "the cat sat. Then" ends.
        return char.IsUpper(word[0]) ? !Lexicon.Abbreviations.Contains(folded) : folded is not ("vs" or "approx" or "est" or "pp" or "cf");
    }

    internal static bool IsOpening(char c) => c is '"' or '\u201C' or '\u201E' or '\u2018' or '\'' or '\u00AB' or '(' or '[';

    internal static bool IsClosing(char c) => c is '"' or '\u201D' or '\u2019' or '\'' or '\u00BB' or ')' or ']';
}
