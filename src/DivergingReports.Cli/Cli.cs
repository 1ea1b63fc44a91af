using CommandLine;
using DivergingReports.Cli.Commands;

namespace DivergingReports.Cli;

/// <summary>The <c>divrep</c> command line: parses the verb and hands over to its command.</summary>
public static class Cli
{
    public static int Run(string[] args, CliContext context)
    {
        using var parser = new Parser(settings =>
        {
            settings.HelpWriter = context.Error;
            settings.AutoVersion = true;
            settings.CaseSensitive = true;
        });
        try
        {
            return parser.ParseArguments<BuildOptions, CheckOptions, ImportVerbOptions, InitOptions, NewOptions, ServeOptions, ThemeOptions>(args).MapResult(
                (BuildOptions o) => BuildCommand.Run(o, context),
                (CheckOptions o) => CheckCommand.Run(o, context),
                (ImportVerbOptions o) => ImportCommand.Run(o, context),
                (InitOptions o) => InitCommand.Run(o, context),
                (NewOptions o) => NewCommand.Run(o, context),
                (ServeOptions o) => ServeCommand.Run(o, context),
                (ThemeOptions o) => ThemeCommand.Run(o, context),
                errors => errors.All(e => e.Tag is ErrorType.HelpRequestedError or ErrorType.HelpVerbRequestedError or ErrorType.VersionRequestedError)
                    ? ExitCodes.Ok
                    : ExitCodes.Usage);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The disk, not the content: say what failed without a stack trace.
            context.Error.WriteLine($"divrep: {e.Message}");
            return ExitCodes.Usage;
        }
    }
}
