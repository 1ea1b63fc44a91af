using System.Collections.Concurrent;
using DivergingReports.Diagnostics;

namespace DivergingReports.Content;

/// <summary>
/// What one load read, file by file, so that the next load — <c>divrep serve</c>'s, after an edit —
/// reads again only the files that changed: each file's entity and its own problems are kept with
/// what they were read against (site.yml; for articles, the sources too) and reused while neither
/// the file nor that changed.
/// </summary>
public sealed class LoadMemo
{
    internal sealed record Entry(UInt128 Context, UInt128 Hash, object Entity, IReadOnlyList<Diagnostic> Diagnostics);

    internal sealed record Listing(IReadOnlyList<ContentFile> Files, IReadOnlyList<Diagnostic> Diagnostics);

    /// <summary>How this load read an article and a breakdown (against its settings and sources), to read one again after an edit.</summary>
    internal sealed record FileReaders(Func<ContentFile, string, DiagnosticBag, Model.Article> Article, Func<ContentFile, string, DiagnosticBag, Model.Story> Breakdown);

    internal FileReaders? Readers { get; set; }

    /// <summary>The entry of the file at <paramref name="path"/> as last read; null when it was not.</summary>
    internal Entry? Of(string path) => _files.GetValueOrDefault(path);

    /// <summary>The file at <paramref name="path"/> as the last listing of <paramref name="folder"/> found it; null when it did not.</summary>
    internal ContentFile? Listed(string folder, string path) =>
        _listings.TryGetValue(folder, out var listing) ? listing.Files.FirstOrDefault(f => f.Path == path) : null;

    private readonly ConcurrentDictionary<string, Entry> _files = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Listing> _listings = new(StringComparer.Ordinal);

    internal void Remember(string path, Entry entry) => _files[path] = entry;

    internal void Remember(string folder, Listing listing) => _listings[folder] = listing;

    /// <summary>The entry of a file that did not change since, read against the same <paramref name="context"/>.</summary>
    internal Entry? Reusable(string path, UInt128 context, ISet<string> changed) =>
        !changed.Contains(path) && _files.TryGetValue(path, out var entry) && entry.Context == context ? entry : null;

    /// <summary>The listing of <paramref name="folder"/> (project-relative), when no file was added to it or removed from it since.</summary>
    internal Listing? Reusable(string folder, ProjectPaths paths, ISet<string> changed)
    {
        if (!_listings.TryGetValue(folder, out var listing)) return null;
        var prefix = folder + "/";
        foreach (var path in changed)
        {
            if (!path.StartsWith(prefix, StringComparison.Ordinal) && path != folder) continue;
            // An edit of a listed file keeps the listing; anything else in the folder may change it.
            if (!listing.Files.Any(f => f.Path == path) || !File.Exists(Path.Combine(paths.Root, path))) return null;
        }
        return listing;
    }
}
