using CommandLine;
using DivergingReports.Diagnostics;
using DivergingReports.Content;

namespace DivergingReports.Cli.Commands;

/// <summary>The option every command shares: which publication to work on.</summary>
public abstract class ProjectOptions : VerbOptions
{
    [Option('C', "project", HelpText = "The publication's folder (the one holding site.yml). Default: the current folder.")]
    public string? Project { get; set; }

    /// <summary>The project's paths, or null (reported) when the folder is not a publication.</summary>
    public ProjectPaths? Resolve(CliContext context)
    {
        var root = Path.GetFullPath(Path.Combine(context.WorkingDirectory, Project ?? "."));
        var paths = new ProjectPaths(root);
        if (paths.IsProject) return paths;
        context.Error.WriteLine($"divrep: no site.yml in {Printable.Escape(root)}: run divrep in the publication's folder, or pass --project DIR");
        return null;
    }
}
