using DivergingReports.Rendering;

namespace DivergingReports.Writing;

/// <summary>What a preview rebuild did: how many files it rendered, and how many of them changed on disk.</summary>
public sealed record PreviewWriteResult(int Rendered, int Written, int Removed);

/// <summary>
/// Updates a preview's private folder in place: only the files chosen are rendered (the rest are
/// known unchanged), a rendered file is written only when its bytes differ, and files the site no
/// longer has are removed. Used by <c>divrep serve</c>, never on a published output folder.
/// </summary>
public static class PreviewWriter
{
    public static PreviewWriteResult Write(string folder, IEnumerable<SiteFile> files, Func<SiteFile, bool> render)
    {
        Directory.CreateDirectory(folder);
        var paths = new HashSet<string>(StringComparer.Ordinal);
        int rendered = 0, written = 0;
        foreach (var file in files)
        {
            paths.Add(file.Path);
            var target = Path.Combine(folder, file.Path);
            if (!render(file) && File.Exists(target)) continue;
            var bytes = file.Content();
            rendered++;
            if (File.Exists(target) && File.ReadAllBytes(target).AsSpan().SequenceEqual(bytes)) continue;
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            var temporary = target + ".divrep-tmp";
            File.WriteAllBytes(temporary, bytes);
            File.Move(temporary, target, overwrite: true); // a reader never sees half a file
            written++;
        }
        var removed = 0;
        foreach (var stale in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
                     .Where(f => !paths.Contains(Path.GetRelativePath(folder, f).Replace('\\', '/'))).ToArray())
        {
            File.Delete(stale);
            removed++;
        }
        return new PreviewWriteResult(rendered, written, removed);
    }
}
