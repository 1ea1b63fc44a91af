using DivergingReports.Analysis;

namespace DivergingReports.Tests.Analysis;

public class QuoteFinderTests
{
    private static string[] Quotes(string text) => QuoteFinder.Find(text).Select(q => q.Text).ToArray();

    [Fact]
    public void Straight_and_curly_double_quotes_delimit_passages()
    {
        Assert.Equal(["We will not give up.", "Never."], Quotes("He said \"We will not give up.\" She said “Never.”"));
    }

    [Fact]
    public void A_quote_split_by_an_attribution_is_one_passage()
    {
        Assert.Equal(["We had a call, it was long."], Quotes("\"We had a call,\" Trump said, \"it was long.\""));
        Assert.Equal(["We had a call, it was long."], Quotes("“We had a call,” Trump told reporters on Air Force One, “it was long.”"));
    }

    [Fact]
    public void Two_sentences_around_an_attribution_stay_two_passages()
    {
        Assert.Equal(["I’m not happy about that", "No, I didn’t make any progress."],
            Quotes("“I’m not happy about that,” he said, indicating there was no movement. “No, I didn’t make any progress.”"));
        Assert.Equal(["We had a call", "It was long."], Quotes("“We had a call,” he said. “It was long.”"));
    }

    [Fact]
    public void Nested_quotes_stay_inside_their_passage()
    {
        Assert.Equal(["He told me ‘never again’ and left"], Quotes("“He told me ‘never again’ and left,” she said."));
        Assert.Equal(["He told me \"never again\" and left"], Quotes("'He told me \"never again\" and left,' she said."));
        Assert.Equal(["They call it a \"special operation\" but it is a war."], Quotes("“They call it a \"special operation\" but it is a war.”"));
    }

    [Fact]
    public void Single_quotes_as_some_outlets_use_them_are_passages()
    {
        Assert.Equal(["special military operation"], Quotes("The ‘special military operation’ continued, Kyiv’s mayor said."));
    }

    [Theory]
    [InlineData("Der Minister sagte: „Wir geben nicht auf.“ Dann ging er.", "Wir geben nicht auf.")]
    [InlineData("Der Minister sagte: »Wir geben nicht auf.« Dann ging er.", "Wir geben nicht auf.")]
    [InlineData("Ministeren sagde: »Vi giver ikke op.« Så gik han.", "Vi giver ikke op.")]
    [InlineData("Le ministre a déclaré : « Nous ne céderons pas. » Puis il est parti.", "Nous ne céderons pas.")]
    [InlineData("Le ministre a déclaré : «Nous ne céderons pas.» Puis il est parti.", "Nous ne céderons pas.")]
    [InlineData("Міністр заявив: «Ми не здамося». Потім він пішов.", "Ми не здамося")]
    [InlineData("大臣は「我々は諦めない」と述べた。", "我々は諦めない")]
    [InlineData("大臣は「彼は『決して』と言った」と述べた。", "彼は『決して』と言った")]
    [InlineData("Er nannte es ‚einen Fehler‘, dann ging er.", "einen Fehler")]
    [InlineData("Il l’a appelé ‹ une erreur › hier.", "une erreur")]
    [InlineData("Il l’a appelé ‹une erreur› hier.", "une erreur")]
    public void Quotes_in_the_marks_of_other_languages_are_passages(string text, string quote)
    {
        Assert.Equal([quote], Quotes(text));
    }

    [Fact]
    public void A_closing_guillemet_alone_opens_nothing_and_a_german_quote_nests_the_other_style()
    {
        Assert.Equal(["Wir sagen »nie« dazu."], Quotes("„Wir sagen »nie« dazu.“"));
        Assert.Empty(Quotes("Das war » und so weiter."));
    }

    [Fact]
    public void Apostrophes_are_not_quote_marks()
    {
        Assert.Empty(Quotes("Kyiv’s allies said Hegseth’s plan didn’t work in the ’90s. The officers’ mess was closed. Russia's army can't."));
    }

    [Fact]
    public void A_quote_runs_across_a_line_break()
    {
        Assert.Equal(["We had a call and it was long"], Quotes("“We had a call\nand it was long,” he said."));
        Assert.Equal(["We had a call and it was long"], Quotes("\"We had a call\nand it was long,\" he said."));
    }

    [Fact]
    public void A_quote_over_several_paragraphs_opens_each_one_and_gives_one_passage_per_paragraph()
    {
        Assert.Equal(["First paragraph.", "Second paragraph"], Quotes("“First paragraph.\n“Second paragraph,” he said."));
    }

    [Fact]
    public void An_unclosed_quote_ends_with_its_paragraph()
    {
        Assert.Equal(["Unclosed quote here.", "a real quote"], Quotes("“Unclosed quote here.\nThe next paragraph has “a real quote” in it."));
        Assert.Equal(["Never closed."], Quotes("“Never closed.\nSecond.\nThird.\nFourth."));
    }

    [Fact]
    public void Without_line_breaks_an_unclosed_quote_does_not_swallow_the_text()
    {
        Assert.Equal(["a real quote"], Quotes("“Unclosed quote here. The next sentence has “a real quote” in it."));
        Assert.Equal(["closed"], Quotes("“" + string.Concat(Enumerable.Repeat("Never closed. ", 300)) + "Then “closed” at last."));
        Assert.Equal(["it"], Quotes("The ‘" + string.Concat(Enumerable.Repeat("word ", 100)) + "end’ and ‘it’ here."));
    }

    [Fact]
    public void Empty_or_wordless_quote_marks_are_not_passages()
    {
        Assert.Empty(Quotes("He wrote \"\" and “…” and \" \"."));
    }
}

public class QuoteMatcherTests
{
    private static IReadOnlyList<QuoteRow> Rows(params string[] reports) =>
        QuoteMatcher.Match(reports.Select(r => QuoteFinder.Find(r)).ToArray());

    [Fact]
    public void Quotes_match_across_case_punctuation_quote_style_apostrophes_and_ellipses()
    {
        var row = Assert.Single(Rows(
            "“We will NOT give up… ever,” he said.",
            "He said: \"we will not give up, ever.\"",
            "He said: \"We will not give up - ever!\""));
        Assert.True(row.Shared);
        Assert.Equal(["We will NOT give up… ever", "we will not give up, ever.", "We will not give up - ever!"], row.PerOutlet);
        Assert.True(QuoteMatcher.Matches("I didn’t do it", "\"I didn't do it\""));
    }

    [Fact]
    public void A_shorter_quote_within_a_longer_one_is_the_same_quotation()
    {
        var row = Assert.Single(Rows(
            "“No, I didn’t make any progress with him today at all,” Trump said.",
            "Trump said \"I didn't make any progress\" with Putin."));
        Assert.Equal("No, I didn’t make any progress with him today at all", row.Text);
        Assert.Equal(["No, I didn’t make any progress with him today at all", "I didn't make any progress"], row.PerOutlet);
        Assert.True(row.Shared);
    }

    [Fact]
    public void An_ellipsis_in_a_quote_stands_for_words_left_out()
    {
        var row = Assert.Single(Rows(
            "“This capability review… is a common-sense, pragmatic step,” said Parnell.",
            "“This capability review is a common-sense, pragmatic step for the department,” Parnell said."));
        Assert.Equal("This capability review is a common-sense, pragmatic step for the department", row.Text);
        Assert.True(row.Shared);
    }

    [Fact]
    public void A_split_quote_matches_the_same_words_quoted_whole()
    {
        var row = Assert.Single(Rows(
            "\"We had a call,\" Trump said, \"it was long.\"",
            "Trump said: “We had a call, it was long.”"));
        Assert.Equal(["We had a call, it was long.", "We had a call, it was long."], row.PerOutlet);
    }

    [Fact]
    public void Two_word_quotes_match_only_exactly()
    {
        var rows = Rows("He spoke of “root causes” and “the war”.", "“We will end the war soon,” he said of the “root causes”.");
        Assert.Equal(
        [
            ("root causes", "root causes", "root causes", true),
            ("the war", "the war", null, false),
            ("We will end the war soon", null, "We will end the war soon", false),
        ], rows.Select(r => (r.Text, r.PerOutlet[0], r.PerOutlet[1], r.Shared)));
    }

    [Fact]
    public void Different_quotes_stay_apart_and_unshared_rows_follow_shared_ones()
    {
        var rows = Rows("“Only ours,” he said. “Both of us agree on this,” she said.", "“Both of us agree on this,” she said.");
        Assert.Equal(
        [
            ("Both of us agree on this", true),
            ("Only ours", false),
        ], rows.Select(r => (r.Text, r.Shared)));
        Assert.Equal("Both of us agree on this", rows[0].PerOutlet[1]);
        Assert.Null(rows[1].PerOutlet[1]);
    }

    [Fact]
    public void A_report_quoting_the_same_words_twice_gives_them_once()
    {
        var row = Assert.Single(Rows("“Never again,” he said. Later he repeated: “Never again.”", "“never again”"));
        Assert.Equal(["Never again", "never again"], row.PerOutlet);
    }
}

/// <summary>Every common quotation style, nested quotes of another style, quotes across paragraphs, and the dash that opens a quotation.</summary>
public class QuoteStyleTests
{
    private static string[] Quotes(string text) => QuoteFinder.Find(text).Select(q => q.Text).ToArray();

    [Theory]
    [InlineData("He said “We will not give up.” Then he left.", "We will not give up.")]
    [InlineData("He said \"We will not give up.\" Then he left.", "We will not give up.")]
    [InlineData("He called it ‘a mistake’ and left.", "a mistake")]
    [InlineData("He called it 'a mistake' and left.", "a mistake")]
    [InlineData("Le ministre a déclaré : « Nous ne céderons pas. » Puis il est parti.", "Nous ne céderons pas.")]
    [InlineData("Le ministre a déclaré\u00A0: «\u202FNous ne céderons pas.\u202F» Puis il est parti.", "Nous ne céderons pas.")]
    [InlineData("Der Minister sagte: „Wir geben nicht auf.“ Dann ging er.", "Wir geben nicht auf.")]
    [InlineData("Der Minister sagte: »Wir geben nicht auf.« Dann ging er.", "Wir geben nicht auf.")]
    [InlineData("Er nannte es ‚einen Fehler‘, dann ging er.", "einen Fehler")]
    [InlineData("Il l’a appelé ‹ une erreur › hier.", "une erreur")]
    [InlineData("Міністр заявив: «Ми не здамося». Потім він пішов.", "Ми не здамося")]
    [InlineData("Міністр заявив: „Ми не здамося“. Потім він пішов.", "Ми не здамося")]
    [InlineData("وقال الوزير: «لن نستسلم». ثم غادر.", "لن نستسلم")]
    [InlineData("وقال الوزير: “لن نستسلم”. ثم غادر.", "لن نستسلم")]
    [InlineData("大臣は「我々は諦めない」と述べた。", "我々は諦めない")]
    [InlineData("— Nous ne céderons pas, a déclaré le ministre.", "Nous ne céderons pas")]
    [InlineData("— Мы не сдадимся, — сказал министр.", "Мы не сдадимся")]
    [InlineData("– Ми не здамося, заявив міністр.", "Ми не здамося")]
    [InlineData("— We will not accept this, said the minister.", "We will not accept this")]
    [InlineData("— Nunca aceptaremos esto — dijo el ministro.", "Nunca aceptaremos esto")]
    public void Each_style_of_quotation_marks_a_passage(string text, string quote)
    {
        Assert.Equal([quote], Quotes(text));
    }

    [Theory]
    [InlineData("« Il a dit “jamais” et il est parti », selon elle.", "Il a dit “jamais” et il est parti")]
    [InlineData("„Er sagte ‚niemals‘ und ging“, sagte sie.", "Er sagte ‚niemals‘ und ging")]
    [InlineData("„Er sagte »niemals« und ging“, sagte sie.", "Er sagte »niemals« und ging")]
    [InlineData("«Він сказав „ніколи“ і пішов», — сказала вона.", "Він сказав „ніколи“ і пішов")]
    [InlineData("“He said «never» and left,” she said.", "He said «never» and left")]
    public void A_quote_nested_in_another_style_stays_in_its_passage(string text, string quote)
    {
        Assert.Equal([quote], Quotes(text));
    }

    [Theory]
    [InlineData("He said: “We will not give up.\n“We will fight on.” Then he left.", "We will not give up.", "We will fight on.")]
    [InlineData("Il a dit : « Nous ne céderons pas.\n« Nous continuerons. » Puis il est parti.", "Nous ne céderons pas.", "Nous continuerons.")]
    [InlineData("Er sagte: „Wir geben nicht auf.\n„Wir kämpfen weiter.“ Dann ging er.", "Wir geben nicht auf.", "Wir kämpfen weiter.")]
    public void A_quote_across_paragraphs_reopens_with_its_mark(string text, string first, string second)
    {
        Assert.Equal([first, second], Quotes(text));
    }

    [Fact]
    public void A_dash_inside_a_sentence_opens_no_quotation()
    {
        Assert.Empty(Quotes("The talks — long and tense — ended.\nIt was late – very late."));
    }
}

public class PossessiveInQuoteTests
{
    [Theory]
    [InlineData("He accused them of ‘spending our farmers’ money on somebody else’s war’.", "spending our farmers’ money on somebody else’s war")]
    [InlineData("He accused them of 'spending our farmers' money on a war'.", "spending our farmers' money on a war")]
    [InlineData("She called it ‘the farmers’ and left.", "the farmers")]
    public void A_plural_possessive_inside_single_marks_does_not_close_them(string text, string quote)
    {
        Assert.Equal([quote], QuoteFinder.Find(text).Select(q => q.Text));
    }
}
