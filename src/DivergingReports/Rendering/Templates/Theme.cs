using System.IO.Enumeration;
using DivergingReports.Content;
using DivergingReports.Content.Files;
using DivergingReports.Diagnostics;

namespace DivergingReports.Rendering.Templates;

/// <summary>
/// The theme a build uses: the built-in theme with the publication's templates/ laid over it file by
/// file. A file of templates/ replaces the built-in file of the same name ("story.sbn",
/// "partials/card.sbn", "assets/style.css"), or adds one (a new partial, an image). Only regular
/// files inside templates/ are read, each of a bounded size: a link, to /etc/passwd or to the
/// build's environment, is refused rather than followed.
/// </summary>
public sealed class Theme
{
    public const string TemplateExtension = ".sbn";

    /// <summary>The layout, then one template per page kind: what the site's pages are made with.</summary>
    public static readonly IReadOnlyList<string> PageTemplates =
        ["base", "home", "story", "sources", "source", "countries", "tags", "listing", "blindspots", "page", "search", "404"];

    /// <summary>Larger theme files are refused: a stylesheet or an image, not a video.</summary>
    public const long MaxFileBytes = 16 * 1024 * 1024;

    private static readonly SizeLimit FileLimit = new(MaxFileBytes, "a theme file", null);

    /// <summary>More files than this under templates/ are refused.</summary>
    public const int MaxFiles = 5_000;

    /// <summary>Folders nested deeper than this under templates/ are not read.</summary>
    public const int MaxDepth = 8;

    private Theme(IReadOnlyList<ThemeFile> files, ContentHashes siteHashes)
    {
        Files = files;
        SiteHashes = siteHashes;
    }

    /// <summary>Every file the build uses, built-in or the publication's, by name in ordinal order.</summary>
    public IReadOnlyList<ThemeFile> Files { get; }

    /// <summary>The publication's own files under templates/, by project-relative path, with the hashes they were read with.</summary>
    public ContentHashes SiteHashes { get; }

    public IEnumerable<ThemeFile> Templates => Files.Where(f => f.IsTemplate);

    public IEnumerable<ThemeFile> Assets => Files.Where(f => f.IsAsset);

    /// <summary>The file named <paramref name="name"/>, or null.</summary>
    public ThemeFile? File(string name) => Files.FirstOrDefault(f => f.Name == name);

    /// <summary>The built-in theme alone, as a publication with no templates/ has it.</summary>
    public static Theme BuiltIn { get; } = new(BuiltInTheme.Files, new ContentHashes());

    /// <summary>The theme of the publication at <paramref name="paths"/>; what templates/ holds that cannot be used is reported.</summary>
    public static Theme Load(ProjectPaths paths, DiagnosticBag bag)
    {
        if (Links.FirstLinkBelow(paths.Root, paths.Templates) is { } link)
        {
            FileRefusals.ReportLink(link, paths.Relative(link), paths, bag, DiagnosticCode.ThemeFileRefused);
            return BuiltIn;
        }
        if (!Directory.Exists(paths.Templates)) return BuiltIn;
        var hashes = new ContentHashes();
        var own = new List<ThemeFile>();
        foreach (var (full, name) in List(paths, bag))
        {
            if (Read(full, paths.Relative(full), paths, bag) is not { } bytes) continue;
            var file = new ThemeFile(name, paths.Relative(full), BuiltIn: false, bytes, ContentHashes.Hash(bytes));
            hashes.Record(file.Path, file.Hash);
            if (Usable(file, bag)) own.Add(file);
        }
        var files = BuiltInTheme.Files.ToDictionary(f => f.Name, StringComparer.Ordinal);
        foreach (var file in own) files[file.Name] = file;
        return new Theme(files.Values.OrderBy(f => f.Name, StringComparer.Ordinal).ToArray(), hashes);
    }

    /// <summary>Whether a file of templates/ takes part in the theme; a file that looks meant to but cannot is reported.</summary>
    private static bool Usable(ThemeFile file, DiagnosticBag bag)
    {
        var at = FileLocation.StartOf(file.Path);
        if (file.IsAsset) return true;
        var extension = Path.GetExtension(file.Name);
        if (extension == ".hbs")
        {
            bag.Warning(DiagnosticCode.ThemeFileIgnored, at, "Handlebars templates are no longer read: the theme is written in Scriban",
                $"rewrite it as {Path.ChangeExtension(file.Name, TemplateExtension)}, starting from the built-in one: divrep theme copy {Path.ChangeExtension(file.Name, TemplateExtension)}");
            return false;
        }
        // The publication's own notes on its theme, in place of the built-in theme's; other files are not the theme's business.
        if (extension != TemplateExtension) return file.Name == "README.md";
        if (file.IsPartial && !file.Name[("partials/".Length)..].Contains('/')) return true;
        if (!file.Name.Contains('/') && PageTemplates.Contains(file.TemplateName)) return true;
        var hint = file.Name.Contains('/')
            ? "templates sit in templates/ (one per page kind) or templates/partials/ (called with include)"
            : Suggestions.Hint(file.TemplateName, PageTemplates.ToArray(), "page templates") + "; a template of your own goes in templates/partials/";
        bag.Warning(DiagnosticCode.ThemeFileIgnored, at, $"'{file.Name}' is not the template of any page, so no page uses it", hint);
        return false;
    }

    /// <summary>The files under templates/, by full path and name in the theme; links, deep folders and too many files are reported.</summary>
    private static List<(string Full, string Name)> List(ProjectPaths paths, DiagnosticBag bag)
    {
        var root = paths.Templates;
        var found = new List<(string, string)>();
        var entries = new FileSystemEnumerable<(string Full, bool Folder, bool Link)>(root,
            (ref FileSystemEntry e) => (e.ToFullPath(), e.IsDirectory, (e.Attributes & FileAttributes.ReparsePoint) != 0),
            new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0, IgnoreInaccessible = true, MaxRecursionDepth = MaxDepth })
        {
            // Hidden and editors' files are skipped; so are linked folders, which are reported below.
            ShouldIncludePredicate = (ref FileSystemEntry e) => !Skipped(e.FileName),
            ShouldRecursePredicate = (ref FileSystemEntry e) => !Skipped(e.FileName) && (e.Attributes & FileAttributes.ReparsePoint) == 0,
        };
        foreach (var (full, folder, link) in entries.OrderBy(e => e.Full, StringComparer.Ordinal))
        {
            var path = paths.Relative(full);
            if (link)
            {
                FileRefusals.ReportLink(full, path, paths, bag, DiagnosticCode.ThemeFileRefused);
                continue;
            }
            if (folder) continue;
            var name = Path.GetRelativePath(root, full).Replace('\\', '/');
            if (name.Any(c => char.IsControl(c) || c is '\\' or '"' or '<' or '>'))
            {
                bag.Error(DiagnosticCode.ThemeFileRefused, FileLocation.StartOf(path), "the file's name holds characters a web address cannot carry",
                    "rename it with letters, digits, '-', '_' and '.'");
                continue;
            }
            if (found.Count == MaxFiles)
            {
                bag.Error(DiagnosticCode.ThemeFileRefused, FileLocation.StartOf("templates"), $"templates/ holds more than {MaxFiles:N0} files; the rest are not read",
                    "keep only the theme's own files in templates/");
                break;
            }
            found.Add((full, name));
        }
        return found;
    }

    private static bool Skipped(ReadOnlySpan<char> name) => name.StartsWith('.') || ContentFolder.IsEditorLitter(name.ToString());

    /// <summary>The file's bytes, read only when it is a regular file of a bounded size (<see cref="RegularFile"/>).</summary>
    private static byte[]? Read(string full, string path, ProjectPaths paths, DiagnosticBag bag)
    {
        try
        {
            using var read = FileBuffer.Read(full, MaxFileBytes);
            return read.Bytes.ToArray();
        }
        catch (FileRefusedException e)
        {
            FileRefusals.Report(e, path, paths, FileLimit, bag, DiagnosticCode.ThemeFileRefused);
            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            bag.Error(DiagnosticCode.Unreadable, FileLocation.StartOf(path), "the file cannot be read: " + e.Message);
            return null;
        }
    }
}
