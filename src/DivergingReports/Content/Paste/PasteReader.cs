using System.Text.RegularExpressions;
using DivergingReports.Validation;

namespace DivergingReports.Content.Paste;

/// <summary>
/// Reads pasted text: title from the first line, the original's address from a bare "Source: URL"
/// line, known noise dropped, every other line kept as a paragraph. A paste of one of this
/// publication's own story pages (it carries the breakdown heading) is recognised: the chrome above
/// the heading goes, and the editor's summary under the outlet's headline is set apart from the article.
/// The byline, "Published"/"Updated" lines and dateline are read out of the text (<see cref="PasteHeader"/>).
/// </summary>
public static partial class PasteReader
{
    public static PasteText Read(string text, NoiseRules noise, string breakdownHeadingPattern)
    {
        var lines = text.Replace("\r\n", "\n").Replace('\r', '\n').TrimStart('\uFEFF').Split('\n')
            .Select(l => l.Trim())
            .ToArray();
        var removed = new List<KeyValuePair<string, int>>();
        void Count(string rule)
        {
            var i = removed.FindIndex(r => r.Key == rule);
            if (i < 0) removed.Add(new(rule, 1));
            else removed[i] = new(rule, removed[i].Value + 1);
        }

        var (url, urlIndex) = FindSourceLine(lines);
        var heading = new Regex("^(?:" + breakdownHeadingPattern + ")$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
        var headingIndex = Array.FindIndex(lines, l => heading.IsMatch(l));

        var start = 0;
        if (headingIndex >= 0)
        {
            for (var i = 0; i < headingIndex; i++)
                if (lines[i].Length > 0) Count("the publication's own page above the breakdown");
            Count("breakdown heading");
            start = headingIndex + 1;
        }

        // Text lines, in order, with their 1-based line numbers.
        var candidates = new List<(int Line, string Text)>();
        for (var i = start; i < lines.Length; i++)
        {
            if (i == urlIndex || lines[i].Length == 0) continue;
            if (noise.Match(lines[i]) is { } rule) Count(rule);
            else candidates.Add((i + 1, lines[i]));
        }

        if (candidates.Count == 0)
            return new PasteText { Title = "", TitleLine = 1, Url = url, UrlLine = urlIndex + 1, Paragraphs = [], BodyLine = 1, Removed = removed };

        var (titleLine, title) = candidates[0];
        var body = candidates.Skip(1).ToList();
        string? summary = null;
        if (headingIndex >= 0 && body.Count > 1)
        {
            summary = body[0].Text;
            body.RemoveAt(0);
        }
        // Pages often repeat the headline right under it.
        if (body.Count > 0 && SameText(body[0].Text, title))
        {
            body.RemoveAt(0);
            Count("repeated headline");
        }
        var header = PasteHeader.Read(body, Count);

        return new PasteText
        {
            Title = title,
            TitleLine = titleLine,
            Url = url,
            UrlLine = urlIndex + 1,
            Paragraphs = body.Select(b => b.Text).ToArray(),
            BodyLine = body.Count > 0 ? body[0].Line : titleLine + 1,
            EditorSummary = summary,
            Removed = removed,
            Header = header,
        };
    }

    /// <summary>The last line that is "Source:" followed by nothing but an http(s) address.</summary>
    private static (Uri? Url, int Index) FindSourceLine(string[] lines)
    {
        for (var i = lines.Length - 1; i >= 0; i--)
        {
            var m = SourceLine().Match(lines[i]);
            if (m.Success && WebAddresses.Parse(m.Groups[1].Value) is { } uri)
                return (uri, i);
        }
        return (null, -1);
    }

    private static bool SameText(string a, string b) => string.Equals(a.Trim(), b.Trim(), StringComparison.OrdinalIgnoreCase);

    [GeneratedRegex(@"^source:\s*(\S+)$", RegexOptions.IgnoreCase)]
    private static partial Regex SourceLine();
}
