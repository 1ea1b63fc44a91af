using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace DivergingReports.Benchmarks;

/// <summary>
/// <c>divrep deploy</c> of a built site to a local S3 API server (s3rver, from the repository's
/// tests/validators npm packages), in a child process as CI runs it: the first deploy uploads
/// every file; the second, with nothing changed, reads the bucket's manifest and uploads nothing.
/// </summary>
public static class DeployRun
{
    private const string Bucket = "bench";

    public static (TimeSpan First, TimeSpan Again, string Log) Run(string corpus, string site, string repository)
    {
        var s3rver = Path.Combine(repository, "tests", "validators", "node_modules", "s3rver", "bin", "s3rver.js");
        if (!File.Exists(s3rver)) throw new InvalidOperationException("--deploy needs s3rver: run npm ci --prefix tests/validators --ignore-scripts");
        var folder = Directory.CreateTempSubdirectory("divrep-bench-bucket-").FullName;
        var port = FreePort();
        var settings = Path.Combine(corpus, "site.yml");
        var original = File.ReadAllText(settings);
        // --silent: no line per request, so nothing need read its output.
        using var server = Process.Start(new ProcessStartInfo("node",
            [s3rver, "-d", folder, "-a", "127.0.0.1", "-p", port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--no-vhost-buckets", "--configure-bucket", Bucket, "--silent"]))!;
        try
        {
            WaitUntilListening(port, server);
            // The deploy block names the local server; the corpus's own site.yml is put back afterwards.
            File.WriteAllText(settings, original.TrimEnd() + $"\ndeploy:\n  bucket: {Bucket}\n  endpoint: http://127.0.0.1:{port}\n  region: us-east-1\n  force_path_style: true\n");
            var (first, firstLog) = Deploy(corpus, site);
            var (again, againLog) = Deploy(corpus, site);
            return (first, again, firstLog.Trim().Split('\n')[^1] + " / " + againLog.Trim().Split('\n')[^1]);
        }
        finally
        {
            File.WriteAllText(settings, original);
            server.Kill(entireProcessTree: true);
            server.WaitForExit();
            Directory.Delete(folder, recursive: true);
        }
    }

    private static (TimeSpan Wall, string Log) Deploy(string corpus, string site)
    {
        var start = new ProcessStartInfo("dotnet", ["exec", Path.Combine(AppContext.BaseDirectory, "divrep.dll"), "deploy", "--output", site])
        {
            WorkingDirectory = corpus,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        // s3rver's fixed keys; CI=true: plain progress lines, not a line redrawn in place.
        start.Environment["AWS_ACCESS_KEY_ID"] = "S3RVER";
        start.Environment["AWS_SECRET_ACCESS_KEY"] = "S3RVER";
        start.Environment["CI"] = "true";
        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var text = process.StandardOutput.ReadToEnd() + error.GetAwaiter().GetResult();
        process.WaitForExit();
        clock.Stop();
        if (process.ExitCode != 0) throw new InvalidOperationException("divrep deploy failed:\n" + text);
        return (clock.Elapsed, text);
    }

    private static void WaitUntilListening(int port, Process server)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        while (DateTime.UtcNow < deadline)
        {
            if (server.HasExited) throw new InvalidOperationException($"s3rver exited ({server.ExitCode})");
            try
            {
                using var client = new TcpClient();
                client.Connect(IPAddress.Loopback, port);
                return;
            }
            catch (SocketException) { Thread.Sleep(100); }
        }
        throw new TimeoutException($"s3rver did not listen on port {port} within 30 s");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
