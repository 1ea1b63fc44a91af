using System.Text.RegularExpressions;

namespace DivergingReports.Rendering.Templates;

/// <summary>
/// Finds where in a template an error stands. The template engine says what went wrong but not
/// where, so the position is worked out from the template's own text.
/// </summary>
internal static partial class TemplateErrors
{
    public sealed record Tag(int Offset, int Length, string Body);

    /// <summary>Every {{…}} in the text.</summary>
    public static IReadOnlyList<Tag> Tags(string text) =>
        Mustache().Matches(text).Select(m => new Tag(m.Index, m.Length, m.Groups[1].Value.Trim())).ToArray();

    /// <summary>The 1-based line and column where <paramref name="message"/> most likely points in <paramref name="text"/>.</summary>
    public static (int Line, int Column) Locate(string text, string message, Func<string, bool> compiles)
    {
        var offset = Unbalanced(text, message) ?? Named(text, message) ?? FirstUncompilable(text, compiles) ?? 0;
        return Position(text, offset);
    }

    public static (int Line, int Column) Position(string text, int offset)
    {
        var line = 1 + text.AsSpan(0, offset).Count('\n');
        var lineStart = text.LastIndexOf('\n', Math.Max(0, offset - 1)) + 1;
        if (offset == 0) lineStart = 0;
        return (line, offset - lineStart + 1);
    }

    /// <summary>An unclosed block (the last one opened) or a closing tag with no opening one.</summary>
    private static int? Unbalanced(string text, string message)
    {
        var open = new Stack<(string Name, int Offset)>();
        foreach (var tag in Tags(text))
        {
            if (tag.Body.StartsWith('#') || tag.Body.StartsWith('^') && tag.Body.Length > 1)
                open.Push((FirstWord(tag.Body[1..]), tag.Offset));
            else if (tag.Body.StartsWith('/'))
            {
                var name = FirstWord(tag.Body[1..]);
                if (open.Count == 0 || open.Peek().Name != name) return tag.Offset;
                open.Pop();
            }
        }
        return open.Count > 0 && message.Contains("closed", StringComparison.OrdinalIgnoreCase) ? open.Peek().Offset : null;
    }

    /// <summary>The first tag naming what the message quotes ('missing', 'foo.bar').</summary>
    private static int? Named(string text, string message)
    {
        foreach (Match quoted in Quoted().Matches(message))
        {
            var name = quoted.Groups[1].Value.TrimStart('/', '#', '>');
            if (name.Length == 0) continue;
            var tag = Tags(text).FirstOrDefault(t => Regex.IsMatch(t.Body, @"(^|[\s#/>^.(])" + Regex.Escape(name) + @"($|[\s.)}])"));
            if (tag is not null) return tag.Offset;
        }
        return null;
    }

    /// <summary>The first tag that does not compile on its own (block tags are left aside).</summary>
    private static int? FirstUncompilable(string text, Func<string, bool> compiles)
    {
        foreach (var tag in Tags(text))
        {
            if (tag.Body.Length > 0 && tag.Body[0] is '#' or '/' or '^' or '!' or '>' || tag.Body == "else") continue;
            if (!compiles(text.Substring(tag.Offset, tag.Length))) return tag.Offset;
        }
        return null;
    }

    private static string FirstWord(string s) => s.Trim().Split(' ', 2)[0];

    [GeneratedRegex(@"\{\{\{?~?(.*?)~?\}?\}\}", RegexOptions.Singleline)]
    private static partial Regex Mustache();

    [GeneratedRegex(@"'([^']+)'")]
    private static partial Regex Quoted();
}
