using System.Text;
using CommandLine;
using DivergingReports.Content.Schema;
using DivergingReports.Diagnostics;

namespace DivergingReports.Cli.Commands;

[Verb("schema", HelpText = "Write a JSON Schema for each kind of file (site.yml, a source, an article's front matter, a breakdown, a page's front matter) into schemas/ (or --output DIR), for an editor's completion and checks as you type. Replaces the files it writes, and nothing else.")]
public sealed class SchemaOptions : ProjectOptions
{
    [Option('o', "output", HelpText = "The folder to write the schemas into. Default: schemas in the publication's folder.")]
    public string? Output { get; set; }

    [Value(0, MetaName = "MORE", Hidden = true)]
    public IEnumerable<string> More { get; set; } = [];

    public override IEnumerable<string> Unexpected => More;
}

/// <summary>
/// <c>divrep schema</c>: the JSON Schemas generated from the content schema, the same bytes on every
/// run and system, so a publication can commit them and a test can compare them.
/// </summary>
public static class SchemaCommand
{
    public static int Run(SchemaOptions options, CliContext context)
    {
        string folder;
        if (options.Output is { } output)
        {
            if (output.Trim().Length == 0)
            {
                context.Error.WriteLine("divrep schema: --output needs a folder, such as --output schemas");
                return ExitCodes.Usage;
            }
            folder = Path.GetFullPath(Path.Combine(context.WorkingDirectory, output));
        }
        else
        {
            // Without --output the schemas belong to a publication: refuse a folder that is none.
            if (options.Resolve(context) is not { } paths) return ExitCodes.Usage;
            folder = Path.Combine(paths.Root, EditorSettings.SchemaFolder);
        }
        if (File.Exists(folder))
        {
            context.Error.WriteLine($"divrep schema: {Printable.Escape(folder)} is a file, not a folder; nothing was written");
            return ExitCodes.Usage;
        }
        Directory.CreateDirectory(folder);
        foreach (var (name, text) in EditorSettings.SchemaFiles())
        {
            File.WriteAllBytes(Path.Combine(folder, name), new UTF8Encoding(false).GetBytes(text));
            context.Out.WriteLine($"wrote {Printable.Escape(Path.Combine(Path.GetRelativePath(context.WorkingDirectory, folder), name).Replace('\\', '/'))}");
        }
        return ExitCodes.Ok;
    }
}
