using CommandLine;
using DivergingReports.Cli.Commands;
using DivergingReports.Diagnostics;

namespace DivergingReports.Cli;

/// <summary>The <c>divrep</c> command line: parses the verb and hands over to its command.</summary>
public static class Cli
{
    public static int Run(string[] args, CliContext context)
    {
        // The parser answers help and version itself only for its first argument and writes them where
        // HelpWriter says, both to stderr; divrep answers them here so they go to stdout, anywhere in the line.
        using var parser = new Parser(settings =>
        {
            settings.HelpWriter = null;
            settings.AutoHelp = true;
            settings.AutoVersion = false;
            settings.CaseSensitive = true;
        });
        try
        {
            if (args.Length == 0)
            {
                context.Error.Write(Usage.Help(parser, ["help"]));
                return ExitCodes.Usage;
            }
            if (args[0] == "--version")
            {
                if (args.Length > 1) return Usage.Fail(context, null, "--version takes nothing else: divrep --version");
                context.Out.WriteLine(Usage.Version);
                return ExitCodes.Ok;
            }
            if (Usage.HelpRequest(args) is { } request)
            {
                if (request.Error is { } wrong) return Usage.Fail(context, null, wrong);
                context.Out.Write(Usage.Help(parser, request.Args));
                return ExitCodes.Ok;
            }

            if (Usage.Verbs.FirstOrDefault(v => Usage.Name(v) == args[0]) is { } verb && Usage.WithoutValue(verb, args) is { } bare)
                return Usage.Fail(context, verb, $"{bare} needs a value");
            var result = parser.ParseArguments(args, Usage.Verbs);
            if (result is NotParsed<object> failed) return Usage.Fail(context, failed);
            var options = (VerbOptions)((Parsed<object>)result).Value;
            if (options.Unexpected.FirstOrDefault() is { } extra)
                return Usage.Fail(context, options.GetType(), $"unexpected '{Printable.Escape(extra)}'");
            return options switch
            {
                BuildOptions o => BuildCommand.Run(o, context),
                CheckOptions o => CheckCommand.Run(o, context),
                DeployOptions o => DeployCommand.Run(o, context),
                ImportVerbOptions o => ImportCommand.Run(o, context),
                InitOptions o => InitCommand.Run(o, context),
                NewOptions o => NewCommand.Run(o, context),
                SchemaOptions o => SchemaCommand.Run(o, context),
                ServeOptions o => ServeCommand.Run(o, context),
                ThemeOptions o => ThemeCommand.Run(o, context),
                _ => throw new InvalidOperationException($"no command runs {options.GetType().Name}"),
            };
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
