using DivergingReports.Analysis;

namespace DivergingReports.Tests.Analysis;

/// <summary>
/// The comparison's shortcuts give what the plain reading gives: the per-thread vocabulary, the
/// shingle table, the vectorised word count and the outlet index.
/// </summary>
public class FastPathTests
{
    private const string Story = """
        President Volodymyr Zelensky said on Monday that “we will not give up” as Russia launched nearly 500 drones.
        Sen. Roger Wicker, R-Mississippi, called the Pentagon’s review “a rookie mistake,” the Washington Post reported.
        """;

    [Fact]
    public void A_story_compared_again_gives_the_same_comparison()
    {
        // Every story after the first reads words the thread's vocabulary already holds, with marks left by earlier stories.
        ComparedText[] reports = [new("a", "Outlet A", Story), new("b", "Outlet B", Story.ToUpperInvariant()), new("c", "Outlet C", Story[40..])];
        var first = StoryComparison.Compare(reports, ["Outlet A", "Outlet B", "The Washington Post"]);
        StoryComparison.Compare([new("x", "X", "Zelensky met Trump. The Kremlin said nothing.")], ["X"]);
        var again = StoryComparison.Compare(reports, ["Outlet A", "Outlet B", "The Washington Post"]);
        Assert.Equal(Describe(first), Describe(again));
    }

    [Fact]
    public void Long_spellings_that_differ_only_between_the_characters_the_vocabulary_keys_are_two_words()
    {
        // Fourteen letters: the vocabulary keys a spelling by its first, middle and last four characters and compares longer ones in full.
        var mentions = NameFinder.Find(["She met Abcdefghijklmn and then Abcdxfghijklmn in town."], []);
        Assert.Equal(["abcdefghijklmn", "abcdxfghijklmn"], mentions.Select(m => string.Join(' ', m.Words)));
    }

    [Theory]
    [InlineData(2)]
    [InlineData(40)] // more reports than a shingle table's membership mask holds
    public void Overlap_counts_shingles_as_the_sets_of_each_pair_do(int reportCount)
    {
        var texts = Enumerable.Range(0, reportCount)
            .Select(i => string.Join(' ', Enumerable.Range(i % 3, 30 + i % 5).Select(w => $"word{w % 17} other{w % 7}")))
            .ToArray();
        var (pairs, _) = Overlap.Compare(texts.Select((t, i) => new ComparedText($"r{i}", $"R{i}", t)).ToArray());
        var shingles = texts.Select(Overlap.Shingles).ToArray();
        var expected = new List<double>();
        for (var i = 0; i < texts.Length; i++)
            for (var j = i + 1; j < texts.Length; j++) expected.Add(Overlap.Fraction(shingles[i], shingles[j]));
        Assert.Equal(expected, pairs.Select(p => p.Shared));
    }

    [Theory]
    [InlineData("")]
    [InlineData("didn’t U.S. AIM-7 rock'n'roll e-mail")]
    [InlineData("a.b.c.d.e.f.g.h.i.j.k.l.m.n.o.p.q.r.s.t.u.v.w.x.y.z ... -- '' ’’ .. x-")]
    [InlineData("Zelénskyy’s naïve café — “quoted” 1,000.5 x")]
    [InlineData("0123456789abcdef-0123456789abcdef'0123456789abcdef.0123456789abcdef")]
    public void Words_are_counted_as_one_character_at_a_time(string text)
    {
        // Thirty-two characters of each text, so the vectorised blocks start at every offset.
        foreach (var shift in Enumerable.Range(0, 17))
        {
            var shifted = new string('x', shift) + " " + text + " " + text;
            Assert.Equal(CountOneByOne(shifted), ReportLength.CountWords(shifted));
        }
    }

    [Fact]
    public void A_report_outlet_missing_from_the_outlet_names_is_still_no_name_in_its_text()
    {
        var comparison = StoryComparison.Compare(
            [new ComparedText("k", "Kyiv Independent", "The Kyiv Independent reported that Zelensky met Trump.")],
            ["The Washington Post"]);
        Assert.DoesNotContain(comparison.Names, n => n.Name.Contains("Independent", StringComparison.Ordinal));
    }

    /// <summary>The word count as the story page counts: a run of letters and digits, joined by ', ’, . or - before a letter or digit.</summary>
    private static int CountOneByOne(string text)
    {
        var count = 0;
        var i = 0;
        while (i < text.Length)
        {
            if (!char.IsLetterOrDigit(text[i])) { i++; continue; }
            count++;
            while (i < text.Length)
            {
                if (char.IsLetterOrDigit(text[i])) { i++; continue; }
                if (text[i] is '\'' or '\u2019' or '.' or '-' && i + 1 < text.Length && char.IsLetterOrDigit(text[i + 1])) { i += 2; continue; }
                break;
            }
        }
        return count;
    }

    private static string Describe(Comparison c) => System.Text.Json.JsonSerializer.Serialize(c);
}
