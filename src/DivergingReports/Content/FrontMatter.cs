using System.Text;
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

    /// <summary>
    /// The body <see cref="Split"/> finds in the UTF-8 text <paramref name="bytes"/>, or null where it
    /// finds no front matter. Only the body is decoded: an article is read like this each time its
    /// story is rendered, and its front matter was read when it was loaded.
    /// </summary>
    public static string? BodyOf(ReadOnlySpan<byte> bytes)
    {
        switch (BodyStart(bytes))
        {
            case null:
                return Split(Encoding.UTF8.GetString(bytes).TrimStart('\uFEFF'), new FileContext("", new DiagnosticBag()))?.Body;
            case < 0:
                return null;
            case int start:
                var end = bytes.Length;
                while (end > start && bytes[end - 1] is (byte)' ' or >= (byte)'\t' and <= (byte)'\r') end--;
                var body = Encoding.UTF8.GetString(bytes[start..end]);
                // Other white space at the end (a no-break space, say) is trimmed as string.TrimEnd does.
                return body.Length > 0 && char.IsWhiteSpace(body[^1]) ? body.TrimEnd() : body;
        }
    }

    /// <summary>
    /// How many of the UTF-8 <paramref name="bytes"/> hold the front matter, the blank lines after it
    /// and the body's first line: <see cref="Split"/> finds in them the fields and the body's line it
    /// finds in the whole text (without the first line it would take the end of the text for a blank
    /// line). The whole text where that cannot be told without decoding it all.
    /// </summary>
    public static int HeadLength(ReadOnlySpan<byte> bytes)
    {
        if (BodyStart(bytes) is not (>= 0 and var start)) return bytes.Length;
        var line = bytes[start..].IndexOf((byte)'\n');
        return line < 0 ? bytes.Length : start + line + 1;
    }

    /// <summary>
    /// Where the body starts in the UTF-8 text <paramref name="bytes"/>, as <see cref="Split"/> finds it
    /// in the text read from them (without a leading byte order mark): -1 where it finds no front
    /// matter; null where that takes decoding the whole text (a carriage return anywhere, since Split
    /// reads "\r\n" as "\n").
    /// </summary>
    private static int? BodyStart(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Contains((byte)'\r')) return null;
        var from = 0;
        while (bytes[from..].StartsWith("\uFEFF"u8)) from += 3;
        var text = bytes[from..];
        var lines = new ByteLineReader(text);
        if (!lines.Next(out var first) || !IsMark(first, closing: false)) return -1;
        while (lines.Next(out var line))
        {
            if (!IsMark(line, closing: true)) continue;
            var start = Math.Min(lines.Position, text.Length);
            while (lines.Next(out var blank) && IsBlank(blank)) start = Math.Min(lines.Position, text.Length);
            return from + start;
        }
        return -1;
    }

    // A line of printable ASCII is judged on its bytes; any other is decoded and judged as Split judges it.
    private static bool IsMark(ReadOnlySpan<byte> line, bool closing)
    {
        if (line.ContainsAnyExceptInRange((byte)' ', (byte)'~'))
        {
            var decoded = Encoding.UTF8.GetString(line).TrimEnd();
            return decoded is "---" || closing && decoded is "...";
        }
        var text = line.TrimEnd((byte)' ');
        return text.SequenceEqual("---"u8) || closing && text.SequenceEqual("..."u8);
    }

    private static bool IsBlank(ReadOnlySpan<byte> line) => line.ContainsAnyExceptInRange((byte)' ', (byte)'~')
        ? Encoding.UTF8.GetString(line).Trim().Length == 0
        : line.IndexOfAnyExcept((byte)' ') < 0;

    /// <summary>Walks the lines of UTF-8 bytes as <see cref="LineReader"/> walks a text's.</summary>
    private ref struct ByteLineReader(ReadOnlySpan<byte> bytes)
    {
        private readonly ReadOnlySpan<byte> _bytes = bytes;

        /// <summary>Where the next line starts.</summary>
        public int Position { get; private set; }

        public bool Next(out ReadOnlySpan<byte> line)
        {
            if (Position > _bytes.Length) { line = default; return false; }
            var length = _bytes[Position..].IndexOf((byte)'\n');
            var end = length < 0 ? _bytes.Length : Position + length;
            line = _bytes[Position..end];
            Position = end + 1;
            return true;
        }
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
