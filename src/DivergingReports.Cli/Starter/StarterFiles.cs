using System.Reflection;

namespace DivergingReports.Cli.Starter;

/// <summary>
/// The new publication <c>divrep init</c> writes, embedded in the tool at build time from the
/// repository: its site.yml and content/ (the sample story: one file of each kind), and the
/// package.json and package-lock.json that pin Pagefind, for search. The theme it
/// copies is the core library's built-in one.
/// </summary>
public static class StarterFiles
{
    private const string Prefix = "starter/";

    public sealed record StarterFile(string Path, string ResourceName)
    {
        public byte[] ReadAllBytes()
        {
            using var stream = typeof(StarterFiles).Assembly.GetManifestResourceStream(ResourceName)
                ?? throw new InvalidOperationException($"starter file {Path} is not embedded");
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            return copy.ToArray();
        }
    }

    /// <summary>Every starter file, by its path in the new publication (forward slashes), in ordinal order.</summary>
    public static IReadOnlyList<StarterFile> All { get; } = Load(typeof(StarterFiles).Assembly);

    private static StarterFile[] Load(Assembly assembly) =>
        assembly.GetManifestResourceNames()
            .Select(name => (name, path: name.Replace('\\', '/')))
            .Where(r => r.path.StartsWith(Prefix, StringComparison.Ordinal))
            .Select(r => new StarterFile(r.path[Prefix.Length..], r.name))
            .OrderBy(f => f.Path, StringComparer.Ordinal)
            .ToArray();
}
