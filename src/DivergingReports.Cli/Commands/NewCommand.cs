using CommandLine;
using DivergingReports.Diagnostics;
using DivergingReports.Content;
using DivergingReports.Scaffolding;
using DivergingReports.Validation;

namespace DivergingReports.Cli.Commands;

[Verb("new", HelpText = "Start a file with every field, commented: 'new story \"Title\"' or 'new source ID'.")]
public sealed class NewOptions : ProjectOptions
{
    [Value(0, MetaName = "KIND", Required = true, HelpText = "story or source.")]
    public string Kind { get; set; } = "";

    [Value(1, MetaName = "NAME", Required = true, HelpText = "The story's title, or the source's id.")]
    public string Name { get; set; } = "";

    [Option("date", HelpText = "The story's date (YYYY-MM-DD). Default: today in the site's time zone.")]
    public string? Date { get; set; }

    [Value(2, MetaName = "MORE", Hidden = true)]
    public IEnumerable<string> More { get; set; } = [];

    public override IEnumerable<string> Unexpected => More;
}

public static class NewCommand
{
    public static int Run(NewOptions options, CliContext context)
    {
        if (options.Resolve(context) is not { } paths) return ExitCodes.Usage;
        Scaffolder.Scaffold scaffold;
        switch (options.Kind)
        {
            case "story":
                if (StoryDate(options, paths, context) is not { } date) return ExitCodes.Usage;
                scaffold = Scaffolder.Story(paths, options.Name, date);
                break;
            case "source":
                if (!Identifiers.IsValid(options.Name))
                {
                    context.Error.WriteLine($"divrep new source: '{Printable.Escape(options.Name)}' is not a valid id: use lower-case letters, digits and hyphens, such as '{Identifiers.Slugify(options.Name)}'");
                    return ExitCodes.Usage;
                }
                scaffold = Scaffolder.Source(paths, options.Name);
                break;
            default:
                context.Error.WriteLine($"divrep new: unknown kind '{Printable.Escape(options.Kind)}': write 'divrep new story \"Title\"' or 'divrep new source ID'");
                return ExitCodes.Usage;
        }

        if (!Scaffolder.Write(scaffold))
        {
            // As init and theme copy: a name already taken is the command's mistake, not the content's.
            context.Error.WriteLine($"divrep new: {Printable.Escape(scaffold.Path)} already exists; nothing was written");
            return ExitCodes.Usage;
        }
        context.Out.WriteLine($"created {scaffold.Path}: replace its <…> placeholders, then run divrep check");
        // The file's first line names a schema in schemas/; a publication older than divrep schema has none yet.
        if (!Directory.Exists(Path.Combine(paths.Root, Content.Schema.EditorSettings.SchemaFolder)))
            context.Out.WriteLine("for completion and checks as you type in VS Code, run divrep schema once (it writes schemas/)");
        return ExitCodes.Ok;
    }

    private static string? StoryDate(NewOptions options, ProjectPaths paths, CliContext context)
    {
        var site = PublicationLoader.LoadSiteAndSources(paths, new Diagnostics.DiagnosticBag()).Site;
        if (options.Date is null)
            return TimeZoneInfo.ConvertTime(context.Now(), site.TimeZone).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        if (ContentDates.TryParse(options.Date, site.TimeZone, out var date) && !date.HasTime) return date.Day;
        context.Error.WriteLine($"divrep new story: --date '{Printable.Escape(options.Date)}' is not a date: write YYYY-MM-DD");
        return null;
    }
}
