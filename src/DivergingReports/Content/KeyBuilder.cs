using System.IO.Hashing;
using System.Runtime.InteropServices;

namespace DivergingReports.Content;

/// <summary>Hashes a sequence of strings and hashes; each part is length-prefixed so ("ab","c") and ("a","bc") differ.</summary>
public sealed class KeyBuilder
{
    private readonly XxHash128 _hash = new();

    public KeyBuilder Add(string text)
    {
        Add(text.Length);
        _hash.Append(MemoryMarshal.AsBytes(text.AsSpan()));
        return this;
    }

    public KeyBuilder Add(UInt128 value)
    {
        Span<byte> bytes = stackalloc byte[16];
        MemoryMarshal.Write(bytes, in value);
        _hash.Append(bytes);
        return this;
    }

    public KeyBuilder Add(long value)
    {
        Span<byte> bytes = stackalloc byte[8];
        MemoryMarshal.Write(bytes, in value);
        _hash.Append(bytes);
        return this;
    }

    public UInt128 Hash => _hash.GetCurrentHashAsUInt128();
}
