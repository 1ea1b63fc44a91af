using System.Text.RegularExpressions;

namespace DivergingReports.Content.Paste;

/// <summary>
/// Recognises a byline line: "By A", "By A and B", "By A, B and C", "By A, Role", "A | Outlet",
/// "Reporting by A; Editing by B". A byline is short and made only of capitalised names, so prose
/// that merely starts with "By" ("By the time…", "By Monday…") is never taken for one.
/// </summary>
public static partial class Bylines
{
    /// <summary>Longer lines are prose: a byline of three names and a role fits well within this.</summary>
    private const int MaxLength = 160;
    private const int MaxAuthors = 8;

    /// <summary>The authors a byline names, or null when the line is not a byline.</summary>
    public static IReadOnlyList<string>? Read(string line)
    {
        var text = line.Trim();
        if (text.Length is 0 or > MaxLength) return null;

        // Wire credits: only the reporters wrote the story; writers and editors are not its authors.
        var credit = Credit().Match(text);
        if (credit.Success)
            return Names(credit.Groups["names"].Value, allowRole: false);

        var by = By().Match(text);
        if (by.Success)
        {
            var rest = by.Groups["rest"].Value;
            var bar = rest.IndexOf('|');
            return Names(bar >= 0 ? rest[..bar] : rest, allowRole: true);
        }

        // Without "By", only the "Name | Outlet" form is a byline; a bare name could be a caption.
        var pipe = text.IndexOf('|');
        return pipe > 0 ? Names(text[..pipe], allowRole: false) : null;
    }

    /// <summary>A line that is only names ("A", "A and B in Kyiv"), without "By": a byline only where the caller knows the place is right.</summary>
    public static IReadOnlyList<string>? ReadNames(string line)
    {
        var text = line.Trim();
        return text.Length is 0 or > MaxLength ? null : Names(text, allowRole: false);
    }

    /// <summary>Whether a line is a wire service's credit line ("Reporting by …; Editing by …"), which sits at the end of its story.</summary>
    public static bool IsCredit(string line) => line.Trim().Length <= MaxLength && Credit().IsMatch(line.Trim());

    /// <summary>"A", "A and B", "A, B and C", optionally followed by ", Role"; null when any part is not a name.</summary>
    private static IReadOnlyList<string>? Names(string list, bool allowRole)
    {
        var names = new List<string>();
        var segments = list.Trim().TrimEnd('.', ';').Split(',', StringSplitOptions.TrimEntries);
        for (var s = 0; s < segments.Length; s++)
        {
            var parts = And().Split(segments[s]).Select(p => WithoutPlace(p.Trim())).ToArray();
            if (parts.All(IsName))
            {
                names.AddRange(parts);
                continue;
            }
            // "By Jane Doe, Economics correspondent": what follows the names is the role, not a name.
            if (allowRole && s > 0 && names.Count > 0) break;
            return null;
        }
        return names.Count is > 0 and <= MaxAuthors ? names : null;
    }

    /// <summary>"Tom Balmforth in Kyiv" names Tom Balmforth: wire credits say where each reporter was.</summary>
    private static string WithoutPlace(string part)
    {
        var at = part.IndexOf(" in ", StringComparison.Ordinal);
        return at > 0 ? part[..at].Trim() : part;
    }

    /// <summary>Two to five words, each capitalised (or a particle such as "de", "van", "al-"), none of them a date word or a job.</summary>
    private static bool IsName(string part)
    {
        var words = part.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length is < 2 or > 5) return false;
        var capitalised = 0;
        foreach (var word in words)
        {
            // "Jan." is a month, but "A." is an initial.
            var bare = word.TrimEnd('.');
            if (NotNameWords.Contains(word) || (bare.Length > 1 && NotNameWords.Contains(bare))) return false;
            if (Particles.Contains(word)) continue;
            if (!NameWord().IsMatch(word)) return false;
            capitalised++;
        }
        return (capitalised >= 1 && char.IsUpper(words[0][0])) || (Particles.Contains(words[0]) && capitalised >= 2);
    }

    /// <summary>Lower-case words that belong inside names.</summary>
    private static readonly HashSet<string> Particles = new(StringComparer.Ordinal)
    {
        "de", "del", "della", "der", "den", "di", "da", "das", "do", "dos", "du", "la", "le", "van", "von", "ten", "ter", "y", "bin", "bint", "ibn", "al", "el",
    };

    /// <summary>Capitalised words that start prose or name a job or outlet, never a person: "By Monday Night", "By Staff Reporter".</summary>
    private static readonly HashSet<string> NotNameWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "Today", "Tomorrow", "Yesterday",
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
        "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
        "The", "A", "An", "This", "That", "Then", "Now", "Late", "Early", "Midday", "Noon", "Night", "Morning", "Afternoon", "Evening", "End",
        "Correspondent", "Editor", "Reporter", "Reporters", "Writer", "Staff", "Bureau", "Chief", "Analyst", "Columnist", "Contributor", "Producer",
        "News", "Agency", "Service", "Desk", "Team", "Press", "Associated", "Reuters", "AFP", "AP", "BBC", "Online",
        // Outlets' own words, so "By Jane Doe, Kyiv Independent" keeps the outlet out of the names.
        "Independent", "Times", "Post", "Journal", "Herald", "Tribune", "Telegraph", "Observer", "Guardian", "Monde", "Jazeera",
        "Daily", "Weekly", "Magazine", "Media", "Newsroom", "Network", "Radio", "Television", "TV", "Wire",
        // Section and region labels that pages put before a bar: "Middle East | Analysis".
        "Middle", "East", "West", "North", "South", "Central", "World", "Europe", "Asia", "Africa", "America", "Americas",
        "Politics", "Business", "Opinion", "Analysis", "Sport", "Sports", "Science", "Health", "Culture", "Technology", "Climate",
        "Economy", "Live", "Breaking", "Exclusive", "Explainer", "Features", "International", "National", "Local", "War",
    };

    // A capitalised word: "Doe", "O'Neil", "Jean-Luc", "J.", "McAllister", "Łukasz", "al-Hassan", "Müller".
    [GeneratedRegex(@"^(?:\p{Lu}|(?:al|el|d|l)[-'’]\p{Lu})[\p{L}\p{M}'’.-]*$")]
    private static partial Regex NameWord();

    [GeneratedRegex(@"^by\s+(?<rest>.+)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex By();

    // "Reporting by A and B; Editing by C", "Reporting by A; Writing by B; Editing by C". ("Additional
    // reporting by" credits helpers, not the authors.)
    [GeneratedRegex(@"^reporting\s+by\s+(?<names>[^;]+?)\s*(?:;\s*(?:\p{L}+\s+)?\p{L}+\s+by\s+[^;]+)*\s*\.?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Credit();

    [GeneratedRegex(@"\s+(?:and|&)\s+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex And();
}
