using DivergingReports.Content.Schema;
using DivergingReports.Content.Yaml;
using DivergingReports.Diagnostics;

namespace DivergingReports.Content;

/// <summary>Splits a Markdown file into its YAML front matter (between two '---' lines at the top) and its body.</summary>
internal static class FrontMatter
{
    public sealed record Parts(string Yaml, int YamlLine, int BodyLine, string Text, int BodyStart)
    {
        /// <summary>The Markdown after the front matter, without the blank lines around it; made only when asked (loading needs just the fields).</summary>
        public string Body => Text[BodyStart..].TrimEnd();
    }

    /// <summary>The front matter's fields and the body; a file without readable front matter yields an empty block, reported once.</summary>
    public static (Fields Fields, Parts? Parts) Read(string text, MappingSpec spec, FileContext file)
    {
        var parts = Split(text, file);
        var fields = parts is null
            ? Fields.Parse("", spec, file with { Bag = new DiagnosticBag() })
            : Fields.Parse(parts.Yaml, spec, file with { LineOffset = parts.YamlLine - 1 });
        return (fields, parts);
    }

    public static Parts? Split(string text, FileContext file)
    {
        if (text.Contains('\r')) text = text.Replace("\r\n", "\n");
        var lines = new LineReader(text);
        if (!lines.Next(out var first) || text.AsSpan(first.Start, first.Length).TrimEnd() is not "---")
        {
            file.Bag.Error(DiagnosticCode.FrontMatter, file.Start, "the file must start with front matter: a '---' line, the fields, then another '---' line",
                "add '---' as the first line, then 'title: …' and the other fields, then '---'");
            return null;
        }
        var yamlStart = lines.Position;
        while (lines.Next(out var line))
        {
            if (text.AsSpan(line.Start, line.Length).TrimEnd() is not ("---" or "...")) continue;
            var yaml = line.Number == 2 ? "" : text[yamlStart..(line.Start - 1)];
            // The body starts at the first line that is not blank.
            var bodyLine = line.Number + 1;
            var bodyStart = Math.Min(lines.Position, text.Length);
            while (lines.Next(out var blank) && text.AsSpan(blank.Start, blank.Length).Trim().Length == 0)
            {
                bodyLine = blank.Number + 1;
                bodyStart = Math.Min(lines.Position, text.Length);
            }
            return new Parts(yaml, 2, bodyLine, text, bodyStart);
        }
        file.Bag.Error(DiagnosticCode.FrontMatter, file.Start, "the front matter is not closed",
            "add a '---' line after the last field, before the text");
        return null;
    }

    /// <summary>Walks the lines of a text without copying them.</summary>
    private ref struct LineReader(string text)
    {
        private int _number;

        /// <summary>Where the next line starts.</summary>
        public int Position { get; private set; }

        public bool Next(out (int Start, int Length, int Number) line)
        {
            if (Position > text.Length) { line = default; return false; }
            var end = text.IndexOf('\n', Position);
            if (end < 0) end = text.Length;
            line = (Position, end - Position, ++_number);
            Position = end + 1;
            return true;
        }
    }
}
