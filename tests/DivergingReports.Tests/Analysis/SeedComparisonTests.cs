using DivergingReports.Analysis;
using DivergingReports.Rendering;
using DivergingReports.Tests.Support;
using Markdig;

namespace DivergingReports.Tests.Analysis;

/// <summary>The comparison on the two seed articles the repository ships, in the story's report order.</summary>
public class SeedComparisonTests
{
    private const string WashingtonPost = "2025-07-03-washington-post-trump-putin-talk-war";
    private const string Unnamed = "2025-07-03-unnamed-outlet-trump-calls-ceasefire-ukraine";

    private static string Body(string article) =>
        File.ReadAllText(Path.Combine(TestProject.RepositoryRoot(), "content", "articles", article + ".md")).Split("---", 3)[2];

    private static string PlainText(string article) => Markdown.ToPlainText(Body(article));

    private static readonly Lazy<Comparison> Seeds = new(() => StoryComparison.Compare(
        [
            new ComparedText("washington-post", "The Washington Post", PlainText(WashingtonPost)),
            new ComparedText("unnamed-outlet", "Unnamed outlet", PlainText(Unnamed)),
        ],
        ["The Washington Post", "Unnamed outlet"]));

    [Fact]
    public void Quotes_of_each_outlet_are_found_whole_and_none_is_shared()
    {
        var rows = Seeds.Value.Quotes;
        Assert.Equal(
        [
            "I’m not happy about that",
            "No, I didn’t make any progress with him today at all.",
            "I hope that maybe tomorrow or in close days I will speak to President Trump",
            "businesslike and concrete.",
            "We’re giving weapons, but we’ve given so many weapons",
            "You know, Biden emptied out our own country giving weapons, and we have to make sure that we have enough for ourselves.",
            "Hegseth’s repeated, specific targeting of Ukraine would suggest he is using the review as convenient cover to cut off support for Ukraine, as a political point",
            "illusionary goal",
            "rookie mistake.",
            "immediate ceasefire",
            "political resolution through negotiations",
            "root causes",
            "America First",
            "Letting Russia win this war would be an unmitigated disaster for the American people and our security around the world.",
            "This capability review… is a common-sense, pragmatic step",
        ], rows.Select(r => r.Text));
        Assert.All(rows, r => Assert.False(r.Shared));
        // The first nine are the Post's only, the last six the unnamed outlet's only.
        Assert.All(rows.Take(9), r => { Assert.Equal(r.Text, r.PerOutlet[0]); Assert.Null(r.PerOutlet[1]); });
        Assert.All(rows.Skip(9), r => { Assert.Null(r.PerOutlet[0]); Assert.Equal(r.Text, r.PerOutlet[1]); });
    }

    [Fact]
    public void Figures_each_outlet_gives_are_listed_with_their_hedges()
    {
        var rows = Seeds.Value.Figures;
        Assert.Equal(
        [
            ("hour", "almost an hour", "nearly an hour", false),
            ("Russian troops", "nearly 1 million Russian troops", "", false),
            ("Ukrainian troops", "400,000 Ukrainian troops", "", false),
            ("drones", "", "over 5,000 drones", false),
            ("ballistic missiles", "", "nearly 80 ballistic missiles", false),
        ], rows.Select(r => (r.Subject, string.Join("; ", r.PerOutlet[0]), string.Join("; ", r.PerOutlet[1]), r.Differs)));
        // Years ("February 2022", "since 2014"), "AIM-7" and "the two presidents" are not figures.
        var phrases = rows.SelectMany(r => r.PerOutlet.SelectMany(p => p)).ToArray();
        Assert.DoesNotContain(phrases, p => p.Contains("2022") || p.Contains("2014") || p.Contains('7') || p.Contains("two"));
    }

    [Fact]
    public void Names_are_people_and_bodies_with_Zelensky_and_Zelenskyy_one_person_named_by_both()
    {
        var rows = Seeds.Value.Names;
        Assert.Equal(
        [
            ("Vladimir Putin", "6/3", true),
            ("Volodymyr Zelensky", "2/1", true),
            ("Donald Trump", "9/6", true),
            ("Pentagon", "1/3", true),
            ("Pete Hegseth", "5/1", true),
            ("White House", "3/0", false),
            ("Yuri Ushakov", "3/0", false),
            ("Biden", "1/0", false),
            ("Roger Wicker", "1/0", false),
            ("Reuters", "1/0", false),
            ("Kremlin", "0/4", false),
            ("NBC News", "0/1", false),
            ("Sean Parnell", "0/2", false),
            ("Mike Pompeo", "0/1", false),
            ("Andrii Sybiha", "0/2", false),
        ], rows.Select(r => (r.Name, string.Join('/', r.MentionsPerOutlet), r.Shared)));
        Assert.Equal(["Volodymyr Zelensky", "Zelensky", "Volodymyr Zelenskyy"], rows.Single(r => r.Name == "Volodymyr Zelensky").Variants);
        // Every form found, so nothing else slipped in: no places (Ukraine, Kyiv, Western Europe, Capitol Hill, Oval Office,
        // Mississippi), weapons (Patriot, AIM-7), days, months, holidays, titles, slogans ("America First"), "U.S.", "X", the
        // outlets, nationalities, or sentence-initial words ("Despite", "Concerns", "Letting", "Air").
        Assert.Equal(
        [
            "Putin", "Vladimir Putin", "Volodymyr Zelensky", "Zelensky", "Volodymyr Zelenskyy", "Trump", "Donald Trump", "Pentagon",
            "Pete Hegseth", "Hegseth", "White House", "Yuri Ushakov", "Ushakov", "Biden", "Roger Wicker", "Reuters", "Kremlin",
            "NBC News", "Sean Parnell", "Parnell", "Mike Pompeo", "Andrii Sybiha", "Sybiha",
        ], rows.SelectMany(r => r.Variants));
    }

    [Fact]
    public void The_two_reports_share_no_text_and_are_two_independent_reports()
    {
        var comparison = Seeds.Value;
        var pair = Assert.Single(comparison.Overlaps);
        Assert.Equal(("washington-post", "unnamed-outlet", 0.0), (pair.A, pair.B, pair.Shared));
        Assert.Empty(comparison.Reprints);
        Assert.Equal(2, comparison.IndependentReports);
    }

    [Fact]
    public void Lengths_are_the_words_and_reading_minutes_of_each_seed()
    {
        Assert.Equal(
        [
            new LengthInfo("washington-post", 774, 3),
            new LengthInfo("unnamed-outlet", 344, 1),
        ], Seeds.Value.Lengths);
    }

    [Fact]
    public void Texts_with_whitespace_collapsed_give_the_same_quotes_figures_and_names()
    {
        // The page's own plain text collapses line breaks; the comparison must not depend on them.
        var collapsed = StoryComparison.Compare(
            [
                new ComparedText("washington-post", "The Washington Post", MarkdownRenderer.ToPlainText(Body(WashingtonPost))),
                new ComparedText("unnamed-outlet", "Unnamed outlet", MarkdownRenderer.ToPlainText(Body(Unnamed))),
            ],
            ["The Washington Post", "Unnamed outlet"]);
        Assert.Equal(Seeds.Value.Quotes.Select(q => q.Text), collapsed.Quotes.Select(q => q.Text));
        Assert.Equal(Seeds.Value.Figures.Select(f => f.Subject), collapsed.Figures.Select(f => f.Subject));
        Assert.Equal(Seeds.Value.Names.Select(n => n.Name), collapsed.Names.Select(n => n.Name));
    }
}
