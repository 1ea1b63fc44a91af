namespace DivergingReports.Analysis;

/// <summary>
/// A report's text read once for every analysis: its tokens, and each word and number folded.
/// </summary>
internal sealed class ReportText
{
    public string Source { get; }
    public Token[] Tokens { get; }
    /// <summary>For each token, its folded word (<see cref="TextNormalizer.FoldWord"/>); <see cref="Vocabulary.Empty"/> for symbols.</summary>
    public Lexeme[] Words { get; }
    /// <summary>For each token, its folded form (<see cref="TextNormalizer.FoldWord"/>); "" for symbols.</summary>
    public FoldedTokens Folded => new(Words);
    /// <summary>The vocabulary the words come from; texts compared together share one.</summary>
    public Vocabulary Vocabulary { get; }

    /// <summary>The text's language (a BCP 47 tag), or null for the default, English.</summary>
    public string? Language { get; }

    public ReportText(string source, string? language = null) : this(source, Vocabulary.ForThread(), language) { }

    public ReportText(string source, Vocabulary vocabulary, string? language = null)
    {
        Source = source;
        Language = language;
        Vocabulary = vocabulary;
        Tokens = Tokenizer.Tokenize(source);
        Words = new Lexeme[Tokens.Length];
        for (var i = 0; i < Tokens.Length; i++)
            Words[i] = Tokens[i].Kind == TokenKind.Symbol ? vocabulary.Empty : vocabulary.Fold(Tokens[i].Span(source));
    }

    /// <summary>The texts of one story, read with one vocabulary.</summary>
    public static ReportText[] ReadAll(IReadOnlyList<string> texts, IReadOnlyList<string?>? languages = null)
    {
        var vocabulary = Vocabulary.ForThread();
        var read = new ReportText[texts.Count];
        for (var i = 0; i < read.Length; i++) read[i] = new ReportText(texts[i], vocabulary, languages?[i]);
        return read;
    }

    public int Count => Tokens.Length;

    public bool IsWord(int i) => i >= 0 && i < Tokens.Length && Tokens[i].Kind == TokenKind.Word;

    public bool IsSymbol(int i, char c) => i >= 0 && i < Tokens.Length && Tokens[i].Kind == TokenKind.Symbol && Source[Tokens[i].Start] == c;

    /// <summary>The token's first character.</summary>
    public char First(int i) => Source[Tokens[i].Start];

    public ReadOnlySpan<char> Span(int i) => Tokens[i].Span(Source);
}

/// <summary>The folded text of a report's tokens, as a view of its words.</summary>
internal readonly struct FoldedTokens(Lexeme[] words)
{
    public string this[int i] => words[i].Text;

    public int Length => words.Length;

    /// <summary>The folded texts of tokens start to end (exclusive).</summary>
    public List<string> Slice(int start, int end)
    {
        var slice = new List<string>(end - start);
        for (var i = start; i < end; i++) slice.Add(words[i].Text);
        return slice;
    }
}
