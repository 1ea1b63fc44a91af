namespace DivergingReports.Analysis;

/// <summary>
/// The outlets' own names, folded for <see cref="NameFinder"/>: a capitalised run that is one of
/// them ("Washington Post", a leading "The" aside), or the last word of a longer one when that word
/// names a body ("the Post"), is the outlet, not a name in the text. Every story of a site passes
/// the same names, so the index of the last ones a thread used is kept.
/// </summary>
internal sealed class OutletNames
{
    [ThreadStatic] private static OutletNames? _last;

    private readonly string[] _names;
    private readonly HashSet<string> _nameSet;
    /// <summary>Each outlet's folded words joined by spaces.</summary>
    private readonly HashSet<string> _keys = new(StringComparer.Ordinal);
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _keysBySpan;
    /// <summary>The last word of each outlet name of two words or more.</summary>
    private readonly HashSet<string> _lastWords = new(StringComparer.Ordinal);

    private OutletNames(string[] names)
    {
        _names = names;
        _nameSet = new HashSet<string>(names.Where(n => n is not null), StringComparer.Ordinal);
        _keysBySpan = _keys.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var name in names)
        {
            if (string.IsNullOrWhiteSpace(name)) continue;
            var words = TextNormalizer.Words(name);
            if (words.Count > 0 && words[0] == "the") words.RemoveAt(0);
            if (words.Count == 0) continue;
            _keys.Add(string.Join(' ', words));
            if (words.Count > 1) _lastWords.Add(words[^1]);
        }
    }

    /// <summary>
    /// The outlets' names and the story's reports' own outlets: as a set, the outlets' names alone
    /// when they include every report's outlet, as on a site.
    /// </summary>
    public static OutletNames ForStory(IReadOnlyCollection<string> outletNames, IReadOnlyList<string?> reportOutlets)
    {
        var index = For(outletNames);
        foreach (var outlet in reportOutlets)
            if (!string.IsNullOrWhiteSpace(outlet) && !index._nameSet.Contains(outlet))
                return new OutletNames(outletNames.Concat(reportOutlets).Where(n => !string.IsNullOrWhiteSpace(n)).Distinct(StringComparer.Ordinal).ToArray()!);
        return index;
    }

    public static OutletNames For(IReadOnlyCollection<string> names)
    {
        if (_last is { } last && last._names.AsSpan().SequenceEqual(names as string[] ?? names.ToArray())) return last;
        return _last = new OutletNames(names.ToArray());
    }

    /// <summary>Whether a candidate's folded words are an outlet's name.</summary>
    public bool Contains(IReadOnlyList<string> folded)
    {
        if (folded.Count == 1 && _lastWords.Contains(folded[0]) && Lexicon.BodyWords.Contains(folded[0])) return true;
        var length = WordKey.Length(folded);
        return _keysBySpan.Contains(WordKey.Join(folded, length <= WordKey.StackLimit ? stackalloc char[length] : new char[length]));
    }
}
