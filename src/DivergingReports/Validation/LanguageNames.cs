using System.Collections.Frozen;

namespace DivergingReports.Validation;

/// <summary>The English names of the languages news is most often published in, as a reader sees them: "Translated from German".</summary>
public static class LanguageNames
{
    // Embedded, as the country names are: divrep runs with invariant globalization, where .NET knows
    // no language names. Keyed by the primary subtag: a region or script does not change the name.
    private static readonly FrozenDictionary<string, string> Names = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["am"] = "Amharic",
        ["ar"] = "Arabic",
        ["az"] = "Azerbaijani",
        ["be"] = "Belarusian",
        ["bg"] = "Bulgarian",
        ["bn"] = "Bengali",
        ["bs"] = "Bosnian",
        ["ca"] = "Catalan",
        ["ckb"] = "Central Kurdish",
        ["cs"] = "Czech",
        ["da"] = "Danish",
        ["de"] = "German",
        ["dv"] = "Dhivehi",
        ["el"] = "Greek",
        ["en"] = "English",
        ["es"] = "Spanish",
        ["et"] = "Estonian",
        ["fa"] = "Persian",
        ["fi"] = "Finnish",
        ["fil"] = "Filipino",
        ["fr"] = "French",
        ["ga"] = "Irish",
        ["he"] = "Hebrew",
        ["hi"] = "Hindi",
        ["hr"] = "Croatian",
        ["hu"] = "Hungarian",
        ["hy"] = "Armenian",
        ["id"] = "Indonesian",
        ["is"] = "Icelandic",
        ["it"] = "Italian",
        ["ja"] = "Japanese",
        ["ka"] = "Georgian",
        ["kk"] = "Kazakh",
        ["ko"] = "Korean",
        ["ku"] = "Kurdish",
        ["lt"] = "Lithuanian",
        ["lv"] = "Latvian",
        ["mk"] = "Macedonian",
        ["ms"] = "Malay",
        ["nb"] = "Norwegian Bokmål",
        ["nl"] = "Dutch",
        ["nn"] = "Norwegian Nynorsk",
        ["no"] = "Norwegian",
        ["pa"] = "Punjabi",
        ["pl"] = "Polish",
        ["ps"] = "Pashto",
        ["pt"] = "Portuguese",
        ["ro"] = "Romanian",
        ["ru"] = "Russian",
        ["sd"] = "Sindhi",
        ["sk"] = "Slovak",
        ["sl"] = "Slovenian",
        ["sq"] = "Albanian",
        ["sr"] = "Serbian",
        ["sv"] = "Swedish",
        ["sw"] = "Swahili",
        ["ta"] = "Tamil",
        ["th"] = "Thai",
        ["tl"] = "Tagalog",
        ["tr"] = "Turkish",
        ["ug"] = "Uyghur",
        ["uk"] = "Ukrainian",
        ["ur"] = "Urdu",
        ["uz"] = "Uzbek",
        ["vi"] = "Vietnamese",
        ["yi"] = "Yiddish",
        ["zh"] = "Chinese",
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    // Each name is in the table once.
    private static readonly FrozenDictionary<string, string> Codes = Names.ToFrozenDictionary(n => n.Value, n => n.Key, StringComparer.OrdinalIgnoreCase);

    /// <summary>The code of a language written by its English name ("german" → "de"), for a hint; null for a name not in the table.</summary>
    public static string? CodeOf(string name) => Codes.GetValueOrDefault(name.Trim());

    /// <summary>The language's English name ("de-AT" → "German"); a language not in the table is named by its tag as written.</summary>
    public static string NameOf(string tag) => Names.TryGetValue(Languages.Primary(tag), out var name) ? name : tag;
}
