using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace DivergingReports.Analysis;

/// <summary>A report's length.</summary>
/// <param name="Key">The report's key.</param>
/// <param name="Words">Its words (letters or digits, with inner apostrophes, hyphens and dots: "didn’t", "AIM-7", "U.S." count once).</param>
/// <param name="ReadingMinutes">At <see cref="ReportLength.WordsPerMinute"/> words a minute, rounded, at least 1.</param>
public sealed record LengthInfo(string Key, int Words, int ReadingMinutes);

/// <summary>Words and reading time, counted as the story page counts them.</summary>
public static class ReportLength
{
    public const int WordsPerMinute = 230;

    public static LengthInfo Measure(string key, string text)
    {
        var words = CountWords(text);
        return new LengthInfo(key, words, Math.Max(1, (int)Math.Round(words / (double)WordsPerMinute)));
    }

    /// <summary>Counts runs of letters and digits joined by apostrophes, dots or hyphens, like the page's word count.</summary>
    /// <remarks>
    /// A letter or digit begins a word unless it continues one: right after a letter or digit, or
    /// after a joiner (', ’, ., -) that itself follows one ("didn’t", "U.S.", "AIM-7"). That makes
    /// the count a sum over characters that needs no branch, and ASCII text is counted sixteen
    /// characters at a time: this is a pass over every report's whole text.
    /// </remarks>
    public static int CountWords(string text)
    {
        var count = 0;
        var state = new WordStarts();
        var i = 0;
        if (Vector256.IsHardwareAccelerated)
        {
            ref var start = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(text.AsSpan()));
            for (; i + Vector256<ushort>.Count <= text.Length; i += Vector256<ushort>.Count)
            {
                var block = Vector256.LoadUnsafe(ref start, (nuint)i);
                if (Vector256.GreaterThanAny(block, Vector256.Create((ushort)0x7F)))
                {
                    for (var k = i; k < i + Vector256<ushort>.Count; k++) count += state.Next(text[k]);
                    continue;
                }
                var letters = Vector256.LessThanOrEqual((block | Vector256.Create((ushort)0x20)) - Vector256.Create((ushort)'a'), Vector256.Create((ushort)25));
                var digits = Vector256.LessThanOrEqual(block - Vector256.Create((ushort)'0'), Vector256.Create((ushort)9));
                var joiners = Vector256.Equals(block, Vector256.Create((ushort)'\''))
                    | Vector256.Equals(block, Vector256.Create((ushort)'.')) | Vector256.Equals(block, Vector256.Create((ushort)'-'));
                count += state.Block((letters | digits).ExtractMostSignificantBits(), joiners.ExtractMostSignificantBits());
            }
        }
        for (; i < text.Length; i++) count += state.Next(text[i]);
        return count;
    }

    /// <summary>What the characters just read say about the next: the last two letters-or-digits flags, and whether the last is a joiner.</summary>
    private struct WordStarts
    {
        private uint _previous, _beforePrevious, _joinerBefore;

        /// <summary>1 when c begins a word, else 0.</summary>
        public int Next(char c)
        {
            var letterOrDigit = (c < 0x80 ? char.IsAsciiLetterOrDigit(c) : char.IsLetterOrDigit(c)) ? 1u : 0u;
            var begins = letterOrDigit & ~(_previous | (_joinerBefore & _beforePrevious));
            _beforePrevious = _previous;
            _previous = letterOrDigit;
            _joinerBefore = c is '\'' or '\u2019' or '.' or '-' ? 1u : 0u;
            return (int)begins;
        }

        /// <summary>The words begun in a block of sixteen characters, from a bit per character (lowest first).</summary>
        public int Block(uint letterOrDigit, uint joiner)
        {
            var previous = (letterOrDigit << 1) | _previous;
            var beforePrevious = (letterOrDigit << 2) | (_previous << 1) | _beforePrevious;
            var joinerBefore = (joiner << 1) | _joinerBefore;
            var begins = letterOrDigit & ~(previous | (joinerBefore & beforePrevious)) & 0xFFFF;
            _previous = (letterOrDigit >> 15) & 1;
            _beforePrevious = (letterOrDigit >> 14) & 1;
            _joinerBefore = (joiner >> 15) & 1;
            return BitOperations.PopCount(begins);
        }
    }
}
