using System.Text.RegularExpressions;

namespace DivergingReports.Content.Paste;

/// <summary>
/// Recognises a dateline at the start of a story's first paragraph: "KYIV, July 3 (Reuters) — ",
/// "WASHINGTON (AP) — ", "Paris, 3 July (AFP) - ". A place followed by a dash is only a dateline
/// with an agency, a date or a place in capitals, so "Zelensky — who…" stays as written.
/// </summary>
public static partial class Datelines
{
    /// <summary>A dateline is a few words; the limit keeps a long sentence with a dash from being read as one.</summary>
    private const int MaxLength = 80;

    /// <param name="Text">The dateline as printed, without its dash.</param>
    /// <param name="Date">Its date, when it has one (usually without a year).</param>
    /// <param name="Rest">The paragraph after the dateline.</param>
    public sealed record Found(string Text, PasteDate? Date, string Rest);

    public static Found? Read(string paragraph)
    {
        var m = Pattern().Match(paragraph);
        if (!m.Success || m.Groups["dateline"].Length > MaxLength) return null;
        var place = m.Groups["place"].Value;
        var hasDate = m.Groups["d"].Success;
        var capitals = place.Count(char.IsLetter) >= 4 && !place.Any(char.IsLower);
        if (!m.Groups["agency"].Success && !hasDate && !capitals) return null;
        var date = hasDate ? PasteDates.From(m) : null;
        if (hasDate && date is null) return null;
        return new Found(m.Groups["dateline"].Value.Trim(), date, m.Groups["rest"].Value);
    }

    private const string Word = @"\p{Lu}[\p{L}\p{M}.'’-]*";

    // Place (up to four words), an optional region ("Ukraine", "Calif."), an optional date, an optional
    // agency in brackets, then a dash and the story.
    [GeneratedRegex(@"^(?<dateline>(?<place>" + Word + @"(?:\s+" + Word + @"){0,3})(?:,\s+(?<region>" + Word + @"(?:\s+" + Word + @")?))?"
        + @"(?:,\s+(?i:" + PasteDates.DatePattern + @"))?\s*(?:\((?<agency>\p{Lu}[\p{L}\s.]{1,28})\))?)\s*(?:[—–]|--?)\s+(?<rest>\S.*)$",
        RegexOptions.CultureInvariant | RegexOptions.Singleline)]
    private static partial Regex Pattern();
}
