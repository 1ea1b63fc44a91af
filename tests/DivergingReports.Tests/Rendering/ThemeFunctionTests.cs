using DivergingReports.Rendering.Templates;

namespace DivergingReports.Tests.Rendering;

/// <summary>The theme's own functions, as templates call them.</summary>
public class ThemeFunctionTests
{
    [Theory]
    [InlineData(1, "report", null, "1 report")]
    [InlineData(0, "report", null, "0 reports")]
    [InlineData(3, "story", null, "3 stories")]
    [InlineData(2, "day", null, "2 days")]
    [InlineData(2, "box", null, "2 boxes")]
    [InlineData(2, "match", null, "2 matches")]
    [InlineData(2, "independent text", null, "2 independent texts")]
    [InlineData(2, "person", "people", "2 people")]
    [InlineData(1, "person", "people", "1 person")]
    public void Plural_counts_in_words(long n, string singular, string? plural, string expected) =>
        Assert.Equal(expected, ThemeFunctions.Plural(n, singular, plural));
}
