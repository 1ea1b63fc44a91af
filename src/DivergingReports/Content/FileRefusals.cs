using System.Globalization;
using DivergingReports.Content.Files;
using DivergingReports.Diagnostics;

namespace DivergingReports.Content;

/// <summary>The one report of a file that was not read because it is not a regular file, or too large.</summary>
internal static class FileRefusals
{
    /// <summary>Reports <paramref name="refused"/> at <paramref name="path"/> (project-relative) with the content codes DR0114–DR0116, or all with <paramref name="code"/>.</summary>
    public static void Report(FileRefusedException refused, string path, ProjectPaths paths, SizeLimit limit, DiagnosticBag bag, DiagnosticCode? code = null)
    {
        var at = FileLocation.StartOf(path);
        if (refused.TooLarge)
        {
            var hint = limit.Setting is { } setting
                ? $"raise {setting} in site.yml if this {Noun(limit)} is real"
                : limit.What == "site.yml" ? "keep only the publication's settings in site.yml" : "make it smaller, or publish it elsewhere and link to it";
            bag.Error(code ?? DiagnosticCode.FileTooLarge, at, $"the file is {Size(refused.Size, up: true)}, over the {Size(refused.Limit, up: false)} {limit.What} may be; it is not read", hint);
            return;
        }
        if (refused.Kind == FileKind.Link)
        {
            ReportLink(Path.Combine(paths.Root, path), path, paths, bag, code);
            return;
        }
        bag.Error(code ?? DiagnosticCode.NotARegularFile, at, $"this is {KindName(refused.Kind)}, not a regular file; only regular files are read",
            refused.Kind == FileKind.Folder ? "move the folder's files up, or remove it" : "remove it, and put a regular file in its place if one is meant to be here");
    }

    /// <summary>Reports the link at <paramref name="full"/>; what it points to is said, never read.</summary>
    public static void ReportLink(string full, string path, ProjectPaths paths, DiagnosticBag bag, DiagnosticCode? code = null) =>
        bag.Error(code ?? DiagnosticCode.LinkRefused, FileLocation.StartOf(path),
            $"this is a symbolic link ({Links.Describe(full, paths.Root)}); only regular files are read",
            "copy the file in instead of linking to it");

    private static string Noun(SizeLimit limit) => limit.What[(limit.What.IndexOf(' ') + 1)..];

    private static string KindName(FileKind kind) => kind switch
    {
        FileKind.Folder => "a folder",
        FileKind.Pipe => "a named pipe (FIFO)",
        FileKind.Socket => "a socket",
        FileKind.Device => "a device",
        _ => "not a file",
    };

    /// <summary>In KB (MB from 10 MB), rounded up for a file's size and down for a limit: a file just over its limit never reads as equal to it.</summary>
    private static string Size(long bytes, bool up)
    {
        var (unit, name) = bytes >= 10 * 1024 * 1024 ? (1024 * 1024, "MB") : bytes >= 1024 ? (1024, "KB") : (1, "bytes");
        var count = up ? (bytes + unit - 1) / unit : bytes / unit;
        return string.Create(CultureInfo.InvariantCulture, $"{count:N0} {name}");
    }
}
