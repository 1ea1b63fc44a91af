using DivergingReports.Rendering;

namespace DivergingReports.Writing;

/// <summary>What a preview rebuild did: how many files it rendered, and how many of them changed on disk.</summary>
public sealed record PreviewWriteResult(int Rendered, int Written, int Removed);

/// <summary>
/// Updates a preview's private folder in place: a file is rendered only when its key differs from
/// the one it was last written with, written only when its bytes differ, and files the site no
/// longer has are removed. Used by <c>divrep serve</c>, never on a published output folder.
/// </summary>
public static class PreviewWriter
{
    /// <param name="written">The key each file of the folder was last made with; updated in place.</param>
    /// <param name="someFiles">True when <paramref name="files"/> are only the files that may have changed: the others are left as they are.</param>
    public static PreviewWriteResult Write(string folder, IEnumerable<SiteFile> files, Dictionary<string, UInt128> written, bool someFiles = false)
    {
        Directory.CreateDirectory(folder);
        var all = files.ToArray();
        var stale = all.Where(f => f.Key == UInt128.Zero || !written.TryGetValue(f.Path, out var key) || key != f.Key).ToArray();
        var changed = 0;
        OnEachCore.For(stale.Length, i => Make(stale[i]));
        foreach (var file in stale) written[file.Path] = file.Key;

        var removed = 0;
        if (someFiles) return new PreviewWriteResult(stale.Length, changed, removed);
        var paths = all.Select(f => f.Path).ToHashSet(StringComparer.Ordinal);
        // The first time, whatever the folder held; afterwards, the files the site had and no longer has.
        var gone = written.Count == stale.Length
            ? Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(folder, f).Replace('\\', '/'))
            : written.Keys;
        foreach (var path in gone.Where(p => !paths.Contains(p)).ToArray())
        {
            File.Delete(Path.Combine(folder, path));
            written.Remove(path);
            removed++;
        }
        return new PreviewWriteResult(stale.Length, changed, removed);

        void Make(SiteFile file)
        {
            var target = Path.Combine(folder, file.Path);
            using var bytes = new FileBytes();
            file.Make(bytes);
            if (File.Exists(target) && File.ReadAllBytes(target).AsSpan().SequenceEqual(bytes.Span)) return;
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            var temporary = target + ".divrep-tmp";
            File.WriteAllBytes(temporary, bytes.Span);
            File.Move(temporary, target, overwrite: true); // a reader never sees half a file
            Interlocked.Increment(ref changed);
        }
    }
}
