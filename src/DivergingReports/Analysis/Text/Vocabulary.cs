using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace DivergingReports.Analysis;

/// <summary>
/// The words a thread has read, each spelling folded once: a site build reads the same few
/// thousand spellings in every story, and folding and hashing them again was most of the cost of
/// reading a text. Texts compared with one another must be read with one vocabulary (their words
/// are compared by reference), so a story takes <see cref="ForThread"/> once and reads all its
/// texts with it.
/// </summary>
internal sealed class Vocabulary
{
    /// <summary>Past this many spellings a thread starts a new vocabulary, so memory stays bounded on any input.</summary>
    private const int MaxSpellings = 100_000;

    [ThreadStatic] private static Vocabulary? _current;

    /// <summary>A spelling as written and its folded word, in an open-addressing table (a null spelling is a free slot).</summary>
    private struct Entry
    {
        public SpellingKey Key;
        public string? Spelling;
        public Lexeme Lexeme;
    }

    // A table of our own rather than a Dictionary: looking a span up in it is the inner loop of
    // reading a text, and most spellings are found by comparing three numbers, without a loop over
    // their characters or a visit to the string.
    private Entry[] _spellings = new Entry[1 << 12];
    private int _spellingCount;
    /// <summary>Folded text → its one <see cref="Lexeme"/>.</summary>
    private readonly Dictionary<string, Lexeme> _byText = new(StringComparer.Ordinal);
    private int _stories;

    private Vocabulary() => Empty = Intern("");

    /// <summary>The folded form of symbols (and of anything that folds to nothing).</summary>
    public Lexeme Empty { get; }

    /// <summary>The calling thread's vocabulary (a fresh one once it has grown too large).</summary>
    public static Vocabulary ForThread()
    {
        if (_current is null || _current._spellingCount > MaxSpellings) _current = new Vocabulary();
        return _current;
    }

    /// <summary>A word as written, folded: the same object for every spelling that folds alike.</summary>
    public Lexeme Fold(ReadOnlySpan<char> spelling)
    {
        var key = new SpellingKey(spelling);
        var mask = _spellings.Length - 1;
        for (var slot = (int)key.Hash & mask; ; slot = (slot + 1) & mask)
        {
            ref var entry = ref _spellings[slot];
            if (entry.Spelling is null) break;
            if (entry.Key.Equals(key) && (key.IsWhole || spelling.SequenceEqual(entry.Spelling))) return entry.Lexeme;
        }
        var lexeme = Intern(TextNormalizer.FoldWord(spelling));
        Add(new Entry { Key = key, Spelling = spelling.ToString(), Lexeme = lexeme });
        return lexeme;
    }

    private void Add(Entry added)
    {
        if (2 * (_spellingCount + 1) > _spellings.Length)
        {
            var old = _spellings;
            _spellings = new Entry[old.Length * 2];
            foreach (var e in old) if (e.Spelling is not null) Place(e);
        }
        Place(added);
        _spellingCount++;
    }

    private void Place(Entry entry)
    {
        var mask = _spellings.Length - 1;
        var slot = (int)entry.Key.Hash & mask;
        while (_spellings[slot].Spelling is not null) slot = (slot + 1) & mask;
        _spellings[slot] = entry;
    }

    /// <summary>
    /// A spelling's length and its first, middle and last four characters (overlapping in short
    /// words), read without a loop over its characters: for twelve characters or fewer they are the
    /// whole spelling; longer ones are compared in full as well.
    /// </summary>
    private readonly struct SpellingKey : IEquatable<SpellingKey>
    {
        private readonly ulong _first, _middle, _last;
        private readonly int _length;

        public SpellingKey(ReadOnlySpan<char> s)
        {
            ref var bytes = ref Unsafe.As<char, byte>(ref MemoryMarshal.GetReference(s));
            _length = s.Length;
            if (_length >= 4)
            {
                _first = Unsafe.ReadUnaligned<ulong>(ref bytes);
                _middle = Unsafe.ReadUnaligned<ulong>(ref Unsafe.Add(ref bytes, (_length / 2 - 2) * 2));
                _last = Unsafe.ReadUnaligned<ulong>(ref Unsafe.Add(ref bytes, (_length - 4) * 2));
            }
            else if (_length >= 2)
            {
                _first = Unsafe.ReadUnaligned<uint>(ref bytes);
                _last = Unsafe.ReadUnaligned<uint>(ref Unsafe.Add(ref bytes, (_length - 2) * 2));
            }
            else if (_length == 1) _first = s[0];
        }

        public bool IsWhole => _length <= 12;

        public uint Hash
        {
            get
            {
                var h = _first * 0x9E3779B97F4A7C15UL ^ BitOperations.RotateLeft(_last * 0xC2B2AE3D27D4EB4FUL, 23)
                    ^ BitOperations.RotateLeft(_middle * 0x165667B19E3779F9UL, 47) ^ (ulong)_length;
                h ^= h >> 29;
                h *= 0xBF58476D1CE4E5B9UL;
                return (uint)(h ^ (h >> 32));
            }
        }

        public bool Equals(SpellingKey other) =>
            _first == other._first && _middle == other._middle && _last == other._last && _length == other._length;
    }

    private Lexeme Intern(string folded)
    {
        if (!_byText.TryGetValue(folded, out var lexeme)) _byText.Add(folded, lexeme = new Lexeme(folded, _byText.Count));
        return lexeme;
    }

    /// <summary>A number for a story's story-wide marks on words, different from every earlier one.</summary>
    public int NextStory() => ++_stories;
}
