using System.Text.Json.Nodes;
using DivergingReports.Content.Schema;
using DivergingReports.Tests.Support;

namespace DivergingReports.Tests.Schemas;

/// <summary>What puts the schemas to work in the editor: init's schemas/ and .vscode/, and the schema comment of new files.</summary>
public class EditorSchemaFilesTests
{
    [Fact]
    public void Init_writes_the_schemas_and_the_vscode_settings_that_map_them()
    {
        using var folder = new TestProject(minimal: false);
        var init = CliRun.Execute(folder.Root, ["init", "site", "--minimal"]);
        Assert.True(init.ExitCode == 0, init.Out + init.Error);
        var site = Path.Combine(folder.Root, "site");
        foreach (var (name, text) in EditorSettings.SchemaFiles())
            Assert.Equal(text, File.ReadAllText(Path.Combine(site, "schemas", name)));

        var settings = JsonNode.Parse(File.ReadAllText(Path.Combine(site, ".vscode", "settings.json")))!["yaml.schemas"]!.AsObject();
        Assert.Equal("site.yml", settings["./schemas/site.schema.json"]![0]!.GetValue<string>());
        Assert.Equal("content/sources/*.yml", settings["./schemas/source.schema.json"]![0]!.GetValue<string>());
        Assert.Equal("content/breakdowns/*.yml", settings["./schemas/breakdown.schema.json"]![0]!.GetValue<string>());
        foreach (var (schema, _) in settings) Assert.True(File.Exists(Path.Combine(site, schema)), schema);
        var extensions = JsonNode.Parse(File.ReadAllText(Path.Combine(site, ".vscode", "extensions.json")))!;
        Assert.Equal("redhat.vscode-yaml", extensions["recommendations"]![0]!.GetValue<string>());
    }

    [Fact]
    public void Init_keeps_vscode_settings_the_folder_already_has()
    {
        using var folder = new TestProject(minimal: false);
        folder.Write("site/.vscode/settings.json", "{ \"editor.tabSize\": 2 }\n");
        var init = CliRun.Execute(folder.Root, ["init", "site", "--minimal"]);
        Assert.True(init.ExitCode == 0, init.Out + init.Error);
        Assert.Equal("{ \"editor.tabSize\": 2 }\n", folder.Read("site/.vscode/settings.json"));
        Assert.True(File.Exists(folder.PathOf("site/.vscode/extensions.json")));
    }

    [Theory]
    [InlineData("source", "gamma-daily", "content/sources/gamma-daily.yml", "source.schema.json")]
    [InlineData("story", "Talks again", "content/breakdowns/2025-07-05-talks-again.yml", "breakdown.schema.json")]
    public void A_new_file_names_its_schema_on_its_first_line(string kind, string name, string path, string schema)
    {
        using var project = new TestProject();
        var run = kind == "story" ? project.Run("new", kind, name, "--date", "2025-07-05") : project.Run("new", kind, name);
        Assert.True(run.ExitCode == 0, run.Out + run.Error);
        var first = project.Read(path).Split('\n')[0];
        Assert.Equal($"# yaml-language-server: $schema=../../schemas/{schema}", first);
        Assert.True(project.Run("schema").ExitCode == 0);
        Assert.True(File.Exists(Path.GetFullPath(Path.Combine(Path.GetDirectoryName(project.PathOf(path))!, "../../schemas", schema))));
    }
}

/// <summary>The kind words of the content reference and the shapes of the schemas describe each field alike.</summary>
public class SchemaKindTests
{
    public static TheoryData<string, string> EveryField()
    {
        var data = new TheoryData<string, string>();
        foreach (var spec in ContentSchema.Files.Concat(ContentSchema.Blocks))
            foreach (var field in spec.Fields) data.Add(spec.Name, field.Name);
        return data;
    }

    [Theory]
    [MemberData(nameof(EveryField))]
    public void The_kind_word_and_the_shape_agree(string specName, string fieldName)
    {
        var field = ContentSchema.Files.Concat(ContentSchema.Blocks).Single(s => s.Name == specName).Find(fieldName)!;
        var shape = field.Shape;
        switch (field.Kind)
        {
            case "whole number": Assert.Equal("integer", shape.Type); Assert.NotNull(shape.Minimum); Assert.NotNull(shape.Maximum); break;
            case "true or false": Assert.Same(ValueShape.Flag, shape); break;
            case "id": Assert.Same(ValueShape.Id, shape); break;
            case "date": Assert.Same(ValueShape.Date, shape); break;
            case "url": Assert.Same(ValueShape.Url, shape); break;
            case "language code": Assert.Same(ValueShape.Language, shape); break;
            case "country code": Assert.Same(ValueShape.Country, shape); break;
            case "host name": Assert.Same(ValueShape.HostName, shape); break;
            case "bucket name": Assert.Same(ValueShape.Bucket, shape); break;
            case "region": Assert.Same(ValueShape.Region, shape); break;
            case "mapping": Assert.Equal("object", shape.Type); break;
            case "list of ids": Assert.Same(ValueShape.Id, shape.Items); break;
            case "text" or "markdown" or "time zone": Assert.Equal("string", shape.Type); break;
            // A field of a few words says them all: "summary or full".
            case var words when shape.Enum is { Count: < 10 } values && shape.Type == "string": Assert.Equal(string.Join(" or ", values), words); break;
            default: Assert.True(shape.Type == "array" || shape.AnyOf is not null, $"{field.Kind}: {shape}"); break;
        }
    }
}
