using CommandLine;
using DivergingReports.Cli.Commands;
using DivergingReports.Diagnostics;

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
            context.Error.WriteLine($"divrep: {Printable.Escape(e.Message)}");
            return ExitCodes.Usage;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // A fault of divrep's own: one line to report, and where it happened only when asked for.
            context.Error.WriteLine($"divrep: an internal error stopped the run ({e.GetType().Name}: {Printable.Escape(e.Message)}); "
                + "please report it with the command you ran" + (context.Environment("DIVREP_DEBUG") is "1" ? "" : " (DIVREP_DEBUG=1 shows where it happened)"));
            if (context.Environment("DIVREP_DEBUG") is "1")
                foreach (var line in e.ToString().Split('\n')) context.Error.WriteLine(Printable.Escape(line.TrimEnd('\r')));
            return ExitCodes.Internal;
        }
    }
}
