using System.Text;
using System.Text.RegularExpressions;
using CommandLine;
using DivergingReports.Diagnostics;
using DivergingReports.Cli.Starter;
using DivergingReports.Content.Schema;
using DivergingReports.Content.Yaml;
using DivergingReports.Rendering.Templates;

namespace DivergingReports.Cli.Commands;

[Verb("init", HelpText = "Start a new publication in DIR: site.yml, content/ with a sample story (one file of each kind) and templates/ (a copy of the built-in theme to restyle; --minimal leaves it out). Never overwrites.")]
public sealed class InitOptions : VerbOptions
{
    [Value(0, MetaName = "DIR", Required = true, HelpText = "The new publication's folder; created when missing. It must not already hold site.yml, content/ or templates/.")]
    public string Directory { get; set; } = "";

    [Option("title", HelpText = "The publication's title (default: Diverging Reports); it stays editable in site.yml.")]
    public string? Title { get; set; }

    [Option("minimal", HelpText = "Write site.yml and content/ only: the site is built with the theme inside divrep (copy single files later with divrep theme copy NAME).")]
    public bool Minimal { get; set; }

    [Value(1, MetaName = "MORE", Hidden = true)]
    public IEnumerable<string> More { get; set; } = [];

    public override IEnumerable<string> Unexpected => More;
}

/// <summary>
/// <c>divrep init DIR</c>: writes the starter publication embedded in the tool (<see cref="StarterFiles"/>),
/// a full copy of the built-in theme into templates/ (unless <c>--minimal</c>) and a .gitignore into
/// DIR. Refuses, writing nothing, when DIR already looks like a publication or is a file: the command named the
/// wrong folder (exit code 2), there is no content yet to be wrong.
/// </summary>
public static partial class InitCommand
{
    private static readonly string[] Occupied = ["site.yml", "content", "templates"];

    public const string GitIgnore = "_site/\n*.divrep-cache\n*.divrep-lock\nnode_modules/\n";

    public const string NewBaseUrl = "https://example.org/";

    public static int Run(InitOptions options, CliContext context)
    {
        var title = options.Title?.Trim();
        if (title is not null && (title.Length == 0 || title.Any(char.IsControl)))
        {
            context.Error.WriteLine("divrep init: --title must be a non-empty title on one line, such as --title \"The Daily Comparison\"");
            return ExitCodes.Usage;
        }
        if (options.Directory.Trim().Length == 0)
        {
            context.Error.WriteLine("divrep init: name the new publication's folder: divrep init DIR");
            return ExitCodes.Usage;
        }

        var root = Path.GetFullPath(Path.Combine(context.WorkingDirectory, options.Directory));
        var shown = Shown(options.Directory);
        if (File.Exists(root))
        {
            context.Error.WriteLine($"divrep init: {shown} is a file, not a folder; nothing was written");
            return ExitCodes.Usage;
        }
        var taken = Occupied.Where(name => Path.Exists(Path.Combine(root, name))).ToArray();
        if (taken.Length > 0)
        {
            context.Error.WriteLine(
                $"divrep init: {shown} already holds {string.Join(", ", taken.Select(t => t == "site.yml" ? t : t + "/"))}; nothing was written. " +
                "init never overwrites a publication: name a new or empty folder");
            return ExitCodes.Usage;
        }

        var files = Files(title, options.Minimal);
        var written = Write(root, files, out var keptGitIgnore);

        context.Out.WriteLine($"divrep init: a new publication in {Under(shown, "")}");
        foreach (var path in written) context.Out.WriteLine($"created {Under(shown, path)}");
        if (keptGitIgnore)
            context.Out.WriteLine($"kept {Under(shown, ".gitignore")} as it was: add the lines _site/, *.divrep-cache and *.divrep-lock to it so the built site, its build cache and its lock are not committed");
        context.Out.WriteLine();
        context.Out.WriteLine("content/ holds a sample story: two sources, two articles, one breakdown, and the About and Methodology pages.");
        context.Out.WriteLine(options.Minimal
            ? "The site's look is divrep's built-in theme: to change one file of it, divrep theme copy NAME (divrep theme list names them)."
            : "templates/ holds a copy of divrep's built-in theme to restyle (its README lists what each template receives); delete any file you do not change, and the built-in one is used.");
        context.Out.WriteLine("schemas/ and .vscode/ give VS Code with the YAML extension (redhat.vscode-yaml) completion and checks as you type.");
        context.Out.WriteLine("Next:");
        if (shown != ".") context.Out.WriteLine($"  cd {Quoted(shown)}");
        context.Out.WriteLine("  divrep check            checks the content (0 errors, 0 warnings)");
        context.Out.WriteLine("  divrep serve            shows the site on your computer and rebuilds it after every save");
        context.Out.WriteLine("  divrep build            builds the website into _site/");
        context.Out.WriteLine("  npm ci                  installs Pagefind (it needs Node.js), then divrep build --search adds the site's search");
        context.Out.WriteLine($"  edit site.yml: title, and base_url (now {NewBaseUrl}) to the address the site will be published at");
        context.Out.WriteLine("  then replace the sample with your own: divrep new source ID, divrep import FILE, divrep new story \"Title\"");
        context.Out.WriteLine("  divrep help content     explains every field of every file");
        return ExitCodes.Ok;
    }

    /// <summary>What init writes, by path relative to the new publication, in ordinal order.</summary>
    public static IReadOnlyList<(string Path, byte[] Bytes)> Files(string? title, bool minimal = false)
    {
        IEnumerable<(string Path, byte[] Bytes)> theme = minimal ? [] : BuiltInTheme.Files.Select(f => ("templates/" + f.Name, f.Bytes));
        var files = StarterFiles.All
            .Select(f => (f.Path, Bytes: f.Path == "site.yml" ? SiteYml(f.ReadAllBytes(), title) : f.ReadAllBytes()))
            .Concat(theme)
            .Append((".gitignore", Encoding.UTF8.GetBytes(GitIgnore)))
            .Concat(EditorFiles())
            .OrderBy(f => f.Item1, StringComparer.Ordinal)
            .ToArray();
        if (!files.Any(f => f.Item1 == "site.yml")) throw new InvalidOperationException("the starter site.yml is not embedded in divrep");
        return files;
    }

    /// <summary>The JSON Schemas, and the VS Code settings that map them to the files, for checks while typing.</summary>
    private static IEnumerable<(string Path, byte[] Bytes)> EditorFiles() =>
        EditorSettings.SchemaFiles().Select(f => (EditorSettings.SchemaFolder + "/" + f.Name, f.Text))
            .Append((".vscode/settings.json", EditorSettings.SettingsJson()))
            .Append((".vscode/extensions.json", EditorSettings.ExtensionsJson()))
            .Select(f => (f.Item1, new UTF8Encoding(false).GetBytes(f.Item2)));

    /// <summary>The starter's site.yml for a new publication: its own header, example.org as the address, and the title asked for.</summary>
    public static byte[] SiteYml(byte[] starter, string? title)
    {
        var text = new UTF8Encoding(false).GetString(starter).TrimStart('\uFEFF').Replace("\r\n", "\n");
        var lines = text.Split('\n').SkipWhile(l => l.StartsWith('#')).ToList();
        var body = string.Join('\n', lines);
        body = BaseUrlLine().Replace(body, $"base_url: {NewBaseUrl}   # the address the site will be published at; a GitHub Pages project site has a sub-path: https://OWNER.github.io/REPO/", 1);
        if (title is not null)
        {
            var line = "title: " + YamlScalar.Format(title);
            body = TitleLine().IsMatch(body) ? TitleLine().Replace(body, line.Replace("$", "$$"), 1) : line + "\n" + body;
        }
        var header =
            "# The publication's settings: set title and base_url, then run divrep check.\n" +
            "# Every field is explained in the content reference: run divrep help content.\n";
        return new UTF8Encoding(false).GetBytes(header + body);
    }

    private static List<string> Write(string root, IReadOnlyList<(string Path, byte[] Bytes)> files, out bool keptGitIgnore)
    {
        keptGitIgnore = false;
        var createdDirectories = new List<string>();
        var written = new List<string>();
        try
        {
            foreach (var (path, bytes) in files)
            {
                var full = Path.Combine(root, path.Replace('/', Path.DirectorySeparatorChar));
                CreateDirectories(Path.GetDirectoryName(full)!, createdDirectories);
                if (path == ".gitignore" && Path.Exists(full))
                {
                    keptGitIgnore = !File.Exists(full) || !File.ReadAllLines(full).Any(l => l.Trim() is "_site/" or "/_site/" or "_site" or "/_site");
                    continue;
                }
                // The folder's own editor settings stay as they are: they may hold more than divrep's.
                if (path.StartsWith(".vscode/", StringComparison.Ordinal) && Path.Exists(full)) continue;
                using (var stream = new FileStream(full, FileMode.CreateNew, FileAccess.Write))
                {
                    written.Add(path);
                    stream.Write(bytes);
                }
            }
            return written;
        }
        catch
        {
            // Leave the folder as it was: remove what this run wrote, then the folders it made.
            foreach (var path in written) TryDelete(() => File.Delete(Path.Combine(root, path)));
            foreach (var dir in Enumerable.Reverse(createdDirectories)) TryDelete(() => System.IO.Directory.Delete(dir));
            throw;
        }
    }

    private static void CreateDirectories(string directory, List<string> created)
    {
        if (System.IO.Directory.Exists(directory)) return;
        var parent = Path.GetDirectoryName(directory);
        if (parent is not null) CreateDirectories(parent, created);
        System.IO.Directory.CreateDirectory(directory);
        created.Add(directory);
    }

    private static void TryDelete(Action delete)
    {
        try { delete(); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { }
    }

    /// <summary>The folder as the user named it, with forward slashes and no trailing slash.</summary>
    private static string Shown(string directory)
    {
        var shown = Printable.Escape(directory.Trim().Replace('\\', '/'));
        while (shown.Length > 1 && shown.EndsWith('/')) shown = shown[..^1];
        return shown;
    }

    private static string Under(string shown, string path) =>
        shown == "." ? (path.Length == 0 ? "./" : path) : shown.EndsWith('/') ? shown + path : shown + "/" + path;

    private static string Quoted(string path) =>
        path.Any(c => char.IsWhiteSpace(c) || c is '"' or '\'' or '$' or '&' or ';' or '(' or ')') ? "\"" + path.Replace("\"", "\\\"") + "\"" : path;

    [GeneratedRegex(@"^title:[^\n]*", RegexOptions.Multiline)]
    private static partial Regex TitleLine();

    [GeneratedRegex(@"^base_url:[^\n]*", RegexOptions.Multiline)]
    private static partial Regex BaseUrlLine();
}
