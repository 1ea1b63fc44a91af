namespace DivergingReports.Analysis;

/// <summary>
/// Folded words joined by single spaces, the key of a phrase in the word lists, written into a
/// caller's buffer so that looking a phrase up allocates nothing.
/// </summary>
internal static class WordKey
{
    /// <summary>A buffer for <see cref="Join"/> of at most this many characters stays on the stack.</summary>
    public const int StackLimit = 256;

    public static int Length(IReadOnlyList<string> words)
    {
        var length = words.Count - 1;
        // By index: a foreach over the interface would allocate an enumerator for every phrase looked up.
        for (var i = 0; i < words.Count; i++) length += words[i].Length;
        return Math.Max(length, 0);
    }

    /// <summary>Writes the key into <paramref name="buffer"/> (at least <see cref="Length"/> long) and returns it.</summary>
    public static ReadOnlySpan<char> Join(IReadOnlyList<string> words, Span<char> buffer)
    {
        var n = 0;
        for (var i = 0; i < words.Count; i++)
        {
            if (i > 0) buffer[n++] = ' ';
            words[i].CopyTo(buffer[n..]);
            n += words[i].Length;
        }
        return buffer[..n];
    }
}
