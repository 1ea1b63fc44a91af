using DivergingReports.Content.Schema;
using DivergingReports.Tests.Support;

namespace DivergingReports.Tests.Publishing;

/// <summary>docs/content-reference.md is the schema the checks use, written out; they may not drift apart.</summary>
public class ContentReferenceTests
{
    private static string DocPath => Path.Combine(TestProject.RepositoryRoot(), "docs", "content-reference.md");

    [Fact]
    public void The_content_reference_matches_the_schema_the_checks_use()
    {
        var expected = ContentReference.Markdown();
        // DIVREP_UPDATE_DOCS=1 dotnet test --filter ContentReferenceTests rewrites the file after a schema change.
        if (Environment.GetEnvironmentVariable("DIVREP_UPDATE_DOCS") == "1") File.WriteAllText(DocPath, expected);
        Assert.True(File.Exists(DocPath), "docs/content-reference.md is missing");
        Assert.True(File.ReadAllText(DocPath) == expected,
            "docs/content-reference.md differs from the schema: run DIVREP_UPDATE_DOCS=1 dotnet test --filter ContentReferenceTests");
    }

    [Fact]
    public void Every_field_of_every_file_is_in_the_reference()
    {
        var text = ContentReference.Markdown();
        foreach (var spec in ContentSchema.Files.Concat(ContentSchema.Blocks))
        {
            Assert.Contains($"`{spec.Name}`", text);
            foreach (var field in spec.Fields)
                Assert.Contains($"| `{field.Name}` | {(field.Required ? "yes" : "no")} |", text);
        }
    }
}
