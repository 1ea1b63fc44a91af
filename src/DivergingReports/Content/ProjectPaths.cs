namespace DivergingReports.Content;

/// <summary>Where a publication keeps its files (Hugo-like: one settings file, content/, templates/).</summary>
public sealed class ProjectPaths(string root)
{
    public string Root { get; } = Path.GetFullPath(root);
    public string SiteFile => Path.Combine(Root, "site.yml");
    public string Content => Path.Combine(Root, "content");
    public string Sources => Path.Combine(Content, "sources");
    public string Articles => Path.Combine(Content, "articles");
    public string Breakdowns => Path.Combine(Content, "breakdowns");
    public string Pages => Path.Combine(Content, "pages");
    public string Templates => Path.Combine(Root, "templates");

    public bool IsProject => File.Exists(SiteFile);

    /// <summary>The path diagnostics print: relative to the root when inside it, with forward slashes.</summary>
    public string Relative(string fullPath)
    {
        var relative = Path.GetRelativePath(Root, Path.GetFullPath(fullPath));
        if (relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative)) relative = Path.GetFullPath(fullPath);
        return relative.Replace('\\', '/');
    }
}
