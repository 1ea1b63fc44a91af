namespace DivergingReports.Deploying;

/// <summary>An object the bucket holds, as a listing tells it: the key, the stored size and the ETag (the MD5 of its bytes for a single upload).</summary>
public sealed record BucketObject(string Key, long Size, string ETag);

/// <summary>One object to store: the bytes as uploaded (compressed when <see cref="ManifestEntry.ContentEncoding"/> says so) and their headers.</summary>
public sealed record BucketUpload(string Key, byte[] Body, string ContentType, string CacheControl, string? ContentEncoding);

/// <summary>
/// The storage a site is deployed to. <see cref="S3Bucket"/> is the real one; the plan and the deployer
/// see only this, so a test can stand a failing bucket in front of a real one.
/// </summary>
public interface IBucket
{
    /// <summary>A description for messages, such as s3://bucket/prefix/.</summary>
    string Describe(string key);

    /// <summary>The object's bytes, or null when the bucket has no such object.</summary>
    Task<byte[]?> ReadAsync(string key, CancellationToken cancel);

    /// <summary>Every object whose key starts with <paramref name="prefix"/>.</summary>
    Task<IReadOnlyList<BucketObject>> ListAsync(string prefix, CancellationToken cancel);

    Task PutAsync(BucketUpload upload, CancellationToken cancel);

    Task DeleteAsync(string key, CancellationToken cancel);
}

/// <summary>
/// The bucket refused or could not be reached. <see cref="Exception.Message"/> is one line, without
/// credentials; <see cref="Transient"/> says whether trying again may help (a timeout, a 5xx, throttling).
/// </summary>
public sealed class BucketException(string message, bool transient, Exception? inner = null) : Exception(message, inner)
{
    public bool Transient { get; } = transient;
}
