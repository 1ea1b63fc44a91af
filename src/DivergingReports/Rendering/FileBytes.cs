using System.Buffers;
using System.Text;

namespace DivergingReports.Rendering;

/// <summary>
/// The bytes of one site file while it is made, in a buffer rented from a pool: a 10,000-story site
/// has thousands of pages larger than the collector's large-object threshold, and renting keeps them
/// from piling up as garbage.
/// </summary>
public sealed class FileBytes : IBufferWriter<byte>, IDisposable
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);
    private byte[] _buffer = ArrayPool<byte>.Shared.Rent(64 * 1024);
    private int _length;

    public ReadOnlySpan<byte> Span => _buffer.AsSpan(0, _length);

    public int Length => _length;

    public void Write(ReadOnlySpan<byte> bytes) => BuffersExtensions.Write(this, bytes);

    /// <summary>Appends <paramref name="text"/> as UTF-8.</summary>
    public void WriteText(ReadOnlySpan<char> text)
    {
        var span = GetSpan(Utf8.GetMaxByteCount(text.Length));
        Advance(Utf8.GetBytes(text, span));
    }

    public void Advance(int count) => _length += count;

    public Memory<byte> GetMemory(int sizeHint = 0) { Ensure(sizeHint); return _buffer.AsMemory(_length); }

    public Span<byte> GetSpan(int sizeHint = 0) { Ensure(sizeHint); return _buffer.AsSpan(_length); }

    public byte[] ToArray() => Span.ToArray();

    private void Ensure(int sizeHint)
    {
        var needed = _length + Math.Max(sizeHint, 1);
        if (needed <= _buffer.Length) return;
        var larger = ArrayPool<byte>.Shared.Rent(Math.Max(needed, _buffer.Length * 2));
        Span.CopyTo(larger);
        ArrayPool<byte>.Shared.Return(_buffer);
        _buffer = larger;
    }

    public void Dispose()
    {
        if (_buffer.Length == 0) return;
        ArrayPool<byte>.Shared.Return(_buffer);
        _buffer = [];
        _length = 0;
    }
}
