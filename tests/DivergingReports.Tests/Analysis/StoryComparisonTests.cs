using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using DivergingReports.Analysis;

namespace DivergingReports.Tests.Analysis;

public class StoryComparisonTests
{
    private static readonly ComparedText[] Story =
    [
        new("alpha", "Alpha News", """
            President Donald Trump spoke for nearly an hour with Russian President Vladimir Putin on Thursday, Alpha News has learned.
            “No, I didn’t make any progress with him today at all,” Trump said. Estimates suggest nearly 1 million Russian troops have been killed or wounded.
            """),
        new("beta", "Beta Post", """
            Trump said "I didn't make any progress" after the call, which lasted almost an hour, according to Kremlin aide Yury Ushakov.
            About 700,000 Russian troops have been killed or wounded, the Beta Post estimates. Zelenskyy was not consulted.
            """),
        new("gamma", "Gamma", """
            Putin and Trump talked on July 3, 2025. Ushakov, the Kremlin aide, said the call was “businesslike.”
            President Volodymyr Zelensky said he hoped to speak with Trump soon.
            """),
    ];

    private static readonly string[] Outlets = ["Alpha News", "Beta Post", "Gamma"];

    [Fact]
    public void A_story_of_three_reports_shows_shared_quotes_differing_figures_and_who_each_outlet_names()
    {
        var c = StoryComparison.Compare(Story, Outlets);

        Assert.Equal(
        [
            ("No, I didn’t make any progress with him today at all", "No, I didn’t make any progress with him today at all|I didn't make any progress|—", true),
            ("businesslike.", "—|—|businesslike.", false),
        ], c.Quotes.Select(q => (q.Text, string.Join('|', q.PerOutlet.Select(p => p ?? "—")), q.Shared)));

        Assert.Equal(
        [
            ("Russian troops", "nearly 1 million Russian troops|About 700,000 Russian troops|", true),
            ("hour", "nearly an hour|almost an hour|", false),
        ], c.Figures.Select(f => (f.Subject, string.Join('|', f.PerOutlet.Select(p => string.Join("; ", p))), f.Differs)));

        Assert.Equal(
        [
            ("Donald Trump", "2/1/2", true),
            ("Vladimir Putin", "1/0/1", false),
            ("Kremlin", "0/1/1", false),
            ("Yury Ushakov", "0/1/1", false),
            ("Volodymyr Zelensky", "0/1/1", false),
        ], c.Names.Select(n => (n.Name, string.Join('/', n.MentionsPerOutlet), n.Shared)));
        Assert.Equal(["Zelenskyy", "Volodymyr Zelensky"], c.Names.Single(n => n.Name == "Volodymyr Zelensky").Variants);

        Assert.Equal(3, c.Overlaps.Count);
        Assert.Empty(c.Reprints);
        Assert.Equal(3, c.IndependentReports);
        Assert.Equal(["alpha", "beta", "gamma"], c.Lengths.Select(l => l.Key));
    }

    [Fact]
    public void The_comparison_is_the_same_on_every_run_and_in_every_culture()
    {
        var first = JsonSerializer.Serialize(StoryComparison.Compare(Story, Outlets));
        var culture = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("tr-TR"); // dotted and dotless i
            Assert.Equal(first, JsonSerializer.Serialize(StoryComparison.Compare(Story, Outlets)));
        }
        finally
        {
            CultureInfo.CurrentCulture = culture;
        }
    }

    [Fact]
    public void Empty_and_single_reports_are_compared_without_error()
    {
        var none = StoryComparison.Compare([], []);
        Assert.Empty(none.Quotes);
        Assert.Empty(none.Overlaps);
        var one = StoryComparison.Compare([new ComparedText("a", "A", "")], []);
        Assert.Equal(new LengthInfo("a", 0, 1), Assert.Single(one.Lengths));
        Assert.Empty(one.Names);
    }

    /// <summary>A deterministic article of exactly <paramref name="words"/> words with names, figures and quotes in it.</summary>
    internal static string Synthetic(int seed, int words)
    {
        var random = new Random(seed);
        string[] vocabulary = ("the a of to in and said officials war talks weapons ceasefire call minister aid review pause shipments "
            + "defense support attack city region report week government forces army offensive border deal plan sanctions energy").Split(' ');
        string[] names = ["Donald Trump", "Vladimir Putin", "Volodymyr Zelensky", "Pete Hegseth", "the Kremlin", "Sean Parnell", "Yuri Ushakov", "the Pentagon"];
        string[] counted = ["drones", "missiles", "troops", "tanks", "people", "rockets"];
        var text = new StringBuilder();
        var count = 0;
        while (count < words)
        {
            var sentence = new List<string>();
            var length = Math.Min(random.Next(8, 25), words - count);
            var n = 0;
            while (n < length)
            {
                var roll = random.Next(100);
                if (roll < 6 && n + 2 <= length) { sentence.Add(names[random.Next(names.Length)]); n += 2; }
                else if (roll < 9 && n + 3 <= length) { sentence.Add($"nearly {random.Next(2, 900) * 100} {counted[random.Next(counted.Length)]}"); n += 3; }
                else if (roll < 11 && n + 8 <= length)
                {
                    sentence.Add("“" + string.Join(' ', Enumerable.Range(0, 6).Select(_ => vocabulary[random.Next(vocabulary.Length)])) + ",” he said,");
                    n += 8;
                }
                else { sentence.Add(vocabulary[random.Next(vocabulary.Length)]); n++; }
            }
            var s = string.Join(' ', sentence);
            text.Append(char.ToUpperInvariant(s[0])).Append(s, 1, s.Length - 1).Append(". ");
            if (random.Next(4) == 0) text.Append('\n');
            count += n;
        }
        return text.ToString();
    }

    private static ComparedText[] SyntheticStory(int words) =>
        Enumerable.Range(0, 4).Select(i => new ComparedText("r" + i, "Outlet " + i, Synthetic(i, words))).ToArray();

    private static double BestMilliseconds(ComparedText[] story, int runs)
    {
        var best = double.MaxValue;
        for (var i = 0; i < runs; i++)
        {
            var watch = Stopwatch.StartNew();
            StoryComparison.Compare(story, []);
            best = Math.Min(best, watch.Elapsed.TotalMilliseconds);
        }
        return best;
    }

    [Fact]
    public void A_story_of_four_900_word_reports_is_compared_in_milliseconds()
    {
        var story = SyntheticStory(900);
        Assert.All(story, r => Assert.Equal(900, ReportLength.CountWords(r.Text)));
        BestMilliseconds(story, 5); // warm up
        var ms = BestMilliseconds(story, 20);
        Assert.True(ms < 100, $"4 × 900 words took {ms:F1} ms");
    }

    [Fact]
    public void The_cost_grows_with_the_text_not_with_its_square()
    {
        var small = SyntheticStory(2_000);
        var large = SyntheticStory(40_000);
        BestMilliseconds(small, 3);
        var ratio = BestMilliseconds(large, 3) / BestMilliseconds(small, 5);
        // 20 times the text: linear is about 20, quadratic 400.
        Assert.True(ratio < 80, $"20 × the text cost {ratio:F1} × the time");
    }
}
