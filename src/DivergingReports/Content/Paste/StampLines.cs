using System.Text.RegularExpressions;

namespace DivergingReports.Content.Paste;

/// <summary>
/// Recognises the lines pages print with a story's time: "Updated July 3, 2025, 4:15 p.m. ET",
/// "Published 3 July 2025", "Last updated …", "Published On 3 Jul 2025", or a line that is nothing
/// but a full date ("Thu 3 Jul 2025 16.15 BST").
/// </summary>
public static partial class StampLines
{
    /// <summary>Longer lines are prose that happens to start with "Published".</summary>
    private const int MaxLength = 120;

    public enum Kind { Published, Updated }

    /// <summary>What the line says, its date and its label as printed ("Updated"; null for a bare date), or null when it is not such a line.</summary>
    public static (Kind Kind, PasteDate Date, string? Label)? Read(string line)
    {
        var text = line.Trim();
        if (text.Length is 0 or > MaxLength) return null;
        var m = Label().Match(text);
        if (m.Success)
        {
            var kind = m.Groups["label"].Value.Contains("pub", StringComparison.OrdinalIgnoreCase)
                || m.Groups["label"].Value.Contains("post", StringComparison.OrdinalIgnoreCase) ? Kind.Published : Kind.Updated;
            return PasteDates.ReadStamp(m.Groups["when"].Value) is { } date ? (kind, date, m.Groups["label"].Value) : null;
        }
        // A bare date is the publication's only when it is complete: a lone "July 3" could be a heading.
        return PasteDates.ReadStamp(text) is { Year: not null } bare ? (Kind.Published, bare, null) : null;
    }

    [GeneratedRegex(@"^(?<label>last\s+updated|last\s+modified|updated|first\s+published|published|posted)(?:\s+on)?\s*:?\s+(?<when>.+)$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Label();
}
