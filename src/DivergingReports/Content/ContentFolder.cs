using System.IO.Enumeration;
using System.Text;
using DivergingReports.Content.Files;
using DivergingReports.Diagnostics;
using DivergingReports.Validation;

namespace DivergingReports.Content;

/// <summary>Lists and reads the files of one content folder, in ordinal order so every run sees them the same way.</summary>
internal static class ContentFolder
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The files with one of <paramref name="extensions"/> whose names are valid ids; others are reported and left out.</summary>
    public static IReadOnlyList<ContentFile> List(string folder, ProjectPaths paths, DiagnosticBag bag, params string[] extensions)
    {
        // A linked folder is not read; content/ as a link is reported once, by the loader.
        if (Links.FirstLinkBelow(paths.Root, folder) is { } link)
        {
            if (link == Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder))) FileRefusals.ReportLink(link, paths.Relative(link), paths, bag);
            return [];
        }
        if (!Directory.Exists(folder)) return [];
        var files = new List<ContentFile>();
        // The directory listing says which entries are folders: no question to the disk per file. Only
        // of a folder is it asked whether it is a link; a linked file is refused when it is opened.
        var entries = new FileSystemEnumerable<(string Full, bool IsFolder, bool IsLink)>(folder,
            (ref FileSystemEntry e) => (e.ToFullPath(), e.IsDirectory, e.IsDirectory && (e.Attributes & FileAttributes.ReparsePoint) != 0),
            new EnumerationOptions { AttributesToSkip = 0, IgnoreInaccessible = false });
        foreach (var (full, isFolder, isLink) in entries.OrderBy(e => e.Full, StringComparer.Ordinal))
        {
            var name = Path.GetFileName(full);
            var path = paths.Relative(full);
            if (IsEditorLitter(name)) continue;
            if (isLink)
            {
                FileRefusals.ReportLink(full, path, paths, bag);
                continue;
            }
            if (isFolder)
            {
                bag.Warning(DiagnosticCode.IgnoredFile, FileLocation.StartOf(path), "folders inside this folder are not read",
                    "move its files up into " + paths.Relative(folder));
                continue;
            }
            var extension = Path.GetExtension(name).ToLowerInvariant();
            if (!extensions.Contains(extension))
            {
                var expected = string.Join(" or ", extensions);
                var hint = extension == ".yaml" && extensions.Contains(".yml") ? "rename it to end in .yml" : $"only {expected} files are read here";
                bag.Warning(DiagnosticCode.IgnoredFile, FileLocation.StartOf(path), $"'{name}' is not read", hint);
                continue;
            }
            var id = Path.GetFileNameWithoutExtension(name);
            if (!Identifiers.Check(id, FileLocation.StartOf(path), "file name (ids are file names)", bag)) continue;
            files.Add(new ContentFile(full, path, id, extension));
        }
        return files;
    }

    /// <summary>
    /// The file's text, or null when it cannot be read as UTF-8, is not a regular file or is larger
    /// than <paramref name="limit"/> (reported); the hash of its bytes goes into <paramref name="hashes"/>.
    /// With <paramref name="frontMatterOnly"/>, the text ends after the first line of the body (the
    /// whole file is still checked): an article's body is read when its story is rendered, and
    /// decoding every body at load would be most of the load's work.
    /// </summary>
    public static string? Read(ContentFile file, ProjectPaths paths, SizeLimit limit, DiagnosticBag bag, ContentHashes? hashes = null, bool frontMatterOnly = false)
    {
        try
        {
            using var read = FileBuffer.Read(file.FullPath, limit.Bytes);
            var bytes = read.Bytes;
            hashes?.Record(file.Path, bytes);
            // A YAML value's control characters are said where the value is read (Fields); a text's here.
            if (file.Extension is ".md" or ".txt") ControlCharacters.Check(bytes, file.Extension == ".md" ? ControlCharacters.AfterFrontMatter(bytes) : 0, file.Path, bag);
            if (!frontMatterOnly) return StrictUtf8.GetString(bytes).TrimStart('\uFEFF');
            if (!System.Text.Unicode.Utf8.IsValid(bytes)) throw new DecoderFallbackException();
            return StrictUtf8.GetString(bytes[..FrontMatter.HeadLength(bytes)]).TrimStart('\uFEFF');
        }
        catch (DecoderFallbackException)
        {
            bag.Error(DiagnosticCode.Unreadable, FileLocation.StartOf(file.Path), "the file is not UTF-8 text", "save it with UTF-8 encoding");
        }
        catch (FileRefusedException e)
        {
            FileRefusals.Report(e, file.Path, paths, limit, bag);
        }
        catch (IOException e)
        {
            bag.Error(DiagnosticCode.Unreadable, FileLocation.StartOf(file.Path), "the file cannot be read: " + e.Message);
        }
        catch (UnauthorizedAccessException)
        {
            bag.Error(DiagnosticCode.Unreadable, FileLocation.StartOf(file.Path), "the file cannot be read: permission denied");
        }
        return null;
    }

    /// <summary>Swap, backup and system files that editors' tools leave beside content: never content.</summary>
    public static bool IsEditorLitter(string name) =>
        name.StartsWith('.') || name.EndsWith('~') || name.StartsWith('#') || name.EndsWith(".swp", StringComparison.Ordinal)
        || name.EndsWith(".tmp", StringComparison.OrdinalIgnoreCase) || name is "Thumbs.db" or "desktop.ini";
}
