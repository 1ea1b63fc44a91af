namespace DivergingReports.Validation;

/// <summary>Whether a language is written right to left, so a page can set <c>dir="rtl"</c> on text in it.</summary>
public static class WritingDirection
{
    // The languages whose usual script runs right to left: Arabic, Hebrew, Persian, Urdu, Pashto,
    // Yiddish, Dhivehi, Central Kurdish, Sindhi and Uyghur.
    private static readonly HashSet<string> RightToLeftLanguages = new(StringComparer.OrdinalIgnoreCase)
    {
        "ar", "he", "fa", "ur", "ps", "yi", "dv", "ckb", "sd", "ug",
    };

    // Scripts written right to left: Arabic, Hebrew, Thaana (Dhivehi) and Syriac.
    private static readonly HashSet<string> RightToLeftScripts = new(StringComparer.OrdinalIgnoreCase)
    {
        "Arab", "Hebr", "Thaa", "Syrc",
    };

    /// <summary>
    /// True for a tag naming a right-to-left script ("az-Arab"), or a language of the list above with
    /// no script named ("ar", "fa-IR"); a script named decides ("sd-Deva" is left to right).
    /// </summary>
    public static bool IsRightToLeft(string tag) => Languages.Script(tag) is { } script
        ? RightToLeftScripts.Contains(script)
        : RightToLeftLanguages.Contains(Languages.Primary(tag));
}
