using DivergingReports.Analysis;

namespace DivergingReports.Tests.Analysis;

/// <summary>
/// What the comparison finds does not depend on how often a text repeats itself or how many reports
/// a story has: a quotation repeated a thousand times is one row, and a story of many reports
/// finds the same closest reports and reprints as every pair would.
/// </summary>
public class LargeInputTests
{
    private const string Block = """
        “We will not accept forty percent of the plan,” Maria Alvarez said on Tuesday, a day after the vote.
        The ministry counted 1,200 workers and nearly 300 troops in the region, Yuri Petrenko told reporters.
        “It is a crisis,” said Amina Okafor of the North Atlantic Treaty Organization. NATO did not comment.
        """;

    private const string Other = "Maria Alvarez spoke of a crisis. “It is a crisis,” Okafor said. About 250 troops were there.";

    [Fact]
    public void An_article_of_one_block_repeated_a_thousand_times_shows_what_one_copy_shows()
    {
        var repeated = string.Join("\n", Enumerable.Repeat(Block, 1000));
        var once = StoryComparison.Compare([new("a", "Alpha", Block), new("b", "Beta", Other)], ["Alpha", "Beta"]);
        var many = StoryComparison.Compare([new("a", "Alpha", repeated), new("b", "Beta", Other)], ["Alpha", "Beta"]);

        Assert.Equal(2, many.Quotes.Count); // each quotation once, however often it repeats
        Assert.Equal(once.Quotes.Select(q => (q.Text, string.Join('|', q.PerOutlet), q.Shared)), many.Quotes.Select(q => (q.Text, string.Join('|', q.PerOutlet), q.Shared)));
        Assert.Equal(once.Figures.Select(f => (f.Subject, string.Join('|', f.PerOutlet.Select(p => string.Join("; ", p))), f.Differs)),
            many.Figures.Select(f => (f.Subject, string.Join('|', f.PerOutlet.Select(p => string.Join("; ", p))), f.Differs)));
        // The same names, each named a thousand times as often by the repeating report.
        Assert.Equal(once.Names.Select(n => (n.Name, string.Join(',', n.Variants), n.MentionsPerOutlet[0] * 1000, n.MentionsPerOutlet[1], n.Shared)),
            many.Names.Select(n => (n.Name, string.Join(',', n.Variants), n.MentionsPerOutlet[0], n.MentionsPerOutlet[1], n.Shared)));
    }

    [Fact]
    public void Thousands_of_things_of_one_amount_are_a_row_each_not_one_quantity()
    {
        // "5 big thingab", "5 big thingac", …: one amount, a different noun each time.
        var nouns = Enumerable.Range(0, 3000).Select(i => "thing" + (char)('a' + i % 26) + (char)('a' + i / 26 % 26) + (char)('a' + i / 676)).ToArray();
        var text = string.Join(" ", nouns.Select(n => $"It had 5 big {n}s."));
        var figures = StoryComparison.Compare([new("a", "Alpha", text), new("b", "Beta", "It had 5 big apples.")], ["Alpha", "Beta"]).Figures;
        Assert.Equal(3001, figures.Count);
        Assert.All(figures, f => Assert.Equal(1, f.PerOutlet.Count(p => p.Count > 0)));
    }

    [Fact]
    public void Fragments_of_a_repeated_quotation_are_joined_once_per_report()
    {
        var text = string.Join(" ", Enumerable.Repeat("He called it “a long and difficult road” and later “a long and difficult road ahead of us all”.", 500));
        var row = Assert.Single(StoryComparison.Compare([new("a", "Alpha", text), new("b", "Beta", "Nothing quoted here.")], ["Alpha", "Beta"]).Quotes);
        Assert.Equal("a long and difficult road ahead of us all", row.Text);
        Assert.Equal(["a long and difficult road ahead of us all", null], row.PerOutlet);
    }

    private static ComparedText[] ManyReports(int count)
    {
        // Texts of a few words from a small vocabulary, so reports share wording unevenly; every seventh carries one wire text.
        var wire = string.Join(' ', Enumerable.Range(0, 60).Select(w => $"wire{w % 23} text{w % 11}"));
        return Enumerable.Range(0, count)
            .Select(i => new ComparedText($"r{i}", $"R{i}", i % 7 == 3 ? wire + $" own{i}" : string.Join(' ', Enumerable.Range(i % 5, 40 + i % 9).Select(w => $"word{(w * (i % 4 + 1)) % 19} other{w % 7}"))))
            .ToArray();
    }

    [Fact]
    public void A_story_of_many_reports_finds_each_reports_closest_and_the_reprints_as_every_pair_does()
    {
        var reports = ManyReports(60);
        var (pairs, reprints) = Overlap.Compare(reports);
        var (closest, summaryReprints) = OverlapSummary.Compare(reports);

        Assert.Equal(reprints.Select(g => string.Join(',', g.Keys)), summaryReprints.Select(g => string.Join(',', g.Keys)));
        Assert.Contains(summaryReprints, g => g.Keys.SequenceEqual(Enumerable.Range(0, 9).Select(k => $"r{k * 7 + 3}")));
        for (var i = 0; i < reports.Length; i++)
        {
            var key = reports[i].Key;
            var best = pairs.Where(p => (p.A == key || p.B == key) && p.Shared > 0)
                .Select(p => (Other: p.A == key ? p.B : p.A, p.Shared))
                .OrderByDescending(p => p.Shared).ThenBy(p => int.Parse(p.Other[1..], System.Globalization.CultureInfo.InvariantCulture))
                .Select(p => new ClosestReport(key, p.Other, p.Shared)).FirstOrDefault() ?? new ClosestReport(key, null, 0);
            Assert.Equal(best, closest[i]);
        }
    }

    [Fact]
    public void A_story_of_500_copies_of_one_text_is_one_group_of_reprints()
    {
        // Every pair shares every shingle: 125,000 pairs × 400 shingles, counted once for the one set of reports that holds them all.
        var text = string.Join(' ', Enumerable.Range(0, 400).Select(w => $"word{w}"));
        var reports = Enumerable.Range(0, 500).Select(i => new ComparedText($"r{i}", $"R{i}", text)).ToArray();
        var (closest, reprints) = OverlapSummary.Compare(reports);
        Assert.Equal(500, Assert.Single(reprints).Keys.Count);
        Assert.Equal(new ClosestReport("r0", "r1", 1.0), closest[0]);
        Assert.Equal(new ClosestReport("r1", "r0", 1.0), closest[1]);
    }

    [Fact]
    public void Reports_that_each_change_one_word_of_one_text_are_one_group_when_their_pairs_are_counted_from_a_sample()
    {
        // Each report changes a different word, so nearly every shingle is held by a different set of
        // reports: counting every pair of every shingle would be 300 × 79,800, above the budget.
        const int words = 300;
        var reports = Enumerable.Range(0, 400)
            .Select(i => new ComparedText($"r{i}", $"R{i}", string.Join(' ', Enumerable.Range(0, words).Select(w => w == i % words ? $"changed{i}" : $"word{w}"))))
            .ToArray();
        var (closest, reprints) = OverlapSummary.Compare(reports);
        Assert.Equal(400, Assert.Single(reprints).Keys.Count);
        Assert.All(closest, c => Assert.InRange(c.Shared, 0.9, 1.0));
    }

    [Fact]
    public void A_story_of_more_than_twelve_reports_has_no_line_for_every_pair()
    {
        var twelve = StoryComparison.Compare(ManyReports(StoryComparison.SideBySideReports), []);
        var thirteen = StoryComparison.Compare(ManyReports(StoryComparison.SideBySideReports + 1), []);
        Assert.False(twelve.Summarised);
        Assert.Equal(12 * 11 / 2, twelve.Overlaps.Count);
        Assert.True(thirteen.Summarised);
        Assert.Empty(thirteen.Overlaps);
        Assert.Equal(13, thirteen.Closest.Count);
        Assert.Equal(Overlap.Compare(ManyReports(13)).Reprints.Select(g => string.Join(',', g.Keys)), thirteen.Reprints.Select(g => string.Join(',', g.Keys)));
    }
}
