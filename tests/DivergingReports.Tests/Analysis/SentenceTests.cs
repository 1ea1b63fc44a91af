using DivergingReports.Analysis;

namespace DivergingReports.Tests.Analysis;

public class SentenceTests
{
    [Fact]
    public void Abbreviations_initials_and_acronyms_do_not_end_sentences()
    {
        Assert.Equal(
        [
            "The U.S. said on Jan. 5 that Sen. Wicker and George W. Bush would go.",
            "He went.",
        ], Sentences.Split("The U.S. said on Jan. 5 that Sen. Wicker and George W. Bush would go. He went."));
    }

    [Fact]
    public void A_question_inside_quotes_ends_a_sentence_only_before_a_capital()
    {
        Assert.Equal(["“Is it over?” he asked.", "“No!”", "She left."], Sentences.Split("“Is it over?” he asked. “No!” She left."));
    }

    [Fact]
    public void A_line_break_ends_a_sentence_and_a_mid_quote_ellipsis_does_not()
    {
        Assert.Equal(["Pentagon defends decision", "“This review… is a step,” he said."],
            Sentences.Split("Pentagon defends decision\n“This review… is a step,” he said."));
    }

    [Fact]
    public void A_common_word_that_is_also_an_abbreviation_still_ends_a_sentence_and_a_lower_case_word_never_begins_one()
    {
        Assert.Equal(["The cat sat.", "Then it left at 3 p.m. on Friday, i.e. late."],
            Sentences.Split("The cat sat. Then it left at 3 p.m. on Friday, i.e. late."));
    }
}

public class TokenizerAndNormalizerTests
{
    [Fact]
    public void Apostrophes_stay_in_words_and_acronyms_keep_their_dots()
    {
        const string text = "Kyiv’s U.S. didn’t AIM-7 5,000 1.5 $66";
        Assert.Equal(["Kyiv’s", "U.S.", "didn’t", "AIM-7", "5,000", "1.5", "$", "66"],
            Tokenizer.Tokenize(text).Select(t => t.Text(text)));
        Assert.Equal([TokenKind.Word, TokenKind.Word, TokenKind.Word, TokenKind.Word, TokenKind.Number, TokenKind.Number, TokenKind.Symbol, TokenKind.Number],
            Tokenizer.Tokenize(text).Select(t => t.Kind));
    }

    [Fact]
    public void Folding_removes_case_diacritics_apostrophes_and_punctuation()
    {
        Assert.Equal("i didnt make any progress", TextNormalizer.Key("“I didn’t make ANY progress…”"));
        Assert.Equal(TextNormalizer.Key("I didn't make any progress"), TextNormalizer.Key("I didn’t make any progress"));
        Assert.Equal("zelenskyy", TextNormalizer.FoldWord("Zelénskyy"));
        Assert.Equal(["a", null, "b"], TextNormalizer.WordsWithGaps("a … b"));
        Assert.Equal(["a", null, "b"], TextNormalizer.WordsWithGaps("a... b"));
    }

    [Theory]
    [InlineData("Tamás", "tamas")]
    [InlineData("Ushakóv", "ushakov")]
    [InlineData("Ievgen", "ievgen")]
    [InlineData("Éysteinn", "eysteinn")]
    [InlineData("Łódź", "łodz")]
    [InlineData("Nguyễn", "nguyen")]
    [InlineData("Зеленський", "зеленськии")]
    [InlineData("Їжак", "іжак")]
    [InlineData("Tama\u0301s", "tamas")]
    [InlineData("أكثر", "اكثر")]
    public void Diacritics_fold_away_by_the_tools_own_table(string word, string folded)
    {
        // The tool runs without ICU, where string.Normalize does nothing: the world story's test runs the tool itself.
        Assert.Equal(folded, TextNormalizer.FoldWord(word));
    }

    [Fact]
    public void The_stable_hash_does_not_change_between_runs()
    {
        Assert.Equal(0xaf63dc4c8601ec8cUL, TextNormalizer.Hash("a")); // FNV-1a, 64 bits
        Assert.Equal(14695981039346656037UL, TextNormalizer.Hash(""));
    }
}
