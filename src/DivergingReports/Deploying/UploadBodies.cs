using System.IO.Compression;
using System.Security.Cryptography;

namespace DivergingReports.Deploying;

/// <summary>The bytes a file is stored as: the file itself, or its gzip (the same bytes every run, so its MD5 can be compared with the bucket's ETag).</summary>
public static class UploadBodies
{
    public static byte[] Read(SiteFile file, ManifestEntry entry)
    {
        var bytes = File.ReadAllBytes(file.FullPath);
        if (entry.ContentEncoding != "gzip") return bytes;
        using var buffer = new MemoryStream(bytes.Length / 3 + 64);
        using (var gzip = new GZipStream(buffer, CompressionLevel.SmallestSize, leaveOpen: true)) gzip.Write(bytes);
        return buffer.ToArray();
    }

    /// <summary>The ETag S3 gives an object uploaded in one request: the hex MD5 of its bytes.</summary>
    public static string ETag(byte[] body) => Convert.ToHexStringLower(MD5.HashData(body));
}
