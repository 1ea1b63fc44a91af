using DivergingReports.Analysis;

namespace DivergingReports.Tests.Analysis;

public class OverlapTests
{
    private const string Wire = """
        KYIV, Ukraine (AP) — Russia launched one of its largest drone attacks of the war overnight, Ukrainian officials said Friday,
        as diplomatic efforts to end the fighting stalled. Air defenses shot down most of the drones over the capital, the air force said,
        but debris damaged several apartment buildings and a school in the city's western districts.
        Emergency crews worked through the morning to clear rubble and restore power to thousands of homes.
        """;

    private const string Reprint = """
        Russia launched one of its largest drone attacks of the war overnight, Ukrainian officials said Friday, as diplomatic efforts
        to end the fighting stalled. Air defenses shot down most of the drones over the capital, the air force said, but debris damaged
        several apartment buildings and a school in the city's western districts.
        Read more: our coverage of the war.
        """;

    private const string Independent = """
        Ukraine's capital woke to the sound of explosions as a wave of Russian drones struck residential areas, according to the mayor,
        who urged residents to stay in shelters. Talks brokered by Washington have made little progress in recent weeks.
        """;

    [Fact]
    public void Reports_sharing_most_of_their_text_are_one_story_reprinted()
    {
        var (pairs, reprints) = Overlap.Compare(
        [
            new ComparedText("wire", "Wire", Wire),
            new ComparedText("paper", "Paper", Reprint),
            new ComparedText("own", "Own", Independent),
        ]);
        Assert.Equal([("wire", "paper"), ("wire", "own"), ("paper", "own")], pairs.Select(p => (p.A, p.B)));
        Assert.True(pairs[0].Shared >= 0.8, pairs[0].ToString());
        Assert.Equal(0.0, pairs[1].Shared);
        Assert.Equal(0.0, pairs[2].Shared);
        Assert.Equal(["wire", "paper"], Assert.Single(reprints).Keys);
    }

    [Fact]
    public void The_shared_fraction_is_of_the_shorter_texts_shingles_folded()
    {
        var a = Overlap.Shingles("One two three four five six seven eight nine ten.");
        var b = Overlap.Shingles("“ONE two three four five” six SEVEN eight nine ten, and eleven twelve thirteen fourteen fifteen sixteen.");
        Assert.Equal(6, a.Count);
        Assert.Equal(1.0, Overlap.Fraction(a, b));
        Assert.Equal(0.0, Overlap.Fraction(a, Overlap.Shingles("four words only here")));
    }

    [Fact]
    public void Short_texts_alike_by_chance_are_not_reprints()
    {
        var (pairs, reprints) = Overlap.Compare(
        [
            new ComparedText("a", "A", "The talks ended without a deal on Friday."),
            new ComparedText("b", "B", "The talks ended without a deal on Friday."),
        ]);
        Assert.Equal(1.0, Assert.Single(pairs).Shared);
        Assert.Empty(reprints);
    }

    [Fact]
    public void Reprints_group_transitively_and_count_once()
    {
        var comparison = StoryComparison.Compare(
        [
            new ComparedText("wire", "Wire", Wire),
            new ComparedText("own", "Own", Independent),
            new ComparedText("paper", "Paper", Reprint),
            new ComparedText("site", "Site", Reprint.Replace("Read more: our coverage of the war.", "Subscribe for updates.")),
        ], []);
        Assert.Equal(["wire", "paper", "site"], Assert.Single(comparison.Reprints).Keys);
        Assert.Equal(2, comparison.IndependentReports);
    }
}

public class ReportLengthTests
{
    [Fact]
    public void Words_count_as_the_story_page_counts_them()
    {
        Assert.Equal(6, ReportLength.CountWords("Kyiv’s U.S. didn’t AIM-7 — “yes” 5"));
        Assert.Equal(3, ReportLength.CountWords("5,000 drones")); // "5,000" is two words to the page's count too
        Assert.Equal(0, ReportLength.CountWords(" — … "));
    }

    [Fact]
    public void Reading_time_is_at_230_words_a_minute_and_at_least_one()
    {
        string Words(int n) => string.Join(' ', Enumerable.Repeat("word", n));
        Assert.Equal(new LengthInfo("a", 0, 1), ReportLength.Measure("a", ""));
        Assert.Equal(new LengthInfo("a", 230, 1), ReportLength.Measure("a", Words(230)));
        Assert.Equal(new LengthInfo("a", 460, 2), ReportLength.Measure("a", Words(460)));
        Assert.Equal(new LengthInfo("a", 900, 4), ReportLength.Measure("a", Words(900)));
    }
}
