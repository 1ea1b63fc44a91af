using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using DivergingReports.Diagnostics;

namespace DivergingReports.Validation;

/// <summary>Ids and slugs: lower-case letters, digits and single hyphens. They become folder names, so nothing else passes.</summary>
public static partial class Identifiers
{
    /// <summary>The rule as a regular expression; the JSON Schemas editors get carry the same text.</summary>
    public const string PatternText = "^[a-z0-9]+(-[a-z0-9]+)*$";

    public const int MaxLength = 120;

    public static bool IsValid(string text) => text.Length <= MaxLength && Pattern().IsMatch(text);

    /// <summary>Reports an invalid id with the valid one it most likely meant.</summary>
    public static bool Check(string text, FileLocation at, string what, DiagnosticBag bag)
    {
        if (IsValid(text)) return true;
        var suggestion = Slugify(text);
        var hint = suggestion.Length > 0 && suggestion != text
            ? $"use lower-case letters, digits and hyphens only, such as '{suggestion}'"
            : "use lower-case letters, digits and hyphens only";
        bag.Error(DiagnosticCode.InvalidId, at, $"'{text}' is not a valid {what}", hint);
        return false;
    }

    /// <summary>Turns any text into a valid id: accents folded, everything else a hyphen, at most <paramref name="maxLength"/> characters.</summary>
    public static string Slugify(string text, int maxLength = 80)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            var lower = char.ToLowerInvariant(Unicode.Diacritics.Strip(c));
            if (lower is >= 'a' and <= 'z' or >= '0' and <= '9') sb.Append(lower);
            else if (lower is '\'' or '’') continue;
            else if (sb.Length > 0 && sb[^1] != '-') sb.Append('-');
        }
        var slug = sb.ToString().Trim('-');
        if (slug.Length > maxLength)
            slug = slug[..maxLength].TrimEnd('-');
        return slug;
    }

    [GeneratedRegex(PatternText)]
    private static partial Regex Pattern();
}
