using DivergingReports.Model;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace DivergingReports.Content.Yaml;

/// <summary>
/// How deep a YAML text nests, found before the node tree is built: building it recurses once per
/// level, and a file nested tens of thousands of levels deep would overflow the stack and end the
/// process (no diagnostic can catch that). The parser's own events come one after another without
/// recursion, so counting them is safe at any depth.
/// </summary>
internal static class YamlDepth
{
    /// <summary>Where the text first nests deeper than <see cref="ContentLimits.YamlDepth"/> levels; null when it never does.</summary>
    public static Mark? TooDeepAt(string text)
    {
        if (Bound(text) <= ContentLimits.YamlDepth) return null;
        var parser = new Parser(new StringReader(text));
        var depth = 0;
        try
        {
            while (parser.MoveNext())
            {
                if (parser.Current is MappingStart or SequenceStart && ++depth > ContentLimits.YamlDepth) return parser.Current.Start;
                if (parser.Current is MappingEnd or SequenceEnd) depth--;
            }
        }
        catch (YamlException)
        {
            // A syntax error before any deep nesting: the node tree stops at the same place, and says it.
        }
        return null;
    }

    /// <summary>
    /// A cheap upper bound of the nesting, so that ordinary files skip the second parse: every
    /// bracket may open a level; on a line, each indentation column may be two levels (a list under
    /// a key sits at the key's column) and each '- ', '? ' or ': ' one more.
    /// </summary>
    private static int Bound(string text)
    {
        int brackets = 0, deepestLine = 0, lineStart = 0;
        while (lineStart < text.Length)
        {
            var end = text.IndexOf('\n', lineStart);
            if (end < 0) end = text.Length;
            var line = text.AsSpan(lineStart, end - lineStart);
            var indent = line.Length - line.TrimStart(' ').Length;
            var indicators = 0;
            for (var i = 0; i < line.Length; i++)
            {
                var c = line[i];
                if (c is '[' or '{') brackets++;
                else if (c is '-' or '?' or ':' && (i + 1 == line.Length || line[i + 1] == ' ')) indicators++;
            }
            deepestLine = Math.Max(deepestLine, 2 * (indent + 1) + indicators);
            if (brackets + deepestLine > ContentLimits.YamlDepth) return int.MaxValue;
            lineStart = end + 1;
        }
        return brackets + deepestLine;
    }
}
