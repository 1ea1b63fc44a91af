using DivergingReports.Validation;

namespace DivergingReports.Tests.Rendering;

/// <summary>What a page says of a language tag: its name in "Translated from …", and whether its text runs right to left.</summary>
public class LanguageTableTests
{
    [Theory]
    [InlineData("ar", true)]
    [InlineData("he", true)]
    [InlineData("fa-IR", true)]
    [InlineData("ur", true)]
    [InlineData("ckb", true)]
    [InlineData("az-Arab", true)]      // a right-to-left script named on a left-to-right language
    [InlineData("uz-arab", true)]      // scripts are case-blind
    [InlineData("sd-Deva", false)]     // a left-to-right script named on a right-to-left language
    [InlineData("en", false)]
    [InlineData("de-AT", false)]
    [InlineData("uk", false)]
    [InlineData("zh-Hant", false)]
    public void A_tag_runs_right_to_left_by_its_script_else_by_its_language(string tag, bool rightToLeft) =>
        Assert.Equal(rightToLeft, WritingDirection.IsRightToLeft(tag));

    [Theory]
    [InlineData("de", "German")]
    [InlineData("de-AT", "German")]
    [InlineData("pt-BR", "Portuguese")]
    [InlineData("ar", "Arabic")]
    [InlineData("uk", "Ukrainian")]
    [InlineData("ckb", "Central Kurdish")]
    [InlineData("zh-Hant", "Chinese")]
    [InlineData("haw", "haw")]         // a language the table does not know is named by its tag
    public void A_language_is_named_in_english_or_by_its_tag(string tag, string name) =>
        Assert.Equal(name, LanguageNames.NameOf(tag));
}
