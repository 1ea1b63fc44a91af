namespace DivergingReports.Analysis;

/// <summary>
/// A report's text read once for every analysis: its tokens, each word and number folded, and where
/// sentences begin.
/// </summary>
internal sealed class ReportText
{
    public string Source { get; }
    public Token[] Tokens { get; }
    /// <summary>For each token, its folded form (<see cref="TextNormalizer.FoldWord"/>); "" for symbols.</summary>
    public string[] Folded { get; }
    private bool[]? _sentenceStarts;

    public ReportText(string source)
    {
        Source = source;
        Tokens = Tokenizer.Tokenize(source);
        Folded = new string[Tokens.Length];
        for (var i = 0; i < Tokens.Length; i++)
            Folded[i] = Tokens[i].Kind == TokenKind.Symbol ? "" : TextNormalizer.FoldWord(Tokens[i].Span(source));
    }

    /// <summary>For each token, whether a sentence begins with it.</summary>
    public bool[] SentenceStarts => _sentenceStarts ??= Sentences.Starts(Source, Tokens);

    public int Count => Tokens.Length;

    public bool IsWord(int i) => i >= 0 && i < Tokens.Length && Tokens[i].Kind == TokenKind.Word;

    public bool IsSymbol(int i, char c) => i >= 0 && i < Tokens.Length && Tokens[i].Kind == TokenKind.Symbol && Source[Tokens[i].Start] == c;

    /// <summary>The token's first character.</summary>
    public char First(int i) => Source[Tokens[i].Start];

    public ReadOnlySpan<char> Span(int i) => Tokens[i].Span(Source);
}
