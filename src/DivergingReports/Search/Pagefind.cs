using System.Runtime.InteropServices;
using DivergingReports.Content;

namespace DivergingReports.Search;

/// <summary>
/// Pagefind (pagefind.app), which makes a static site's search index: its program, as npm installs
/// it into the publication's own node_modules from the package.json there (the version is pinned by
/// the lock file, so every machine indexes alike). Nothing else is looked for: not a program on
/// PATH, not a download.
/// </summary>
public sealed class Pagefind
{
    private Pagefind(string program) => Program = program;

    /// <summary>The program's full path.</summary>
    public string Program { get; }

    /// <summary>What an editor runs to install it, said when it is missing.</summary>
    public const string InstallHint = "run npm ci in the publication's folder (it needs Node.js; the package.json there pins Pagefind)";

    /// <summary>Pagefind as installed for this publication, or null with the reason it cannot be used ("it is not installed (…)").</summary>
    public static Pagefind? Find(ProjectPaths paths, out string reason)
    {
        var package = PlatformPackage();
        if (package is null)
        {
            reason = $"it has no program for this system ({RuntimeInformation.OSDescription}, {RuntimeInformation.OSArchitecture})";
            return null;
        }
        var folder = Path.Combine(paths.Root, "node_modules", "@pagefind", package, "bin");
        var suffix = OperatingSystem.IsWindows() ? ".exe" : "";
        // The extended program also splits Chinese and Japanese text into words; npm installs both names in some versions.
        foreach (var name in new[] { "pagefind_extended", "pagefind" })
        {
            var program = Path.Combine(folder, name + suffix);
            var file = new FileInfo(program);
            // A regular file, not a link: what runs is what npm unpacked there.
            if (file.Exists && file.LinkTarget is null)
            {
                reason = "";
                return new Pagefind(program);
            }
        }
        reason = $"it is not installed (there is no {paths.Relative(Path.Combine(folder, "pagefind_extended" + suffix))})";
        return null;
    }

    /// <summary>The npm package that holds the program for this machine (Pagefind's own naming), or null where it has none.</summary>
    private static string? PlatformPackage()
    {
        var arch = RuntimeInformation.OSArchitecture switch
        {
            Architecture.X64 => "x64",
            Architecture.Arm64 => "arm64",
            _ => null,
        };
        if (arch is null) return null;
        if (OperatingSystem.IsLinux()) return "linux-" + arch;
        if (OperatingSystem.IsMacOS()) return "darwin-" + arch;
        if (OperatingSystem.IsWindows()) return "windows-" + arch;
        if (OperatingSystem.IsFreeBSD() && arch == "x64") return "freebsd-x64";
        return null;
    }
}
