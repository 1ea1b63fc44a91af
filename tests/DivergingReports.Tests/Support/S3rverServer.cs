using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Amazon.Runtime;
using Amazon.S3;
using Amazon.S3.Model;

namespace DivergingReports.Tests.Support;

/// <summary>
/// A real S3 API server (s3rver, from tests/validators) on a free loopback port with its own temporary
/// folder, started on first use by a test class and stopped at dispose. Tests get a fresh bucket each
/// (<see cref="NewBucket"/>) and a client to look into it as a reader's CDN would.
/// </summary>
public sealed class S3rverServer : IDisposable
{
    /// <summary>The keys s3rver accepts.</summary>
    public const string AccessKey = "S3RVER";
    public const string SecretKey = "S3RVER";

    private readonly Lock _lock = new();
    private Process? _process;
    private string? _folder;
    private AmazonS3Client? _client;
    private readonly System.Text.StringBuilder _log = new();

    public int Port { get; private set; }
    public string Endpoint => $"http://127.0.0.1:{Port}";

    /// <summary>The environment divrep deploy reads its keys from.</summary>
    public static Dictionary<string, string> Keys => new() { ["AWS_ACCESS_KEY_ID"] = AccessKey, ["AWS_SECRET_ACCESS_KEY"] = SecretKey };

    public AmazonS3Client Client
    {
        get
        {
            EnsureStarted();
            return _client!;
        }
    }

    /// <summary>Starts the server (once); skips the test when Node.js or s3rver is missing (fails it under CI).</summary>
    public void EnsureStarted()
    {
        var node = Tools.Require(Tool.Node);
        var s3rver = Tools.Require(Tool.S3rver);
        lock (_lock)
        {
            if (_process is { HasExited: false }) return;
            _folder = Scratch.NewPath("divrep-s3rver-");
            Directory.CreateDirectory(_folder);
            Port = FreePort();
            var start = new ProcessStartInfo(node)
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                RedirectStandardInput = true,
                UseShellExecute = false,
            };
            foreach (var arg in new[] { s3rver, "-d", _folder, "-a", "127.0.0.1", "-p", Port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--no-vhost-buckets" })
                start.ArgumentList.Add(arg);
            _process = Process.Start(start) ?? throw new InvalidOperationException("could not start s3rver");
            _process.OutputDataReceived += (_, e) => { lock (_log) _log.AppendLine(e.Data); };
            _process.ErrorDataReceived += (_, e) => { lock (_log) _log.AppendLine(e.Data); };
            _process.BeginOutputReadLine();
            _process.BeginErrorReadLine();
            WaitUntilAnswering();
            _client = new AmazonS3Client(new BasicAWSCredentials(AccessKey, SecretKey), new AmazonS3Config
            {
                ServiceURL = Endpoint,
                ForcePathStyle = true,
                AuthenticationRegion = "us-east-1",
                RequestChecksumCalculation = RequestChecksumCalculation.WHEN_REQUIRED,
                ResponseChecksumValidation = ResponseChecksumValidation.WHEN_REQUIRED,
            });
        }
    }

    private void WaitUntilAnswering()
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        while (DateTime.UtcNow < deadline)
        {
            if (_process!.HasExited) throw new InvalidOperationException($"s3rver exited ({_process.ExitCode}):\n{_log}");
            try
            {
                // Any HTTP answer (s3rver says 403 to an unsigned request) means it is listening.
                using var response = http.GetAsync(Endpoint + "/").GetAwaiter().GetResult();
                return;
            }
            catch (HttpRequestException) { Thread.Sleep(100); }
            catch (TaskCanceledException) { Thread.Sleep(100); }
        }
        throw new TimeoutException($"s3rver did not answer on {Endpoint} within 30 s:\n{_log}");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>A new, empty bucket.</summary>
    public string NewBucket()
    {
        var name = "site-" + Guid.NewGuid().ToString("N")[..16];
        Client.PutBucketAsync(new PutBucketRequest { BucketName = name }).GetAwaiter().GetResult();
        return name;
    }

    /// <summary>Every object of the bucket under <paramref name="prefix"/>: key → bytes as stored.</summary>
    public SortedDictionary<string, byte[]> Objects(string bucket, string prefix = "")
    {
        var objects = new SortedDictionary<string, byte[]>(StringComparer.Ordinal);
        var request = new ListObjectsV2Request { BucketName = bucket, Prefix = prefix.Length == 0 ? null : prefix };
        while (true)
        {
            var page = Client.ListObjectsV2Async(request).GetAwaiter().GetResult();
            foreach (var o in page.S3Objects ?? [])
                objects[o.Key] = Read(bucket, o.Key)!;
            if (page.IsTruncated != true) return objects;
            request.ContinuationToken = page.NextContinuationToken;
        }
    }

    public byte[]? Read(string bucket, string key)
    {
        try
        {
            using var response = Client.GetObjectAsync(bucket, key).GetAwaiter().GetResult();
            using var buffer = new MemoryStream();
            response.ResponseStream.CopyTo(buffer);
            return buffer.ToArray();
        }
        catch (AmazonS3Exception e) when (e.StatusCode == HttpStatusCode.NotFound)
        {
            return null;
        }
    }

    public GetObjectMetadataResponse Head(string bucket, string key) =>
        Client.GetObjectMetadataAsync(bucket, key).GetAwaiter().GetResult();

    public void Dispose()
    {
        _client?.Dispose();
        if (_process is { } process)
        {
            try { if (!process.HasExited) process.Kill(entireProcessTree: true); process.WaitForExit(5000); }
            catch (InvalidOperationException) { }
            process.Dispose();
        }
        if (_folder is not null)
        {
            try { Directory.Delete(_folder, recursive: true); }
            catch (IOException) { }
        }
    }
}
