namespace DivergingReports.Diagnostics;

/// <summary>A place in a content file: the path relative to the project root (forward slashes), 1-based line and column.</summary>
public readonly record struct FileLocation(string Path, int Line, int Column)
{
    public static FileLocation StartOf(string path) => new(path, 1, 1);

    public override string ToString() => $"{Path}({Line},{Column})";
}
