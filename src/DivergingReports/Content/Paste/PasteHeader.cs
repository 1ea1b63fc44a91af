namespace DivergingReports.Content.Paste;

/// <summary>
/// What the lines around a story's text say about it: its byline, its "Published"/"Updated" lines,
/// the dateline opening its first paragraph, and a wire service's closing credit line. The lines
/// recognised leave the text; nothing else does.
/// </summary>
public static class PasteHeader
{
    /// <summary>How many paragraphs under the headline are looked at: bylines and stamps sit right there.</summary>
    private const int TopWindow = 6;
    /// <summary>Wire credits ("Reporting by …") close the story, perhaps above a line or two of page furniture.</summary>
    private const int BottomWindow = 3;
    /// <summary>A line this long or longer is the story's prose, where the header ends.</summary>
    private const int ProseWords = 12;

    /// <param name="Label">The line's own word for it ("Updated", "Last updated"); null for a line that is only a date.</param>
    public sealed record Stamp(StampLines.Kind Kind, PasteDate Date, string? Label, int Line)
    {
        /// <summary>Where the date came from, for the importer's report: "'Updated' line 3", "the date on line 3".</summary>
        public string How => Label is null ? $"the date on line {Line}" : $"'{Label}' line {Line}";
    }

    public sealed record Found
    {
        public IReadOnlyList<string> Authors { get; init; } = [];
        /// <summary>The byline's line, 0 when the paste has none.</summary>
        public int AuthorsLine { get; init; }
        public IReadOnlyList<Stamp> Stamps { get; init; } = [];
        public Datelines.Found? Dateline { get; init; }
        public int DatelineLine { get; init; }
    }

    /// <summary>Takes the recognised lines out of <paramref name="body"/> (text lines with their line numbers) and says what they held.</summary>
    public static Found Read(List<(int Line, string Text)> body, Action<string> removed)
    {
        IReadOnlyList<string> authors = [];
        var authorsLine = 0;
        var stamps = new List<Stamp>();
        var prose = -1;
        // A standfirst or a caption may come before the byline, so the whole window is looked at.
        var i = 0;
        for (var seen = 0; seen < TopWindow && i < body.Count; seen++)
        {
            var (line, text) = body[i];
            var next = i + 1 < body.Count ? body[i + 1].Text : "";
            if (authors.Count == 0 && (Bylines.Read(text) ?? BareByline(text, next)) is { } names)
            {
                (authors, authorsLine) = (names, line);
                removed("byline");
                body.RemoveAt(i);
            }
            else if (StampLines.Read(text) is { } stamp)
            {
                stamps.Add(new Stamp(stamp.Kind, stamp.Date, stamp.Label, line));
                removed("'Published'/'Updated' line");
                body.RemoveAt(i);
            }
            else
            {
                if (prose < 0 && WordCount(text) >= ProseWords) prose = i;
                i++;
            }
        }

        // The dateline opens the story's first paragraph: the first line left, or the first line of prose
        // when a caption or a "Share" button sits above it. Only one is taken.
        Datelines.Found? dateline = null;
        var datelineLine = 0;
        foreach (var at in new[] { 0, prose }.Where(at => at >= 0 && at < body.Count).Distinct())
        {
            if (Datelines.Read(body[at].Text) is not { } found) continue;
            dateline = found;
            datelineLine = body[at].Line;
            body[at] = (body[at].Line, found.Rest);
            break;
        }

        for (var j = body.Count - 1; j >= Math.Max(prose + 1, body.Count - BottomWindow); j--)
        {
            if (!Bylines.IsCredit(body[j].Text) || Bylines.Read(body[j].Text) is not { } reporters) continue;
            if (authors.Count == 0) (authors, authorsLine) = (reporters, body[j].Line);
            removed("wire credit line");
            body.RemoveAt(j);
            break;
        }

        return new Found { Authors = authors, AuthorsLine = authorsLine, Stamps = stamps, Dateline = dateline, DatelineLine = datelineLine };
    }

    /// <summary>
    /// A line of names alone ("Dan Sabbagh in Kyiv", as the Guardian prints it) is a byline only when
    /// the page's date line follows it; elsewhere a short line of names may be a caption or a heading.
    /// </summary>
    private static IReadOnlyList<string>? BareByline(string text, string next) =>
        StampLines.Read(next) is not null ? Bylines.ReadNames(text) : null;

    private static int WordCount(string text) => text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
}
