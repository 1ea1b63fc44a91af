namespace DivergingReports.Content.Files;

/// <summary>Symbolic links inside the publication: where one points (said, never followed to be read), and folders reached through one.</summary>
public static class Links
{
    /// <summary>
    /// What the link at <paramref name="link"/> points to, for a diagnostic: "a file outside the
    /// publication", "a folder inside the publication", "nothing (a broken link)". Asks the file
    /// system about the target's kind only; the target itself is never opened.
    /// </summary>
    public static string Describe(string link, string root)
    {
        string? target;
        try
        {
            target = new FileInfo(link).LinkTarget;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return "a link";
        }
        if (target is null) return "a link";
        var full = Path.GetFullPath(target, Path.GetDirectoryName(Path.GetFullPath(link))!);
        var what = Directory.Exists(full) ? "a folder" : File.Exists(full) ? "a file" : null;
        if (what is null) return "a link to nothing (a broken link)";
        return $"a link to {what} {(Inside(full, root) ? "inside" : "outside")} the publication";
    }

    /// <summary>
    /// The first folder from just below <paramref name="root"/> down to <paramref name="folder"/> that
    /// is a link (content/, content/articles…); null when none is. A folder reached through a link is
    /// not read: O_NOFOLLOW guards only the last part of a path.
    /// </summary>
    public static string? FirstLinkBelow(string root, string folder)
    {
        var relative = Path.GetRelativePath(root, folder);
        if (relative == "." || relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative)) return null;
        var current = Path.TrimEndingDirectorySeparator(Path.GetFullPath(root));
        foreach (var part in relative.Split(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries))
        {
            current = Path.Combine(current, part);
            var info = new DirectoryInfo(current);
            if (!info.Exists && info.LinkTarget is null) return null;
            if (info.LinkTarget is not null || info.Attributes.HasFlag(FileAttributes.ReparsePoint)) return current;
        }
        return null;
    }

    private static bool Inside(string full, string root)
    {
        var relative = Path.GetRelativePath(Path.GetFullPath(root), full);
        return !relative.StartsWith("..", StringComparison.Ordinal) && !Path.IsPathRooted(relative);
    }
}
