using System.Globalization;
using System.Runtime.InteropServices;
using CommandLine;
using DivergingReports.Content;
using DivergingReports.Deploying;
using DivergingReports.Diagnostics;

namespace DivergingReports.Cli.Commands;

[Verb("deploy", HelpText = "Publish the built site (_site/, or --output DIR) to the S3-compatible bucket of site.yml's deploy block: uploads only what changed and deletes what the site no longer has. Keys come from the environment (AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY) or the AWS profile, never from site.yml.")]
public sealed class DeployOptions : ProjectOptions
{
    [Option('o', "output", HelpText = "The built site to publish. Default: _site in the publication's folder.")]
    public string? Output { get; set; }

    [Option("dry-run", HelpText = "List what would be uploaded and deleted, and change nothing.")]
    public bool DryRun { get; set; }

    [Value(0, MetaName = "MORE", Hidden = true)]
    public IEnumerable<string> More { get; set; } = [];

    public override IEnumerable<string> Unexpected => More;
}

/// <summary>
/// <c>divrep deploy</c>: the built site to the bucket, as <see cref="Deployer"/> plans and orders it. Every
/// failure is one line (credentials redacted, control characters escaped); nothing here reads a key from a file.
/// </summary>
public static class DeployCommand
{
    public static int Run(DeployOptions options, CliContext context)
    {
        if (options.Resolve(context) is not { } paths) return ExitCodes.Usage;
        var bag = new DiagnosticBag();
        var site = PublicationLoader.LoadSite(paths, bag);
        var diagnostics = bag.Sorted();
        DiagnosticWriter.Write(context.Out, diagnostics, context.GitHubActions);
        if (diagnostics.Any(d => d.IsError))
        {
            context.Out.WriteLine($"deploy: site.yml has {DiagnosticWriter.Summary(diagnostics)}; nothing was deployed");
            return ExitCodes.ContentErrors;
        }
        if (site.Deploy is not { } settings)
        {
            context.Error.WriteLine("divrep deploy: site.yml has no deploy block: add one naming the bucket (deploy: { bucket: my-site, region: eu-west-1 }); "
                + "README.md, \"Publish to S3-compatible storage\", shows AWS S3 and Cloudflare R2");
            return ExitCodes.Usage;
        }
        var output = Path.GetFullPath(Path.Combine(context.WorkingDirectory, options.Output ?? Path.Combine(paths.Root, "_site")));
        if (!Directory.Exists(output) || !File.Exists(Path.Combine(output, "index.html")))
        {
            context.Error.WriteLine($"divrep deploy: no built site in {Printable.Escape(paths.Relative(output))}: run divrep build first"
                + (options.Output is null ? "" : ", with the same --output"));
            return ExitCodes.Usage;
        }

        using var stop = new CancellationTokenSource();
        void Stop(PosixSignalContext signal) { signal.Cancel = true; stop.Cancel(); }
        using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop);
        using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop);

        using var bucket = S3Bucket.Open(settings, BucketCredentials.FromEnvironment(context.Environment), context.Environment);
        var target = DeployTarget.From(settings);
        var where = bucket.Describe(target.Prefix);
        var progress = new Progress(context);
        try
        {
            var deployer = new Deployer(bucket, target, progress) { Note = note => context.Out.WriteLine("deploy: " + Clean(note, context)) };
            var files = SiteFiles.Scan(output, stop.Token);
            var plan = deployer.PlanAsync(files, stop.Token).GetAwaiter().GetResult();
            if (options.DryRun) return DryRun(plan, deployer, where, context);
            if (plan.NothingToDo)
            {
                context.Out.WriteLine($"deploy: {where} is up to date ({DiagnosticWriter.Count(plan.Unchanged, "file")}); nothing to upload or delete");
                return ExitCodes.Ok;
            }
            var outcome = deployer.RunAsync(plan, stop.Token).GetAwaiter().GetResult();
            progress.Finish();
            context.Out.WriteLine($"deploy: {where}: {outcome.Uploaded} uploaded, {outcome.Deleted} deleted, {outcome.Unchanged} unchanged");
            return ExitCodes.Ok;
        }
        catch (DeployException e)
        {
            progress.Finish();
            context.Error.WriteLine($"divrep deploy: {Clean(e.Message, context)}");
            return ExitCodes.ContentErrors;
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            progress.Finish();
            context.Error.WriteLine($"divrep deploy: stopped; {where} still serves a whole site (the previous one, with some new files), and the next divrep deploy finishes the job");
            return ExitCodes.ContentErrors;
        }
    }

    private static int DryRun(DeployPlan plan, Deployer deployer, string where, CliContext context)
    {
        foreach (var upload in plan.Uploads)
            context.Out.WriteLine($"upload {Printable.Escape(upload.Path)} ({(upload.IsNew ? "new" : "changed")})");
        foreach (var path in plan.Deletes)
            context.Out.WriteLine($"delete {Printable.Escape(path)}");
        try
        {
            deployer.CheckDeletes(plan);
        }
        catch (DeployException e)
        {
            context.Error.WriteLine($"divrep deploy: {Clean(e.Message, context)}");
            return ExitCodes.ContentErrors;
        }
        context.Out.WriteLine($"deploy: dry run for {where}: {plan.Uploads.Count} to upload, {plan.Deletes.Count} to delete, {plan.Unchanged} unchanged; nothing was changed");
        return ExitCodes.Ok;
    }

    /// <summary>A message as it may be printed: no credential from the environment, no control character.</summary>
    private static string Clean(string message, CliContext context) => Printable.Escape(BucketCredentials.Redact(message, context.Environment));

    /// <summary>
    /// On a terminal, one line that updates in place; elsewhere (a CI log, a pipe) a plain line at every tenth of the
    /// work, so the log shows progress without a line per file.
    /// </summary>
    private sealed class Progress(CliContext context) : IDeployProgress
    {
        private readonly bool _terminal = ReferenceEquals(context.Out, Console.Out) && !Console.IsOutputRedirected
            && context.Environment("CI") is not "true" && context.Environment("TERM") is not "dumb";
        private readonly Lock _lock = new();
        private int _lastTenth = -1;
        private string? _lastVerb;
        private bool _open;

        public void Uploaded(PlannedUpload upload, int done, int total) => Step("uploaded", done, total);

        public void Deleted(string path, int done, int total) => Step("deleted", done, total);

        public void Retrying(string what, int attempt, string reason)
        {
            lock (_lock)
            {
                EndLine();
                context.Out.WriteLine($"deploy: trying again ({attempt}) to {Clean(what, context)}: {Clean(reason, context)}");
            }
        }

        private void Step(string verb, int done, int total)
        {
            lock (_lock)
            {
                var line = string.Create(CultureInfo.InvariantCulture, $"deploy: {verb} {done:N0} of {total:N0} {(total == 1 ? "file" : "files")}");
                if (_terminal)
                {
                    context.Out.Write("\r" + line + "\u001b[K");
                    _open = true;
                    if (done == total) EndLine();
                    return;
                }
                // Parallel uploads report out of order: only a tenth further than the last one printed makes a line.
                var tenth = total == 0 ? 10 : done * 10 / total;
                if (verb != _lastVerb) (_lastVerb, _lastTenth) = (verb, -1);
                if (tenth <= _lastTenth) return;
                _lastTenth = tenth;
                context.Out.WriteLine(line);
            }
        }

        private void EndLine()
        {
            if (!_open) return;
            context.Out.WriteLine();
            _open = false;
        }

        public void Finish()
        {
            lock (_lock) EndLine();
        }
    }
}
