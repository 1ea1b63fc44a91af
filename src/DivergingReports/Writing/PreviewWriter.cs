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
        SiteFile?[] all = files.ToArray();
        var paths = all.Select(f => f!.Path).ToArray();
        var keys = all.Select(f => f!.Key).ToArray();
        var changed = 0;
        var rendered = FileMaker.Make(all, (_, file) => file.Key != UInt128.Zero && written.TryGetValue(file.Path, out var key) && key == file.Key, (_, file, bytes) =>
        {
            var target = Path.Combine(folder, file.Path);
            if (File.Exists(target) && File.ReadAllBytes(target).AsSpan().SequenceEqual(bytes.Span)) return;
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            var temporary = target + ".divrep-tmp";
            File.WriteAllBytes(temporary, bytes.Span);
            File.Move(temporary, target, overwrite: true); // a reader never sees half a file
            Interlocked.Increment(ref changed);
        });
        var firstTime = written.Count == 0;
        for (var i = 0; i < paths.Length; i++) written[paths[i]] = keys[i];

        var removed = 0;
        if (someFiles) return new PreviewWriteResult(rendered, changed, removed);
        var current = paths.ToHashSet(StringComparer.Ordinal);
        // The first time, whatever the folder held; afterwards, the files the site had and no longer has.
        var gone = firstTime
            ? Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(folder, f).Replace('\\', '/'))
            : written.Keys;
        foreach (var path in gone.Where(p => !current.Contains(p)).ToArray())
        {
            File.Delete(Path.Combine(folder, path));
            written.Remove(path);
            removed++;
        }
        return new PreviewWriteResult(rendered, changed, removed);
    }
}
