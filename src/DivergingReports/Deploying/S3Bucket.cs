using System.Net;
using Amazon;
using Amazon.Runtime;
using Amazon.S3;
using Amazon.S3.Model;
using DivergingReports.Diagnostics;
using DivergingReports.Model;

namespace DivergingReports.Deploying;

/// <summary>
/// A bucket of AWS S3 or of an S3-compatible service (Cloudflare R2, Backblaze B2, MinIO), through the AWS SDK.
/// Keys come from the SDK's default chain (the environment, the shared profile, a role), never from site.yml.
/// Every failure becomes a <see cref="BucketException"/> of one printable line.
/// </summary>
public sealed class S3Bucket : IBucket, IDisposable
{
    private readonly IAmazonS3 _client;
    private readonly string _bucket;
    private readonly Func<string, string?> _environment;

    private S3Bucket(IAmazonS3 client, string bucket, Func<string, string?> environment)
    {
        _client = client;
        _bucket = bucket;
        _environment = environment;
    }

    /// <summary>The bucket site.yml names, with <paramref name="credentials"/> or else the SDK's default chain.</summary>
    public static S3Bucket Open(DeploySettings settings, BucketCredentials? credentials, Func<string, string?> environment)
    {
        var config = new AmazonS3Config
        {
            ForcePathStyle = settings.ForcePathStyle,
            MaxErrorRetry = 3,
            RetryMode = RequestRetryMode.Standard,
            Timeout = TimeSpan.FromMinutes(2),
        };
        if (settings.Endpoint is { } endpoint)
        {
            config.ServiceURL = endpoint.ToString().TrimEnd('/');
            config.AuthenticationRegion = settings.Region;
            // R2, B2, MinIO and the like check what S3 requires, not the newer checksums the SDK sends by default.
            config.RequestChecksumCalculation = RequestChecksumCalculation.WHEN_REQUIRED;
            config.ResponseChecksumValidation = ResponseChecksumValidation.WHEN_REQUIRED;
        }
        else config.RegionEndpoint = RegionEndpoint.GetBySystemName(settings.Region);
        var client = credentials is null
            ? new AmazonS3Client(config)
            : new AmazonS3Client(credentials.SessionToken is { } token
                ? new SessionAWSCredentials(credentials.AccessKeyId, credentials.SecretAccessKey, token)
                : new BasicAWSCredentials(credentials.AccessKeyId, credentials.SecretAccessKey), config);
        return new S3Bucket(client, settings.Bucket, environment);
    }

    public string Describe(string key) => $"s3://{_bucket}/{key}";

    public async Task<byte[]?> ReadAsync(string key, CancellationToken cancel)
    {
        try
        {
            using var response = await _client.GetObjectAsync(new GetObjectRequest { BucketName = _bucket, Key = key }, cancel);
            using var buffer = new MemoryStream();
            await response.ResponseStream.CopyToAsync(buffer, cancel);
            return buffer.ToArray();
        }
        catch (AmazonS3Exception e) when (e.StatusCode == HttpStatusCode.NotFound && e.ErrorCode is "NoSuchKey" or null or "")
        {
            return null;
        }
        catch (Exception e) when (Translate(e, cancel) is { } failure)
        {
            throw failure;
        }
    }

    public async Task<IReadOnlyList<BucketObject>> ListAsync(string prefix, CancellationToken cancel)
    {
        try
        {
            var objects = new List<BucketObject>();
            var request = new ListObjectsV2Request { BucketName = _bucket, Prefix = prefix.Length == 0 ? null : prefix };
            while (true)
            {
                var response = await _client.ListObjectsV2Async(request, cancel);
                foreach (var o in response.S3Objects ?? [])
                    objects.Add(new BucketObject(o.Key, o.Size ?? 0, o.ETag ?? ""));
                if (response.IsTruncated != true || string.IsNullOrEmpty(response.NextContinuationToken)) return objects;
                request.ContinuationToken = response.NextContinuationToken;
            }
        }
        catch (Exception e) when (Translate(e, cancel) is { } failure)
        {
            throw failure;
        }
    }

    public async Task PutAsync(BucketUpload upload, CancellationToken cancel)
    {
        try
        {
            using var body = new MemoryStream(upload.Body, writable: false);
            var request = new PutObjectRequest
            {
                BucketName = _bucket,
                Key = upload.Key,
                InputStream = body,
                AutoCloseStream = false,
                ContentType = upload.ContentType,
                // The whole body is signed in one piece: some S3-compatible services store an aws-chunked body as it arrives.
                UseChunkEncoding = false,
            };
            request.Headers.CacheControl = upload.CacheControl;
            if (upload.ContentEncoding is { } encoding) request.Headers.ContentEncoding = encoding;
            await _client.PutObjectAsync(request, cancel);
        }
        catch (Exception e) when (Translate(e, cancel) is { } failure)
        {
            throw failure;
        }
    }

    public async Task DeleteAsync(string key, CancellationToken cancel)
    {
        try
        {
            await _client.DeleteObjectAsync(new DeleteObjectRequest { BucketName = _bucket, Key = key }, cancel);
        }
        catch (Exception e) when (Translate(e, cancel) is { } failure)
        {
            throw failure;
        }
    }

    /// <summary>The SDK's exception as one line without credentials, and whether trying again may help; null for a cancellation asked for.</summary>
    private BucketException? Translate(Exception e, CancellationToken cancel)
    {
        if (e is OperationCanceledException && cancel.IsCancellationRequested) return null;
        var (message, transient) = e switch
        {
            // Not asked for: the request's own time ran out.
            OperationCanceledException => ("the request timed out", true),
            AmazonS3Exception { ErrorCode: "NoSuchBucket" } => ($"the bucket '{_bucket}' does not exist (check deploy.bucket, deploy.region and deploy.endpoint in site.yml)", false),
            AmazonS3Exception { ErrorCode: "InvalidAccessKeyId" or "SignatureDoesNotMatch" } s =>
                ($"the storage service refused the keys ({s.ErrorCode}): check AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, or the AWS profile", false),
            AmazonS3Exception { StatusCode: HttpStatusCode.Forbidden } s =>
                ($"access denied ({s.ErrorCode}): the keys may not write to '{_bucket}'", false),
            AmazonServiceException s => ($"{(int)s.StatusCode} {s.ErrorCode}: {s.Message}",
                (int)s.StatusCode >= 500 || s.StatusCode == HttpStatusCode.TooManyRequests || s.ErrorCode is "SlowDown" or "RequestTimeout" or "Throttling"),
            AmazonClientException c when c.Message.Contains("credentials", StringComparison.OrdinalIgnoreCase) =>
                ("no AWS credentials found: set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY (or AWS_PROFILE) in the environment", false),
            HttpRequestException or IOException or TimeoutException => (Innermost(e), true),
            AmazonClientException c => (Innermost(c), c.InnerException is HttpRequestException or IOException or TimeoutException),
            _ => ((string?)null, false),
        };
        if (message is null) return null;
        return new BucketException(Printable.Escape(BucketCredentials.Redact(message, _environment)), transient, e);
    }

    private static string Innermost(Exception e)
    {
        var messages = new List<string>();
        for (var x = e; x is not null; x = x.InnerException)
            if (!messages.Contains(x.Message)) messages.Add(x.Message);
        return string.Join(": ", messages).Replace('\n', ' ').Replace('\r', ' ');
    }

    public void Dispose() => _client.Dispose();
}
