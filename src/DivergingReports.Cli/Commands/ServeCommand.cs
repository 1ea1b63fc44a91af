using System.Runtime.InteropServices;
using CommandLine;
using DivergingReports.Diagnostics;
using DivergingReports.Rendering.Templates;
using DivergingReports.Search;
using DivergingReports.Serving;

namespace DivergingReports.Cli.Commands;

[Verb("serve", HelpText = "Build the site, serve it on 127.0.0.1 and rebuild and reload the browser after every change.")]
public sealed class ServeOptions : ProjectOptions
{
    [Option('p', "port", Default = 4000, HelpText = "The port to serve on.")]
    public int Port { get; set; } = 4000;

    [Option("drafts", HelpText = "Include stories marked draft: true.")]
    public bool Drafts { get; set; }

    [Option("search", HelpText = "Make the search index with Pagefind (installed by npm ci in the publication's folder), as site.yml's search: true does; it is made again in the background after edits.")]
    public bool Search { get; set; }

    [Value(0, MetaName = "MORE", Hidden = true)]
    public IEnumerable<string> More { get; set; } = [];

    public override IEnumerable<string> Unexpected => More;
}

public static class ServeCommand
{
    public static int Run(ServeOptions options, CliContext context)
    {
        if (options.Resolve(context) is not { } paths) return ExitCodes.Usage;
        if (options.Port is < 1 or > 65535)
        {
            context.Error.WriteLine($"divrep serve: --port {options.Port} is not a port number (1-65535)");
            return ExitCodes.Usage;
        }
        return RunAsync(options, context, paths).GetAwaiter().GetResult();
    }

    private static async Task<int> RunAsync(ServeOptions options, CliContext context, Content.ProjectPaths paths)
    {
        PreviewHost host;
        try
        {
            host = await PreviewHost.StartAsync(paths, ScribanTemplateSet.Load, options.Port, options.Drafts, context.Out, context.GitHubActions, search: options.Search);
        }
        catch (PagefindMissingException e)
        {
            context.Error.WriteLine($"divrep serve: search needs Pagefind, but {Printable.Escape(e.Reason)}: {Pagefind.InstallHint}, or serve without search");
            return ExitCodes.Usage;
        }
        catch (PortInUseException e)
        {
            context.Error.WriteLine($"divrep serve: port {e.Port} is already in use by another program: stop it, or pass another port, such as --port {e.Port + 1}");
            return ExitCodes.Usage;
        }

        await using (host)
        {
            context.Out.WriteLine($"Serving {host.Address} — watching site.yml, content/ and templates/. Press Ctrl+C to stop.");
            context.Out.Flush();
            var stop = new TaskCompletionSource();
            // Ctrl+C, and a service manager's or container's SIGTERM, stop the server cleanly (its private folder is removed).
            void Stop(PosixSignalContext signal) { signal.Cancel = true; stop.TrySetResult(); }
            using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop);
            using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop);
            using var quit = PosixSignalRegistration.Create(PosixSignal.SIGQUIT, Stop);
            await stop.Task;
        }
        return ExitCodes.Ok;
    }
}
