using DivergingReports.Diagnostics;
using DivergingReports.Model;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace DivergingReports.Content.Yaml;

/// <summary>
/// Parses one YAML text into nodes that remember their line and column. Scalars keep the text the
/// editor wrote (nothing is resolved to booleans or numbers here), so <c>country: NO</c> stays "NO".
/// </summary>
internal static class YamlFile
{
    /// <summary>The root mapping, or null when the text is not valid YAML or not a mapping (each reported).</summary>
    public static YamlMappingNode? ParseMapping(string text, FileContext file)
    {
        if (YamlDepth.TooDeepAt(text) is { } deep)
        {
            file.Bag.Error(DiagnosticCode.YamlTooDeep, file.At(deep), $"the YAML nests more than {ContentLimits.YamlDepth} levels deep here",
                "content needs a few levels: check the brackets and the indentation from this line on");
            return null;
        }
        var stream = new YamlStream();
        var parser = new Parser(new StringReader(text));
        try
        {
            stream.Load(parser);
        }
        catch (YamlException e)
        {
            ReportSyntax(e, text, file);
            return null;
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException or IndexOutOfRangeException)
        {
            // The YAML library gives up on some damaged input without a position: an unclosed bracket
            // is the usual cause; otherwise report where parsing stopped.
            if (UnclosedBracket(text.Split('\n')) is { } open)
                file.Bag.Error(DiagnosticCode.YamlSyntax, file.At(open.Line, open.Column), "a [list] or {block} is not closed",
                    "add the closing bracket at the end of the value");
            else
                file.Bag.Error(DiagnosticCode.YamlSyntax, parser.Current is { } last ? file.At(last.End) : file.At(1, 1),
                    "YAML syntax error after this point", "check the quotes, brackets and indentation from here on");
            return null;
        }

        if (stream.Documents.Count == 0)
            return new YamlMappingNode();
        if (stream.Documents.Count > 1)
        {
            file.Bag.Error(DiagnosticCode.YamlSyntax, file.At(SeparatorLine(text, stream.Documents[1].RootNode.Start), 1),
                "a second YAML document starts here ('---')", "keep one set of fields per file; remove the '---' line");
            return null;
        }

        var root = stream.Documents[0].RootNode;
        if (root is YamlMappingNode mapping)
            return mapping;
        if (root is YamlScalarNode { Value: null or "" or "~" or "null" })
            return new YamlMappingNode();
        file.Bag.Error(DiagnosticCode.NotAMapping, file.At(root.Start),
            "this file should hold fields ('name: value' lines), but holds " + Describe(root),
            "start each line with a field name followed by a colon, such as 'title: …'");
        return null;
    }

    /// <summary>The first '[' or '{' opening a value that its line does not close (quoted text aside).</summary>
    private static (int Line, int Column)? UnclosedBracket(string[] lines)
    {
        for (var i = 0; i < lines.Length; i++)
        {
            var open = new Stack<int>();
            char? quote = null;
            var line = lines[i];
            for (var c = 0; c < line.Length; c++)
            {
                var ch = line[c];
                if (quote is not null) { if (ch == quote) quote = null; continue; }
                if (ch is '"' or '\'' && (c == 0 || line[c - 1] is ' ' or '[' or '{' or ',')) quote = ch;
                else if (ch == '#' && c > 0 && line[c - 1] == ' ') break;
                else if (ch is '[' or '{' && (c == 0 || line[c - 1] is ' ' or '[' or '{' or ',')) open.Push(c);
                else if (ch is ']' or '}' && open.Count > 0) open.Pop();
            }
            if (open.Count > 0) return (i + 1, open.Last() + 1);
        }
        return null;
    }

    /// <summary>The '---' line that opens the document whose first node is at <paramref name="start"/>.</summary>
    private static int SeparatorLine(string text, Mark start)
    {
        var lines = text.Split('\n');
        for (var line = (int)Math.Min(start.Line, lines.Length); line >= 1; line--)
            if (lines[line - 1].StartsWith("---", StringComparison.Ordinal)) return line;
        return (int)Math.Max(1, start.Line);
    }

    public static string Describe(YamlNode node) => node switch
    {
        YamlMappingNode => "a set of fields",
        YamlSequenceNode => "a list",
        _ => "a single value",
    };

    /// <summary>Turns the parser's message into what an editor can act on, at the parser's position.</summary>
    private static void ReportSyntax(YamlException e, string text, FileContext file)
    {
        var mark = e.Start;
        var lines = text.Split('\n');
        var lineText = mark.Line >= 1 && mark.Line <= lines.Length ? lines[mark.Line - 1] : "";
        var parserMessage = (e.InnerException as YamlException)?.Message ?? e.Message;
        var at = file.At(mark);

        if (parserMessage.Contains("Duplicate key", StringComparison.OrdinalIgnoreCase))
        {
            file.Bag.Error(DiagnosticCode.DuplicateKey, at, "this field is given twice in the same block",
                "keep one of the two and delete the other");
            return;
        }

        var tab = parserMessage.Contains("tab", StringComparison.OrdinalIgnoreCase)
            ? FindTab(lines, lines.Length, lines.Length)
            : FindTab(lines, (int)mark.Line, 2);
        if (tab is { } t)
        {
            file.Bag.Error(DiagnosticCode.YamlSyntax, file.At(t.Line, t.Column),
                "a tab character is used for indentation", "YAML indents with spaces only: replace the tab with spaces");
            return;
        }

        var (message, hint) = Explain(parserMessage, lineText);
        file.Bag.Error(DiagnosticCode.YamlSyntax, at, message, hint);
    }

    /// <summary>The first tab in the leading whitespace of the failing line or of the <paramref name="before"/> lines above it.</summary>
    private static (int Line, int Column)? FindTab(string[] lines, int failingLine, int before)
    {
        (int, int)? found = null;
        for (var line = Math.Min(failingLine, lines.Length); line >= Math.Max(1, failingLine - before); line--)
        {
            var text = lines[line - 1];
            var indent = text.Length - text.TrimStart(' ', '\t').Length;
            var tab = text.IndexOf('\t', 0, indent);
            if (tab >= 0)
                found = (line, tab + 1);
        }
        return found;
    }

    private static (string Message, string? Hint) Explain(string parserMessage, string lineText)
    {
        var m = parserMessage;
        if (m.Contains("quoted scalar", StringComparison.OrdinalIgnoreCase))
            return ("a quoted value is not closed", "add the closing quote, or remove the opening one");
        if (m.Contains("did not find expected key", StringComparison.OrdinalIgnoreCase)
            || m.Contains("did not find expected '-' indicator", StringComparison.OrdinalIgnoreCase))
            return ("this line is not indented like the lines around it", "align it with the other fields of its block, using spaces");
        if (m.Contains("Mapping values are not allowed", StringComparison.OrdinalIgnoreCase))
            return ("a value contains ': ' where YAML expects a new field", "put the whole value in quotes, or fix the indentation of this line");
        if (m.Contains("did not find expected ',' or ']'", StringComparison.OrdinalIgnoreCase)
            || m.Contains("did not find expected ',' or '}'", StringComparison.OrdinalIgnoreCase))
            return ("a [list] or {block} is not closed", "add the closing bracket, or separate the items with commas");
        if (m.Contains("did not find expected alphabetic or numeric character", StringComparison.OrdinalIgnoreCase)
            || m.Contains("anchor", StringComparison.OrdinalIgnoreCase) || m.Contains("alias", StringComparison.OrdinalIgnoreCase))
            return ("'&' or '*' has a special meaning at the start of a YAML value", "put the value in quotes");
        if (lineText.TrimStart().StartsWith('@') || lineText.TrimStart().StartsWith('`'))
            return ("a value cannot start with '@' or '`' in YAML", "put the value in quotes");
        return ("YAML syntax error: " + TrimParserMessage(m), "check the quotes, colons and indentation on this line and the one before");
    }

    private static string TrimParserMessage(string message)
    {
        // YamlDotNet prefixes "(Line: 3, Col: 1, Idx: 20) - (Line: …): "; the position is printed separately.
        var cut = message.LastIndexOf("): ", StringComparison.Ordinal);
        var text = cut >= 0 ? message[(cut + 3)..] : message;
        return text.TrimEnd('.').Trim();
    }
}
