using System.Buffers;
using System.Text;

namespace DivergingReports.Rendering;

/// <summary>A template's output as characters in a pooled buffer, so a large page is not one more large string to collect.</summary>
public sealed class PageText : TextWriter
{
    private char[] _chars = ArrayPool<char>.Shared.Rent(32 * 1024);
    private int _length;

    public override Encoding Encoding => Encoding.UTF8;

    public ReadOnlySpan<char> Chars => _chars.AsSpan(0, _length);

    public override void Write(char value)
    {
        Ensure(1);
        _chars[_length++] = value;
    }

    public override void Write(string? value) => Write(value.AsSpan());

    public override void Write(char[] buffer, int index, int count) => Write(buffer.AsSpan(index, count));

    public override void Write(ReadOnlySpan<char> buffer)
    {
        Ensure(buffer.Length);
        buffer.CopyTo(_chars.AsSpan(_length));
        _length += buffer.Length;
    }

    public override string ToString() => new(Chars);

    private void Ensure(int count)
    {
        if (_length + count <= _chars.Length) return;
        var larger = ArrayPool<char>.Shared.Rent(Math.Max(_length + count, _chars.Length * 2));
        Chars.CopyTo(larger);
        ArrayPool<char>.Shared.Return(_chars);
        _chars = larger;
    }

    protected override void Dispose(bool disposing)
    {
        if (_chars.Length > 0) ArrayPool<char>.Shared.Return(_chars);
        _chars = [];
        _length = 0;
        base.Dispose(disposing);
    }
}
