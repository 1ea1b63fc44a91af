using System.Reflection;
using DivergingReports.Content;

namespace DivergingReports.Rendering.Templates;

/// <summary>
/// The complete theme the tool carries (src/DivergingReports/Theme, embedded at build time): every
/// page template, the partials, the stylesheet and the theme's README. A publication with no
/// templates/ is built with it; one with templates/ overrides it file by file.
/// </summary>
public static class BuiltInTheme
{
    private const string Prefix = "theme/";

    /// <summary>Every built-in file, by its name in the theme, in ordinal order.</summary>
    public static IReadOnlyList<ThemeFile> Files { get; } = Load(typeof(BuiltInTheme).Assembly);

    /// <summary>The built-in file named <paramref name="name"/> ("story.sbn", "assets/style.css"), or null.</summary>
    public static ThemeFile? File(string name) => Files.FirstOrDefault(f => f.Name == name);

    private static ThemeFile[] Load(Assembly assembly) =>
        assembly.GetManifestResourceNames()
            .Select(resource => (Resource: resource, Name: resource.Replace('\\', '/')))
            .Where(r => r.Name.StartsWith(Prefix, StringComparison.Ordinal))
            .Select(r =>
            {
                var name = r.Name[Prefix.Length..];
                var bytes = Read(assembly, r.Resource);
                return new ThemeFile(name, $"{ThemeFile.BuiltInFolder}/{name}", BuiltIn: true, bytes, ContentHashes.Hash(bytes));
            })
            .OrderBy(f => f.Name, StringComparer.Ordinal)
            .ToArray();

    private static byte[] Read(Assembly assembly, string resource)
    {
        using var stream = assembly.GetManifestResourceStream(resource)!;
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
