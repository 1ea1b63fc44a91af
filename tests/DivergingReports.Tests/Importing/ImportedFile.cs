using DivergingReports.Tests.Support;
using Markdig;
using YamlDotNet.RepresentationModel;

namespace DivergingReports.Tests.Importing;

/// <summary>The article file one import wrote, read back: its front matter parsed as YAML, its body as plain text.</summary>
public sealed record ImportedFile(CliRun Run, IReadOnlyList<string> Authors, string? Published, IReadOnlyList<string> Paragraphs)
{
    /// <summary>Outlets the pastes come from, each with the domain its addresses use.</summary>
    private static readonly (string Id, string Name, string Domain)[] Outlets =
    [
        ("reuters", "Reuters", "reuters.com"), ("ap", "Associated Press", "apnews.com"), ("afp", "AFP", "afp.com"),
        ("bbc", "BBC News", "bbc.com"), ("guardian", "The Guardian", "theguardian.com"), ("washington-post", "The Washington Post", "washingtonpost.com"),
        ("al-jazeera", "Al Jazeera", "aljazeera.com"), ("kyiv-independent", "The Kyiv Independent", "kyivindependent.com"),
        ("le-monde", "Le Monde", "lemonde.fr"),
    ];

    /// <summary>Imports <paramref name="paste"/> into a fresh project; Authors, Published and Paragraphs are empty when nothing was written.</summary>
    public static ImportedFile Import(string paste, params string[] flags)
    {
        using var project = new TestProject();
        foreach (var (id, name, domain) in Outlets)
            project.Write($"content/sources/{id}.yml", $"name: {name}\ndomains: [{domain}]\ncountry: US\n");
        project.Write("paste.txt", paste);
        var before = Directory.GetFiles(project.PathOf("content/articles")).ToHashSet();
        var run = project.Run(["import", "paste.txt", .. flags]);
        var written = Directory.GetFiles(project.PathOf("content/articles")).Where(f => !before.Contains(f)).ToArray();
        if (written.Length != 1) return new ImportedFile(run, [], null, []);

        var parts = File.ReadAllText(written[0]).Split("---\n", 3);
        var yaml = new YamlStream();
        yaml.Load(new StringReader(parts[1]));
        var fields = (YamlMappingNode)yaml.Documents[0].RootNode;
        IReadOnlyList<string> authors = fields.Children.TryGetValue(new YamlScalarNode("author"), out var node)
            ? node switch
            {
                YamlScalarNode one => [one.Value!],
                YamlSequenceNode list => list.Children.Cast<YamlScalarNode>().Select(n => n.Value!).ToArray(),
                _ => throw new InvalidDataException("author is neither a name nor a list"),
            }
            : [];
        var published = fields.Children.TryGetValue(new YamlScalarNode("published"), out var date) ? ((YamlScalarNode)date).Value : null;
        var paragraphs = parts[2].Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(p => Markdown.ToPlainText(p).Trim()).ToArray();
        return new ImportedFile(run, authors, published, paragraphs);
    }

    public string Body => string.Join("\n", Paragraphs);
}
