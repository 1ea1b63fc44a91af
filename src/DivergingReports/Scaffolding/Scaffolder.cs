using System.Reflection;
using DivergingReports.Content;
using DivergingReports.Content.Schema;
using DivergingReports.Content.Yaml;
using DivergingReports.Validation;

namespace DivergingReports.Scaffolding;

/// <summary><c>divrep new</c>: starts a breakdown or a source file with every field, commented, for the editor to fill in.</summary>
public static class Scaffolder
{
    public sealed record Scaffold(string FullPath, string Path, string Text);

    /// <summary>A new story for <paramref name="title"/> on <paramref name="date"/> (YYYY-MM-DD).</summary>
    public static Scaffold Story(ProjectPaths paths, string title, string date)
    {
        var slug = Identifiers.Slugify(title, 60);
        if (slug.Length == 0) slug = "story";
        var text = WithSchema(ContentSchema.Breakdown, "content/breakdowns", Resource("story.yml"))
            .Replace("{{title}}", YamlScalar.Format(title.Trim()))
            .Replace("{{date}}", date)
            .Replace("{{slug}}", slug);
        var full = System.IO.Path.Combine(paths.Breakdowns, $"{date}-{slug}.yml");
        return new Scaffold(full, paths.Relative(full), text);
    }

    public static Scaffold Source(ProjectPaths paths, string id)
    {
        var full = System.IO.Path.Combine(paths.Sources, id + ".yml");
        return new Scaffold(full, paths.Relative(full), WithSchema(ContentSchema.Source, "content/sources", Resource("source.yml")));
    }

    /// <summary>
    /// The YAML extension's schema comment as the first line, so VS Code completes and checks the new
    /// file as it is typed even without .vscode/settings.json (divrep schema writes the schemas/ it names).
    /// </summary>
    private static string WithSchema(MappingSpec spec, string folder, string text) =>
        EditorSettings.Modeline(spec, folder) + "\n" + text;

    /// <summary>Writes the scaffold; false when the file exists (it is never overwritten).</summary>
    public static bool Write(Scaffold scaffold) => Writing.NewFile.TryCreate(scaffold.FullPath, scaffold.Text);

    /// <summary>The fields of <paramref name="spec"/> a scaffold text names, written or commented out.</summary>
    public static IReadOnlyList<string> FieldsNamed(string text, MappingSpec spec) =>
        spec.Fields.Where(f => text.Contains(f.Name + ":", StringComparison.Ordinal)).Select(f => f.Name).ToArray();

    internal static string Resource(string name)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Scaffolds." + name)
            ?? throw new InvalidOperationException($"scaffold {name} is not embedded");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
