using DivergingReports.Diagnostics;
using YamlDotNet.Core;

namespace DivergingReports.Content.Yaml;

/// <summary>The file being read: its project-relative path, where its YAML starts, and where problems go.</summary>
internal sealed record FileContext(string Path, DiagnosticBag Bag, int LineOffset = 0)
{
    /// <summary>The YAML text's lines, for positions the parser does not give (inside a | block).</summary>
    public string[] Lines { get; init; } = [];

    /// <summary>How many spaces indent a line of the file (1-based, as in diagnostics); 0 when unknown.</summary>
    public int IndentOf(int fileLine)
    {
        var index = fileLine - LineOffset - 1;
        if (index < 0 || index >= Lines.Length) return 0;
        return Lines[index].Length - Lines[index].TrimStart(' ').Length;
    }

    public FileLocation Start => FileLocation.StartOf(Path);

    public FileLocation At(int line, int column) => new(Path, line + LineOffset, column);

    public FileLocation At(Mark mark) => mark.Line <= 0
        ? new FileLocation(Path, 1 + LineOffset, 1)
        : new FileLocation(Path, (int)mark.Line + LineOffset, (int)mark.Column);
}
