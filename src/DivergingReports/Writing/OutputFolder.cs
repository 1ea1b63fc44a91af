using DivergingReports.Content;

namespace DivergingReports.Writing;

/// <summary>
/// Decides whether a folder may receive the site. A build replaces its output folder whole, so it
/// refuses any folder that is, holds or lies inside the publication's sources, and any non-empty
/// folder that is not a previous build (every build writes .nojekyll).
/// </summary>
public static class OutputFolder
{
    /// <summary>Why <paramref name="output"/> cannot be used, or null when it can.</summary>
    public static string? Refusal(string output, ProjectPaths paths)
    {
        var full = Path.TrimEndingDirectorySeparator(Path.GetFullPath(output));
        var root = Path.TrimEndingDirectorySeparator(paths.Root);
        if (full == root) return "the output folder is the publication's own folder";
        if (IsWithin(root, full)) return "the output folder holds the publication's own folder";
        foreach (var source in new[] { paths.Content, paths.Templates })
            if (full == source || IsWithin(full, source)) return $"the output folder is inside {paths.Relative(source)}/";
        if (File.Exists(full)) return "the output path is a file";
        if (!Directory.Exists(full) || !Directory.EnumerateFileSystemEntries(full).Any()) return null;
        if (File.Exists(Path.Combine(full, "site.yml")) || Directory.Exists(Path.Combine(full, "content")))
            return "the output folder holds a publication's content (site.yml or content/)";
        if (!File.Exists(Path.Combine(full, ".nojekyll")))
            return "the output folder is not empty and is not a site divrep built (it has no .nojekyll)";
        return null;
    }

    private static bool IsWithin(string path, string folder) =>
        path.StartsWith(folder + Path.DirectorySeparatorChar, StringComparison.Ordinal);
}
