using DivergingReports.Content;

namespace DivergingReports.Serving;

/// <summary>
/// Watches site.yml, content/ and templates/, and reports the changed files once a burst of saves
/// has settled (an editor's save can be several events: write, rename over, touch).
/// </summary>
public sealed class SiteWatcher : IDisposable
{
    /// <summary>How long the watcher waits after the last file event, so a burst of saves (or a save via rename) is one rebuild.</summary>
    public const int SettleMilliseconds = 40;

    private readonly FileSystemWatcher _watcher;
    private readonly ProjectPaths _paths;
    private readonly Action<IReadOnlyCollection<string>> _changed;
    private readonly TimeSpan _settle;
    private readonly HashSet<string> _pending = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();
    private readonly Timer _timer;
    private bool _everything;

    public SiteWatcher(ProjectPaths paths, Action<IReadOnlyCollection<string>> changed, TimeSpan? settle = null)
    {
        _paths = paths;
        _changed = changed;
        _settle = settle ?? TimeSpan.FromMilliseconds(SettleMilliseconds);
        _timer = new Timer(_ => Flush());
        _watcher = new FileSystemWatcher(paths.Root)
        {
            IncludeSubdirectories = true,
            NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
            InternalBufferSize = 64 * 1024,
        };
        _watcher.Changed += (_, e) => Note(e.FullPath);
        _watcher.Created += (_, e) => Created(e.FullPath);
        _watcher.Deleted += (_, e) => Note(e.FullPath);
        _watcher.Renamed += (_, e) => { Note(e.OldFullPath); Note(e.FullPath); };
        // Events were lost: read everything again.
        _watcher.Error += (_, _) =>
        {
            lock (_lock)
            {
                _everything = true;
                _timer.Change(_settle, Timeout.InfiniteTimeSpan);
            }
        };
        _watcher.EnableRaisingEvents = true;
    }

    /// <summary>
    /// A new file, or a new folder with what it already holds: files made in a folder the moment it
    /// is made (divrep theme copy, an unzip) may come before the watch on the folder does, and raise no event.
    /// </summary>
    private void Created(string fullPath)
    {
        Note(fullPath);
        if (!Directory.Exists(fullPath)) return;
        try
        {
            foreach (var file in Directory.EnumerateFiles(fullPath, "*", new EnumerationOptions { RecurseSubdirectories = true, MaxRecursionDepth = 8 }).Take(10_000))
                Note(file);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Gone again, or unreadable: the rebuild reads what is there.
        }
    }

    private void Note(string fullPath)
    {
        var relative = _paths.Relative(fullPath);
        if (!Watched(relative)) return;
        lock (_lock)
        {
            _pending.Add(relative);
            _timer.Change(_settle, Timeout.InfiniteTimeSpan);
        }
    }

    /// <summary>
    /// site.yml, and files under content/ and templates/ that are not editors' swap or backup files.
    /// Other names are watched too (a stray 'x.yaml' is reported by the checks), so that what the
    /// preview read of a folder is read again when anything in it changes.
    /// </summary>
    public static bool Watched(string relative)
    {
        if (relative is "site.yml" or "content" or "templates") return true;
        if (!relative.StartsWith("content/", StringComparison.Ordinal) && !relative.StartsWith("templates/", StringComparison.Ordinal)) return false;
        var name = relative[(relative.LastIndexOf('/') + 1)..];
        return name.Length > 0 && !ContentFolder.IsEditorLitter(name);
    }

    /// <summary>Reports the changed files; an empty list when events were lost and everything must be read again.</summary>
    private void Flush()
    {
        string[] changed;
        bool everything;
        lock (_lock)
        {
            changed = _pending.Order(StringComparer.Ordinal).ToArray();
            everything = _everything;
            _pending.Clear();
            _everything = false;
        }
        if (everything) _changed([]);
        else if (changed.Length > 0) _changed(changed);
    }

    public void Dispose()
    {
        _watcher.Dispose();
        _timer.Dispose();
    }
}
