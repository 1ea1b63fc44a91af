using System.Text;
using DivergingReports.Rendering.Feeds;

namespace DivergingReports.Tests.Feeds;

/// <summary>Text bound for a feed loses exactly the characters XML does not allow, wherever they stand in it.</summary>
public class XmlTextTests
{
    private static readonly char[] Rare = ['\0', '\u0001', '\u0008', '\u000B', '\u001F', '\u007F', '\u0085', '\u009F', '\uD83D', '\uDE00', '\uFFFE', '\uFFFF'];
    private static readonly char[] Common = ['a', 'é', ' ', '\t', '\n', '\r', '\u00A0', '\u00A1', '\u007E', '\u0020', '\uFFFD', '\uD7FF', '\uE000', '<', '&'];

    [Fact]
    public void Random_texts_lose_exactly_the_characters_xml_does_not_allow()
    {
        var random = new Random(20261122);
        for (var i = 0; i < 20_000; i++)
        {
            // Long runs of allowed text with the odd character anywhere, including past the first block a search reads at once.
            var text = new string(Enumerable.Range(0, random.Next(0, 200))
                .Select(_ => random.Next(40) == 0 ? Rare[random.Next(Rare.Length)] : Common[random.Next(Common.Length)]).ToArray());
            Assert.Equal(Expected(text), XmlText.Clean(text));
        }
    }

    [Theory]
    [InlineData("\U0001F600 kept whole")]
    [InlineData("a lone high \uD83D at the end\uD83D")]
    [InlineData("\uDE00 a lone low first")]
    [InlineData("bell \u0007 and next-line \u0085 go; tab\tline\nreturn\r stay")]
    public void Characters_are_judged_one_by_one_and_pairs_together(string text) =>
        Assert.Equal(Expected(text), XmlText.Clean(text));

    /// <summary>The rule as written in XmlText's summary, one character at a time.</summary>
    private static string Expected(string text)
    {
        var kept = new StringBuilder();
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])) { kept.Append(c).Append(text[++i]); continue; }
            if (char.IsSurrogate(c) || c is < ' ' and not ('\t' or '\n' or '\r') || c is >= '\u007F' and <= '\u009F' || c is '\uFFFE' or '\uFFFF') continue;
            kept.Append(c);
        }
        return kept.ToString();
    }
}
