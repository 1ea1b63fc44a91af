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
}
