using DivergingReports.Analysis;

namespace DivergingReports.Tests.Analysis;

public class FigureFinderTests
{
    private static string[] Phrases(string text) => FigureFinder.Find(text).Select(f => f.Phrase).ToArray();

    [Fact]
    public void Figures_come_with_their_hedges_and_what_they_count()
    {
        var figures = FigureFinder.Find("Russia launched over 5,000 drones and nearly 80 ballistic missiles in June. "
            + "Estimates suggest nearly 1 million Russian troops and 400,000 Ukrainian troops have been killed or wounded.");
        Assert.Equal(
        [
            ("over 5,000 drones", "drones", "drone", "5000", "over"),
            ("nearly 80 ballistic missiles", "ballistic missiles", "ballistic missile", "80", "nearly"),
            ("nearly 1 million Russian troops", "Russian troops", "russian troop", "1000000", "nearly"),
            ("400,000 Ukrainian troops", "Ukrainian troops", "ukrainian troop", "400000", null),
        ], figures.Select(f => (f.Phrase, f.Subject, f.SubjectKey, f.Value, f.Hedge)));
    }

    [Fact]
    public void Money_and_percentages_count_what_follows_them_or_their_unit()
    {
        var figures = FigureFinder.Find("Congress approved $66 billion in aid. It cost $66 billion. It cost £5bn. About 40% of voters agreed.");
        Assert.Equal(
        [
            ("$66 billion in aid", "aid", "66000000000 dollars"),
            ("$66 billion", "dollars", "66000000000"),
            ("£5bn", "pounds", "5000000000"),
            ("About 40% of voters", "voters", "40 percent"),
        ], figures.Select(f => (f.Phrase, f.Subject, f.Value)));
    }

    [Theory]
    [InlineData("a 2% levy on fortunes")]
    [InlineData("a 2 % levy on fortunes")]
    [InlineData("a 2\u00A0% levy on fortunes")]
    [InlineData("a 2 per cent levy on fortunes")]
    public void A_percentage_reads_the_same_with_or_without_a_space_before_its_sign(string text)
    {
        var figure = Assert.Single(FigureFinder.Find(text));
        Assert.Equal("2 percent", figure.Value);
    }

    [Fact]
    public void Numbers_in_dates_are_not_figures()
    {
        Assert.Equal(["two officials"], Phrases("On July 3, 2025, two officials met."));
        Assert.Empty(Phrases("The war began in February 2022, and Crimea was annexed in 2014. The 2022 invasion changed it."));
        Assert.Empty(Phrases("They met on Jan. 5 and on 3 July and at 10:30 a.m. and at 3 p.m. Thursday."));
        Assert.Empty(Phrases("Since 2014 nothing changed. It was 2022."));
    }

    [Fact]
    public void A_year_like_number_that_plainly_counts_is_a_figure()
    {
        Assert.Equal(["2000 troops", "2,014 people"], Phrases("2000 troops were sent, and 2,014 people fled."));
    }

    [Fact]
    public void Ordinals_decades_designations_and_model_numbers_are_not_figures()
    {
        Assert.Empty(Phrases("The 3rd brigade of the 1990s fired AIM-7 missiles and F-16 jets under Article 5 on page 12 of Resolution 2231."));
    }

    [Fact]
    public void Spelled_counts_are_figures_but_not_after_a_determiner()
    {
        Assert.Equal(
        [
            "Three soldiers", "Dozens of drones", "tens of thousands of people", "A dozen tanks", "A million people", "twenty-five rockets",
        ], Phrases("The two presidents spoke. Three soldiers were wounded. Dozens of drones and tens of thousands of people. "
            + "A dozen tanks. A million people. Then twenty-five rockets. All three agreed."));
    }

    [Fact]
    public void A_hedged_a_or_an_before_a_unit_of_time_is_one_of_it()
    {
        Assert.Equal([("nearly an hour", "hour", "1"), ("almost a week", "week", "1")],
            FigureFinder.Find("They spoke for nearly an hour. It lasted almost a week. It took an hour.").Select(f => (f.Phrase, f.Subject, f.Value)));
    }

    [Fact]
    public void A_hyphenated_unit_counts_what_it_describes()
    {
        var figure = Assert.Single(FigureFinder.Find("Both sides agreed to a 30-day ceasefire."));
        Assert.Equal(("30-day ceasefire", "ceasefire", "30 day"), (figure.Phrase, figure.Subject, figure.Value));
    }

    [Fact]
    public void A_number_that_counts_nothing_named_is_not_a_figure()
    {
        Assert.Empty(Phrases("The vote was 52 to 48, and the score 3."));
    }
}

public class FigureTableTests
{
    private static IReadOnlyList<FigureRow> Table(params string[] reports) =>
        FigureTable.Build(reports.Select(r => FigureFinder.Find(r)).ToArray());

    [Fact]
    public void Figures_on_the_same_thing_that_differ_are_brought_together_first()
    {
        var rows = Table(
            "Russia fired 80 drones. Estimates suggest nearly 1 million Russian troops were hit.",
            "About 700,000 Russian troops were hit, officials said. Russia fired 80 drones.");
        Assert.Equal(
        [
            ("Russian troops", "nearly 1 million Russian troops", "About 700,000 Russian troops", true),
            ("drones", "80 drones", "80 drones", false),
        ], rows.Select(r => (r.Subject, string.Join("; ", r.PerOutlet[0]), string.Join("; ", r.PerOutlet[1]), r.Differs)));
    }

    [Fact]
    public void Different_hedges_on_the_same_amount_agree()
    {
        var row = Assert.Single(Table("The call lasted almost an hour.", "They spoke for nearly an hour."));
        Assert.Equal(("hour", false), (row.Subject, row.Differs));
        Assert.Equal(["almost an hour"], row.PerOutlet[0]);
        Assert.Equal(["nearly an hour"], row.PerOutlet[1]);
    }

    [Fact]
    public void A_bare_noun_joins_the_one_longer_subject_it_ends()
    {
        var row = Assert.Single(Table("Russia fired nearly 80 ballistic missiles.", "Russia fired 60 missiles."));
        Assert.Equal(("ballistic missiles", true), (row.Subject, row.Differs));
        Assert.Equal(["60 missiles"], row.PerOutlet[1]);
    }

    [Fact]
    public void A_bare_noun_shared_by_two_longer_subjects_stays_on_its_own()
    {
        var rows = Table("It lost 1 million Russian troops and 400,000 Ukrainian troops.", "It involved 5,000 troops.");
        Assert.Equal(["Russian troops", "Ukrainian troops", "troops"], rows.Select(r => r.Subject));
        Assert.All(rows, r => Assert.False(r.Differs));
    }

    [Fact]
    public void A_figure_one_report_gives_does_not_differ()
    {
        var row = Assert.Single(Table("Russia launched over 5,000 drones.", "Russia launched drones."));
        Assert.False(row.Differs);
        Assert.Equal([["over 5,000 drones"], []], row.PerOutlet);
    }
}
