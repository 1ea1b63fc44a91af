using System.Buffers;
using DivergingReports.Content.Files;

namespace DivergingReports.Content;

/// <summary>
/// A whole file's bytes in a buffer borrowed from the shared pool, given back on Dispose. A build
/// reads every content file once to load it and every article again to render it: hundreds of
/// megabytes that, read into new arrays, would only keep the garbage collector busy.
/// </summary>
internal readonly struct FileBuffer : IDisposable
{
    private readonly byte[] _buffer;
    private readonly int _length;

    private FileBuffer(byte[] buffer, int length) => (_buffer, _length) = (buffer, length);

    public ReadOnlySpan<byte> Bytes => _buffer.AsSpan(0, _length);

    /// <summary>
    /// Reads to the end of a regular file (<see cref="RegularFile"/>) of at most <paramref name="maxBytes"/>,
    /// even when it grew since its length was asked; one that grows past the limit is refused.
    /// </summary>
    /// <exception cref="FileRefusedException">Not a regular file, or larger than <paramref name="maxBytes"/>.</exception>
    public static FileBuffer Read(string path, long maxBytes)
    {
        maxBytes = Math.Min(maxBytes, Array.MaxLength - 1);
        using var handle = RegularFile.Open(path, maxBytes, out var expected);
        var buffer = ArrayPool<byte>.Shared.Rent((int)expected + 1);
        var length = 0;
        try
        {
            while (true)
            {
                if (length == buffer.Length)
                {
                    var larger = ArrayPool<byte>.Shared.Rent((int)Math.Min(2L * length, maxBytes + 1));
                    buffer.AsSpan(0, length).CopyTo(larger);
                    ArrayPool<byte>.Shared.Return(buffer);
                    buffer = larger;
                }
                var read = RandomAccess.Read(handle, buffer.AsSpan(length), length);
                if (read == 0) return new FileBuffer(buffer, length);
                length += read;
                if (length > maxBytes) throw new FileRefusedException(path, FileKind.Regular, length, maxBytes);
            }
        }
        catch
        {
            ArrayPool<byte>.Shared.Return(buffer);
            throw;
        }
    }

    public void Dispose() => ArrayPool<byte>.Shared.Return(_buffer);
}
