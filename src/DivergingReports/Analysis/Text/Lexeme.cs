namespace DivergingReports.Analysis;

/// <summary>
/// A folded word (<see cref="TextNormalizer.FoldWord"/>), held once per <see cref="Vocabulary"/>:
/// every token that folds to the same text shares this object, so the text is folded and hashed
/// once, and a story-wide set of words can be a mark on the word instead of a hash set.
/// </summary>
internal sealed class Lexeme(string text, int id)
{
    public string Text { get; } = text;

    /// <summary>A number for the word, unique in its vocabulary.</summary>
    public int Id { get; } = id;

    /// <summary><see cref="TextNormalizer.Hash"/> of the text, for shingles.</summary>
    public ulong Hash { get; } = TextNormalizer.Hash(text);

    /// <summary>The word lists it is in.</summary>
    public WordList Lists { get; } = Lexicon.ListsOf(text);

    public bool In(WordList lists) => (Lists & lists) != 0;

    /// <summary>The last story (see <see cref="Vocabulary.NextStory"/>) that wrote this word starting in lower case.</summary>
    public int WrittenLowerIn;

    /// <summary>The last story that capitalised this word inside a sentence (possessive stripped).</summary>
    public int CapitalisedInsideIn;
}
