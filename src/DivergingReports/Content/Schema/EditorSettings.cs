namespace DivergingReports.Content.Schema;

/// <summary>
/// The VS Code files that put the JSON Schemas to work: .vscode/settings.json maps each schema to its
/// files for the YAML extension (redhat.vscode-yaml), and .vscode/extensions.json recommends it.
/// </summary>
public static class EditorSettings
{
    /// <summary>Where <c>divrep schema</c> and <c>init</c> write the schemas, relative to the publication.</summary>
    public const string SchemaFolder = "schemas";

    public const string Extension = "redhat.vscode-yaml";

    /// <summary>
    /// Only the YAML files are mapped: the YAML extension does not read the front matter of a Markdown
    /// file (its language is Markdown, not YAML), so articles and pages are checked by divrep check alone.
    /// </summary>
    public static IEnumerable<JsonSchemaWriter.SchemaFile> Mapped =>
        JsonSchemaWriter.Files.Where(f => f.Globs.All(g => g.EndsWith(".yml", StringComparison.Ordinal)));

    public static string SettingsJson()
    {
        var lines = Mapped.Select(f =>
            $"    \"./{SchemaFolder}/{f.FileName}\": [{string.Join(", ", f.Globs.Select(g => "\"" + g + "\""))}]");
        return "{\n  \"yaml.schemas\": {\n" + string.Join(",\n", lines) + "\n  }\n}\n";
    }

    public static string ExtensionsJson() => "{\n  \"recommendations\": [\"" + Extension + "\"]\n}\n";

    /// <summary>
    /// The comment the YAML extension reads as the file's schema, whatever the settings: first line of a
    /// YAML file that divrep writes. <paramref name="fromFolder"/> is the file's folder relative to the
    /// publication ("content/sources").
    /// </summary>
    public static string Modeline(MappingSpec spec, string fromFolder)
    {
        var up = string.Concat(Enumerable.Repeat("../", fromFolder.Split('/', StringSplitOptions.RemoveEmptyEntries).Length));
        return $"# yaml-language-server: $schema={up}{SchemaFolder}/{JsonSchemaWriter.For(spec).FileName}";
    }

    /// <summary>Every file <c>divrep schema</c> writes, by name inside the schema folder, in a fixed order.</summary>
    public static IReadOnlyList<(string Name, string Text)> SchemaFiles() =>
        JsonSchemaWriter.Files.Select(f => (f.FileName, JsonSchemaWriter.Write(f))).ToArray();
}
