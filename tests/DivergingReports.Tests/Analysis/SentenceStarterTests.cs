using DivergingReports.Analysis;

namespace DivergingReports.Tests.Analysis;

/// <summary>Ordinary words capitalised only because they open a sentence, a quotation, or follow a colon or a dash are not names.</summary>
public class SentenceStarterTests
{
    private static string[] NamesIn(params string[] reports) =>
        NameVariants.Merge(NameFinder.Find(reports, []), reports.Length).Select(r => r.Name).ToArray();

    [Theory]
    [InlineData("Nobody should pretend this is over, Vladimir Putin said.")]
    [InlineData("Diplomats said Vladimir Putin would not attend.")]
    [InlineData("Officials told reporters that Vladimir Putin had agreed.")]
    [InlineData("Critics argued that Vladimir Putin gained time.")]
    [InlineData("Meanwhile, Vladimir Putin left Moscow.")]
    [InlineData("However, Vladimir Putin declined.")]
    [InlineData("Still, Vladimir Putin declined.")]
    [InlineData("Asked about the talks, Vladimir Putin smiled.")]
    [InlineData("Analysts expect Vladimir Putin to stall.")]
    [InlineData("Experts warned Vladimir Putin would stall.")]
    [InlineData("Residents fled before Vladimir Putin spoke.")]
    [InlineData("Witnesses described what Vladimir Putin ordered.")]
    [InlineData("Everyone knows Vladimir Putin will stall.")]
    [InlineData("Nothing suggests Vladimir Putin will yield.")]
    [InlineData("Elsewhere, Vladimir Putin met allies.")]
    [InlineData("Separately, Vladimir Putin met allies.")]
    [InlineData("Negotiators hoped Vladimir Putin would yield.")]
    [InlineData("Protesters gathered as Vladimir Putin spoke.")]
    [InlineData("Sources close to Vladimir Putin said no.")]
    [InlineData("Observers noted Vladimir Putin was absent.")]
    [InlineData("Vladimir Putin said: “Nobody should pretend this is over.”")]
    [InlineData("Vladimir Putin spoke — Diplomats were surprised.")]
    [InlineData("Vladimir Putin replied: Never.")]
    [InlineData("«Personne ne devrait faire semblant», a dit Vladimir Putin.")]
    [InlineData("„Niemand sollte so tun“, sagte Vladimir Putin.")]
    [InlineData("— Nobody should pretend, Vladimir Putin said.")]
    public void A_capitalised_sentence_starter_is_not_a_name(string text)
    {
        Assert.Equal(["Vladimir Putin"], NamesIn(text));
    }

    [Fact]
    public void A_sentence_starter_is_a_name_when_the_story_capitalises_it_inside_a_sentence()
    {
        Assert.Equal(["Zelensky"], NamesIn("Zelensky spoke first.", "It was Zelensky who spoke first."));
    }

    [Fact]
    public void A_name_that_only_opens_sentences_is_still_a_name()
    {
        Assert.Equal(["Putin", "Trump"], NamesIn("Putin spoke with Trump."));
        Assert.Equal(["Kremlin"], NamesIn("Kremlin officials declined to comment."));
    }
}
