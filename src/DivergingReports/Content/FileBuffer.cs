using System.Buffers;

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

    /// <summary>Reads to the end of the file, even when it grew since its length was asked.</summary>
    public static FileBuffer Read(string path)
    {
        using var handle = File.OpenHandle(path);
        var expected = RandomAccess.GetLength(handle);
        if (expected > Array.MaxLength) throw new IOException($"{path} is too large to read");
        var buffer = ArrayPool<byte>.Shared.Rent((int)expected + 1);
        var length = 0;
        try
        {
            while (true)
            {
                if (length == buffer.Length)
                {
                    if (length == Array.MaxLength) throw new IOException($"{path} is too large to read");
                    var larger = ArrayPool<byte>.Shared.Rent((int)Math.Min(2L * length, Array.MaxLength));
                    buffer.AsSpan(0, length).CopyTo(larger);
                    ArrayPool<byte>.Shared.Return(buffer);
                    buffer = larger;
                }
                var read = RandomAccess.Read(handle, buffer.AsSpan(length), length);
                if (read == 0) return new FileBuffer(buffer, length);
                length += read;
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
