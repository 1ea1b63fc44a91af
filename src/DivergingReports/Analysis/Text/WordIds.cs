using System.Runtime.InteropServices;

namespace DivergingReports.Analysis;

/// <summary>Sequences of word ids (<see cref="Lexeme.Id"/>) compared by their contents.</summary>
internal sealed class WordIds : IEqualityComparer<int[]>
{
    public static readonly WordIds Comparer = new();

    public bool Equals(int[]? x, int[]? y) => x.AsSpan().SequenceEqual(y);

    public int GetHashCode(int[] ids)
    {
        var hash = new HashCode();
        hash.AddBytes(MemoryMarshal.AsBytes(ids.AsSpan()));
        return hash.ToHashCode();
    }
}
