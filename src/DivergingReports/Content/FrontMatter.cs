using DivergingReports.Content.Schema;
using DivergingReports.Content.Yaml;
using DivergingReports.Diagnostics;

namespace DivergingReports.Content;

/// <summary>Splits a Markdown file into its YAML front matter (between two '---' lines at the top) and its body.</summary>
internal static class FrontMatter
{
    public sealed record Parts(string Yaml, int YamlLine, string Body, int BodyLine);

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
        var lines = text.Replace("\r\n", "\n").Split('\n');
        if (lines.Length == 0 || lines[0].TrimEnd() != "---")
        {
            file.Bag.Error(DiagnosticCode.FrontMatter, file.Start, "the file must start with front matter: a '---' line, the fields, then another '---' line",
                "add '---' as the first line, then 'title: …' and the other fields, then '---'");
            return null;
        }
        for (var i = 1; i < lines.Length; i++)
        {
            if (lines[i].TrimEnd() is "---" or "...")
            {
                var yaml = string.Join('\n', lines[1..i]);
                var first = i + 1;
                while (first < lines.Length && lines[first].Trim().Length == 0) first++;
                var body = string.Join('\n', lines[Math.Min(first, lines.Length)..]).TrimEnd();
                return new Parts(yaml, 2, body, first + 1);
            }
        }
        file.Bag.Error(DiagnosticCode.FrontMatter, file.Start, "the front matter is not closed",
            "add a '---' line after the last field, before the text");
        return null;
    }
}
