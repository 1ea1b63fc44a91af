using System.Collections.Concurrent;
using System.IO.Hashing;

namespace DivergingReports.Content;

/// <summary>
/// The hash of each content file's bytes as it was loaded, by project-relative path: a page is
/// rendered again only when the hashes of the files it shows change.
/// </summary>
public sealed class ContentHashes
{
    private readonly ConcurrentDictionary<string, UInt128> _hashes = new(StringComparer.Ordinal);

    /// <summary>The hash of the file at <paramref name="path"/>; zero for a file that was not read.</summary>
    public UInt128 Of(string path) => _hashes.GetValueOrDefault(path);

    public IReadOnlyDictionary<string, UInt128> All => _hashes;

    public static UInt128 Hash(ReadOnlySpan<byte> bytes) => XxHash128.HashToUInt128(bytes);

    internal void Record(string path, ReadOnlySpan<byte> bytes) => _hashes[path] = Hash(bytes);

    internal void Record(string path, UInt128 hash) => _hashes[path] = hash;
}
