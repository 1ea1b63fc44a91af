using System.Text.RegularExpressions;

namespace DivergingReports.Validation;

/// <summary>Language tags as written in site.yml and sources: a BCP 47 primary language, optionally with a region or script (en, en-GB, zh-Hant).</summary>
public static partial class Languages
{
    public static bool IsValid(string tag) => Pattern().IsMatch(tag);

    [GeneratedRegex("^[a-z]{2,3}(-[A-Za-z]{4})?(-([A-Z]{2}|[0-9]{3}))?$")]
    private static partial Regex Pattern();
}
