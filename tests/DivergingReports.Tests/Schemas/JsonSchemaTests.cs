using System.Text.Json.Nodes;
using DivergingReports.Content.Schema;
using DivergingReports.Diagnostics;
using DivergingReports.Tests.Diagnostics;
using DivergingReports.Tests.Support;
using Json.Schema;

namespace DivergingReports.Tests.Schemas;

/// <summary>
/// The JSON Schemas editors get are valid draft 2020-12 schemas, accept every file this repository
/// ships, and refuse what divrep check refuses: the two are written from one description and must agree.
/// </summary>
public class JsonSchemaTests
{
    private static JsonSchema SchemaFor(MappingSpec spec) => JsonSchema.FromText(JsonSchemaWriter.Write(JsonSchemaWriter.For(spec)));

    private static EvaluationResults Evaluate(MappingSpec spec, JsonNode? node) =>
        SchemaFor(spec).Evaluate(Element(node), new EvaluationOptions { OutputFormat = OutputFormat.List });

    private static System.Text.Json.JsonElement Element(JsonNode? node) =>
        System.Text.Json.JsonDocument.Parse(node?.ToJsonString() ?? "null").RootElement;

    private static string Errors(EvaluationResults results) =>
        string.Join("\n", (results.Details ?? []).Where(d => d.Errors is not null)
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Key}: {e.Value}")));

    public static TheoryData<string> SchemaNames() => [.. JsonSchemaWriter.Files.Select(f => f.FileName)];

    [Theory]
    [MemberData(nameof(SchemaNames))]
    public void Each_schema_is_a_valid_draft_2020_12_schema(string name)
    {
        var text = JsonSchemaWriter.Write(JsonSchemaWriter.Files.Single(f => f.FileName == name));
        var results = MetaSchemas.Draft202012.Evaluate(Element(JsonNode.Parse(text)), new EvaluationOptions { OutputFormat = OutputFormat.List });
        Assert.True(results.IsValid, Errors(results));
        Assert.Equal(JsonSchemaWriter.Draft, JsonNode.Parse(text)!["$schema"]!.GetValue<string>());
    }

    [Fact]
    public void The_schemas_are_the_same_bytes_on_every_run()
    {
        Assert.Equal(EditorSettings.SchemaFiles(), EditorSettings.SchemaFiles());
        Assert.All(EditorSettings.SchemaFiles(), f => Assert.DoesNotContain("\r", f.Text));
    }

    [Fact]
    public void The_repository_commits_the_schemas_divrep_schema_writes()
    {
        var repo = TestProject.RepositoryRoot();
        var out_ = Scratch.NewPath("divrep-schema-");
        try
        {
            var run = CliRun.Execute(repo, ["schema", "--output", out_]);
            Assert.True(run.ExitCode == 0, run.Out + run.Error);
            foreach (var file in JsonSchemaWriter.Files)
            {
                var written = File.ReadAllBytes(Path.Combine(out_, file.FileName));
                var committed = File.ReadAllBytes(Path.Combine(repo, "schemas", file.FileName));
                Assert.True(written.SequenceEqual(committed), $"schemas/{file.FileName} is out of date: run divrep schema in the repository");
            }
            Assert.Equal(JsonSchemaWriter.Files.Count, Directory.GetFiles(out_).Length);
            Assert.Equal(EditorSettings.SettingsJson(), File.ReadAllText(Path.Combine(repo, ".vscode", "settings.json")).Replace("\r\n", "\n"));
        }
        finally { Directory.Delete(out_, recursive: true); }
    }

    [Fact]
    public void Schema_writes_into_the_publications_schemas_folder_and_refuses_a_folder_that_is_none()
    {
        using var project = new TestProject();
        var run = project.Run("schema");
        Assert.True(run.ExitCode == 0, run.Out + run.Error);
        Assert.Contains("wrote schemas/site.schema.json", run.Out);
        Assert.Equal(JsonSchemaWriter.Write(JsonSchemaWriter.For(ContentSchema.Site)), project.Read("schemas/site.schema.json"));

        using var empty = new TestProject(minimal: false);
        var refused = empty.Run("schema");
        Assert.Equal(2, refused.ExitCode);
        Assert.Contains("no site.yml", refused.Error);
        Assert.DoesNotContain("   at ", refused.Error);
    }

    /// <summary>Every YAML file and Markdown front matter under a publication, with the spec it follows.</summary>
    private static IEnumerable<(string Path, MappingSpec Spec, JsonNode? Node)> ContentFiles(string root)
    {
        yield return ("site.yml", ContentSchema.Site, YamlJson.Parse(File.ReadAllText(Path.Combine(root, "site.yml"))));
        foreach (var (folder, spec, markdown) in new[]
        {
            ("sources", ContentSchema.Source, false), ("articles", ContentSchema.Article, true),
            ("breakdowns", ContentSchema.Breakdown, false), ("pages", ContentSchema.Page, true),
        })
        {
            var dir = Path.Combine(root, "content", folder);
            if (!Directory.Exists(dir)) continue;
            foreach (var file in Directory.GetFiles(dir, markdown ? "*.md" : "*.yml").Order(StringComparer.Ordinal))
            {
                var text = File.ReadAllText(file);
                yield return ($"content/{folder}/{Path.GetFileName(file)}", spec, markdown ? YamlJson.FrontMatter(text) : YamlJson.Parse(text));
            }
        }
    }

    [Fact]
    public void Every_shipped_content_file_validates_against_its_schema()
    {
        var files = ContentFiles(TestProject.RepositoryRoot()).ToArray();
        Assert.True(files.Length >= 8, "the shipped publication has a file of each kind");
        foreach (var (path, spec, node) in files)
        {
            var results = Evaluate(spec, node);
            Assert.True(results.IsValid, path + "\n" + Errors(results));
        }
    }

    [Fact]
    public void Every_file_of_the_test_publication_and_the_fixtures_validates_against_its_schema()
    {
        using var project = new TestProject();
        project.Write(PagePath, Page);
        foreach (var root in new[] { project.Root, TestProject.Fixture("SixOutlets"), TestProject.Fixture("World") }.Where(Directory.Exists))
            foreach (var (path, spec, node) in ContentFiles(root))
            {
                var results = Evaluate(spec, node);
                Assert.True(results.IsValid, root + ": " + path + "\n" + Errors(results));
            }
    }

    private const string PagePath = "content/pages/about.md";
    private const string Page = "---\ntitle: About\ndescription: Who we are.\n---\n\nWe compare reports.\n";
    private const string StoryPath = "content/breakdowns/2025-07-03-talks.yml";

    /// <summary>One broken file each: the file, its new text (from the minimal publication's), and the spec it follows.</summary>
    public static TheoryData<string, string, string> BrokenFiles() => new()
    {
        { "an unknown field", "site.yml", TestProject.SiteYml + "\ntitel: Typo" },
        { "a missing required field", "site.yml", TestProject.SiteYml.Replacing("base_url: https://example.org/test/\n", "") },
        { "a word for a number", "site.yml", TestProject.SiteYml + "\npaginate: twenty" },
        { "a number out of range", "site.yml", TestProject.SiteYml + "\npaginate: 0" },
        { "a nested block's unknown field", "site.yml", TestProject.SiteYml + "\nfeeds: { item: 10 }" },
        { "a repository that is not owner/name", "site.yml", TestProject.SiteYml + "\ncomments:\n  giscus: { repo: just-a-name, repo_id: R, category: C, category_id: D }" },
        { "a custom domain with an address's parts", "site.yml", TestProject.SiteYml + "\ncname: https://news.example.org/" },
        { "a bad country code", "content/sources/alpha.yml", TestProject.AlphaSource.Replacing("country: NO", "country: XX") },
        { "a bad language code", "content/sources/alpha.yml", TestProject.AlphaSource.Replacing("language: en", "language: English") },
        { "a bad id", "content/sources/alpha.yml", TestProject.AlphaSource.Replacing("lean: left", "lean: Left Wing") },
        { "an address that is not http(s)", "content/sources/alpha.yml", TestProject.AlphaSource.Replacing("https://www.alpha.example/", "ftp://alpha.example/") },
        { "a domain written as an address", "content/sources/beta.yml", TestProject.BetaSource.Replacing("[beta.example]", "[https://beta.example/]") },
        { "a bad date", "content/articles/alpha-talks.md", TestProject.AlphaArticle.Replacing("published: 2025-07-03", "published: yesterday") },
        { "an article's unknown field", "content/articles/alpha-talks.md", TestProject.AlphaArticle.Replacing("published:", "autor: A. Writer\npublished:") },
        { "a word for true or false", StoryPath, TestProject.Story + "\ndraft: maybe" },
        { "a bad tag", StoryPath, TestProject.Story.Replacing("[talks, diplomacy]", "[Talks, diplomacy]") },
        { "a list for a single value", StoryPath, TestProject.Story.Replacing("title: The talks", "title: [The, talks]") },
        { "a report's unknown field", StoryPath, TestProject.Story.Replacing("    summary: Alpha says", "    sumary: Alpha says") },
        { "a position under a name that is no id", StoryPath, TestProject.Story.Replacing("      alpha: An hour.", "      Alpha News: An hour.") },
        { "no reports", StoryPath, TestProject.Story.Replacing("reports:\n  - article: alpha-talks\n    summary: Alpha says it was long.\n  - article: beta-talks\n    summary: Beta says it was short.", "reports: []") },
        { "a page without a title", PagePath, Page.Replacing("title: About\n", "") },
    };

    [Fact]
    public void Free_text_that_YAML_reads_as_a_number_passes_both()
    {
        using var project = new TestProject();
        var text = TestProject.BetaSource.Replacing("name: Beta Post", "name: 1843");
        project.Write("content/sources/beta.yml", text);
        Assert.DoesNotContain(project.Load().Diagnostics, d => d.Severity == Severity.Error);
        var results = Evaluate(ContentSchema.Source, YamlJson.Parse(text));
        Assert.True(results.IsValid, Errors(results));
    }

    [Theory]
    [MemberData(nameof(BrokenFiles))]
    public void Check_and_the_schema_both_refuse(string what, string path, string text)
    {
        using var project = new TestProject();
        project.Write(PagePath, Page);
        var spec = path switch
        {
            "site.yml" => ContentSchema.Site,
            _ when path.StartsWith("content/sources/") => ContentSchema.Source,
            _ when path.StartsWith("content/articles/") => ContentSchema.Article,
            _ when path.StartsWith("content/pages/") => ContentSchema.Page,
            _ => ContentSchema.Breakdown,
        };
        var before = Node(spec, project.Read(path));
        Assert.True(Evaluate(spec, before).IsValid, $"{path} validates before it is broken ({what})");

        project.Write(path, text);
        var errors = project.Load().Diagnostics.Where(d => d.Severity == Severity.Error).ToArray();
        Assert.True(errors.Length > 0, $"divrep check accepts {what}");
        var results = Evaluate(spec, Node(spec, text.Replace("\r\n", "\n")));
        Assert.False(results.IsValid, $"the schema accepts {what}; divrep check says: {errors[0]}");
    }

    private static JsonNode? Node(MappingSpec spec, string text) =>
        spec == ContentSchema.Article || spec == ContentSchema.Page ? YamlJson.FrontMatter(text) : YamlJson.Parse(text);
}
