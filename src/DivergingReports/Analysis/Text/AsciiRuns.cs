using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace DivergingReports.Analysis;

/// <summary>Runs of ASCII letters and digits, the bulk of every word, read sixteen characters at a time.</summary>
internal static class AsciiRuns
{
    /// <summary>The first position from <paramref name="i"/> that is not an ASCII letter or digit (the text's length if none).</summary>
    public static int SkipLettersAndDigits(string text, int i)
    {
        if (Vector256.IsHardwareAccelerated)
        {
            ref var chars = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(text.AsSpan()));
            for (; i + Vector256<ushort>.Count <= text.Length; i += Vector256<ushort>.Count)
            {
                var block = Vector256.LoadUnsafe(ref chars, (nuint)i);
                var letters = Vector256.LessThanOrEqual((block | Vector256.Create((ushort)0x20)) - Vector256.Create((ushort)'a'), Vector256.Create((ushort)25));
                var digits = Vector256.LessThanOrEqual(block - Vector256.Create((ushort)'0'), Vector256.Create((ushort)9));
                var others = ~(letters | digits).ExtractMostSignificantBits() & 0xFFFFu;
                if (others != 0) return i + BitOperations.TrailingZeroCount(others);
            }
        }
        while (i < text.Length && char.IsAsciiLetterOrDigit(text[i])) i++;
        return i;
    }
}
