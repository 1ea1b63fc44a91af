using System.Text.RegularExpressions;

namespace DivergingReports.Validation;

/// <summary>Language tags as written in site.yml, sources and articles: a BCP 47 primary language, optionally with a region or script (en, en-GB, zh-Hant).</summary>
public static partial class Languages
{
    /// <summary>The rule as a regular expression; the JSON Schemas editors get carry the same text.</summary>
    public const string PatternText = "^[a-z]{2,3}(-[A-Za-z]{4})?(-([A-Z]{2}|[0-9]{3}))?$";

    public static bool IsValid(string tag) => Pattern().IsMatch(tag);

    /// <summary>The primary language subtag: "pt-BR" → "pt".</summary>
    public static string Primary(string tag) => tag.IndexOf('-') is var dash and >= 0 ? tag[..dash] : tag;

    /// <summary>The script subtag (four letters, "zh-Hant" → "Hant"), or null when the tag names none.</summary>
    public static string? Script(string tag) =>
        tag.Split('-') is [_, { Length: 4 } script, ..] && script.All(char.IsAsciiLetter) ? script : null;

    /// <summary>A tag in the usual case: language lower-case, script capitalised, region upper-case ("PT-br" → "pt-BR").</summary>
    public static string Cased(string tag) => string.Join('-', tag.Split('-').Select((part, i) =>
        i == 0 ? part.ToLowerInvariant()
        : part.Length == 4 ? char.ToUpperInvariant(part[0]) + part[1..].ToLowerInvariant()
        : part.ToUpperInvariant()));

    /// <summary>Whether two tags name the same language, region and script (tags are case-blind).</summary>
    public static bool Same(string a, string b) => string.Equals(a, b, StringComparison.OrdinalIgnoreCase);

    [GeneratedRegex(PatternText)]
    private static partial Regex Pattern();
}
