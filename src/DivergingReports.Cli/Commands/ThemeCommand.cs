using CommandLine;
using DivergingReports.Diagnostics;
using DivergingReports.Rendering.Templates;

namespace DivergingReports.Cli.Commands;

[Verb("theme", HelpText = "The site's theme: 'theme list' shows each file and where it comes from (templates/ or the theme built into divrep); 'theme copy NAME…' copies built-in files into templates/ to start changing them.")]
public sealed class ThemeOptions : ProjectOptions
{
    [Value(0, MetaName = "ACTION", Required = true, HelpText = "list, or copy.")]
    public string Action { get; set; } = "";

    [Value(1, MetaName = "NAME", HelpText = "For copy: the files to copy, as 'theme list' names them (story.sbn, partials/card.sbn, assets/style.css; 'story' and 'card' will do).")]
    public IEnumerable<string> Names { get; set; } = [];
}

/// <summary>
/// <c>divrep theme list</c> and <c>divrep theme copy NAME…</c>: what the theme of the publication is
/// made of, file by file, and a way to start overriding one built-in file without copying them all.
/// </summary>
public static class ThemeCommand
{
    public static int Run(ThemeOptions options, CliContext context)
    {
        if (options.Resolve(context) is not { } paths) return ExitCodes.Usage;
        switch (options.Action)
        {
            case "list" when options.Names.FirstOrDefault() is { } name:
                context.Error.WriteLine($"divrep theme list: takes no names (given '{Printable.Escape(name)}'): 'divrep theme list' lists every file, 'divrep theme copy NAME' copies one");
                return ExitCodes.Usage;
            case "list":
                return List(paths, context);
            case "copy":
                return Copy(paths, options.Names.ToArray(), context);
            default:
                context.Error.WriteLine($"divrep theme: '{Printable.Escape(options.Action)}' is not an action: use 'divrep theme list' or 'divrep theme copy NAME'");
                return ExitCodes.Usage;
        }
    }

    private static int List(Content.ProjectPaths paths, CliContext context)
    {
        var bag = new DiagnosticBag();
        var theme = Theme.Load(paths, bag);
        var width = theme.Files.Max(f => f.Name.Length) + 2;
        foreach (var file in theme.Files)
        {
            var from = file.BuiltIn ? "built in"
                : BuiltInTheme.File(file.Name) is null ? $"{file.Path} (the publication's own)" : $"{file.Path} (in place of the built-in file)";
            context.Out.WriteLine(file.Name.PadRight(width) + from);
        }
        DiagnosticWriter.Write(context.Out, bag.Sorted(), context.GitHubActions);
        var own = theme.Files.Count(f => !f.BuiltIn);
        context.Out.WriteLine($"theme: {DiagnosticWriter.Count(theme.Files.Count, "file")}, {own} from templates/, {theme.Files.Count - own} built in: {DiagnosticWriter.Summary(bag.Sorted())}");
        return bag.HasErrors ? ExitCodes.ContentErrors : ExitCodes.Ok;
    }

    private static int Copy(Content.ProjectPaths paths, string[] names, CliContext context)
    {
        if (names.Length == 0)
        {
            context.Error.WriteLine("divrep theme copy: name the files to copy, such as: divrep theme copy story.sbn (divrep theme list names them all)");
            return ExitCodes.Usage;
        }
        var files = new List<ThemeFile>();
        foreach (var name in names)
        {
            if (Find(name) is { } file) files.Add(file);
            else
            {
                var hint = Suggestions.Hint(name, BuiltInTheme.Files.Select(f => f.Name).ToArray(), "files");
                context.Error.WriteLine($"divrep theme copy: the built-in theme has no file '{Printable.Escape(name)}'" + (hint is null ? "" : $" ({hint})"));
                return ExitCodes.Usage;
            }
        }
        var taken = files.Where(f => File.Exists(Target(paths, f))).Select(f => "templates/" + f.Name).ToArray();
        if (taken.Length > 0)
        {
            context.Error.WriteLine($"divrep theme copy: {string.Join(", ", taken)} already {(taken.Length == 1 ? "exists" : "exist")}; nothing was written. Delete it first to start again from the built-in file");
            return ExitCodes.Usage;
        }
        foreach (var file in files.DistinctBy(f => f.Name))
        {
            var target = Target(paths, file);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            using (var stream = new FileStream(target, FileMode.CreateNew, FileAccess.Write)) stream.Write(file.Bytes);
            context.Out.WriteLine($"created templates/{file.Name}: the publication's own copy, used in place of the built-in file");
        }
        return ExitCodes.Ok;
    }

    /// <summary>The built-in file a name means: its name in the theme, its file name, or a template's name without extension.</summary>
    private static ThemeFile? Find(string name)
    {
        var trimmed = name.Replace('\\', '/').Trim().TrimStart('/');
        if (trimmed.StartsWith("templates/", StringComparison.Ordinal)) trimmed = trimmed["templates/".Length..];
        return BuiltInTheme.File(trimmed)
            ?? Single(BuiltInTheme.Files.Where(f => Path.GetFileName(f.Name) == trimmed))
            ?? Single(BuiltInTheme.Files.Where(f => f.IsTemplate && f.TemplateName == trimmed));

        static ThemeFile? Single(IEnumerable<ThemeFile> matches) => matches.Take(2).ToArray() is [var only] ? only : null;
    }

    private static string Target(Content.ProjectPaths paths, ThemeFile file) => Path.Combine(paths.Templates, file.Name.Replace('/', Path.DirectorySeparatorChar));
}
