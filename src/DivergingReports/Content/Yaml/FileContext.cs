using DivergingReports.Diagnostics;
using YamlDotNet.Core;

namespace DivergingReports.Content.Yaml;

/// <summary>The file being read: its project-relative path, where its YAML starts, and where problems go.</summary>
internal sealed record FileContext(string Path, DiagnosticBag Bag, int LineOffset = 0)
{
    public FileLocation Start => FileLocation.StartOf(Path);

    public FileLocation At(int line, int column) => new(Path, line + LineOffset, column);

    public FileLocation At(Mark mark) => mark.Line <= 0
        ? new FileLocation(Path, 1 + LineOffset, 1)
        : new FileLocation(Path, (int)mark.Line + LineOffset, (int)mark.Column);
}
