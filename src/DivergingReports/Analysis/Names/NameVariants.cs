namespace DivergingReports.Analysis;

/// <summary>
/// One person or body across the reports of a story.
/// </summary>
/// <param name="Name">The display name: the fullest form, in the spelling the story uses most ("Volodymyr Zelensky").</param>
/// <param name="Variants">Every distinct form written, in order of first appearance ("Volodymyr Zelensky", "Zelensky", "Volodymyr Zelenskyy").</param>
/// <param name="MentionsPerOutlet">In report order: how many times each report names it.</param>
/// <param name="Shared">Named by every report of a story of two reports or more; the others stand out as carried by some outlets only.</param>
public sealed record NameRow(string Name, IReadOnlyList<string> Variants, PerReport<int> MentionsPerOutlet, bool Shared);

/// <summary>
/// Merges the spellings of one name. Words are compared folded (case, diacritics) and then loosely:
/// "y" read as "i", doubled letters single, final "i" dropped (Zelensky = Zelenskyy = Zelenskiy,
/// Yuri = Yury, Andrii = Andriy); failing that, two words of six letters or more that share their
/// first six and differ by at most two edits (but not a masculine and a feminine form: Zelensky ≠
/// Zelenska, Ivanov ≠ Ivanova). Two full names are one when their first and last words are; a
/// surname alone joins the full name it ends (the most named one if several share it). Bodies merge
/// only when written alike, or as an acronym of the full name (NATO = North Atlantic Treaty
/// Organization). A lone word that joins no full name stays only if one of its mentions shows it
/// is a name (see <see cref="NameMention.HasEvidence"/>).
/// Rows: shared first, then by first appearance (report order, then position).
/// </summary>
public static class NameVariants
{
    public static IReadOnlyList<NameRow> Merge(IReadOnlyList<NameMention> mentions, int reportCount)
    {
        // One entity per distinct folded form first.
        var keys = new List<string>();
        var byKey = new Dictionary<string, int>(StringComparer.Ordinal);
        var byKeySpan = byKey.GetAlternateLookup<ReadOnlySpan<char>>();
        var entityMentions = new List<List<int>>();
        Span<char> buffer = stackalloc char[WordKey.StackLimit];
        for (var m = 0; m < mentions.Count; m++)
        {
            var length = WordKey.Length(mentions[m].Words);
            var key = WordKey.Join(mentions[m].Words, length <= buffer.Length ? buffer : new char[length]);
            if (!byKeySpan.TryGetValue(key, out var e))
            {
                var text = key.ToString();
                byKey[text] = e = keys.Count;
                keys.Add(text);
                entityMentions.Add([]);
            }
            entityMentions[e].Add(m);
        }
        var n = keys.Count;
        var words = new string[n][];
        var isBody = new bool[n];
        for (var e = 0; e < n; e++)
        {
            words[e] = keys[e].Split(' ');
            foreach (var m in entityMentions[e]) isBody[e] |= mentions[m].IsBody;
        }
        // The first and last words with their spelling keys, worked out once for all the pairs below.
        var firstWord = new Spelling[n];
        var lastWord = new Spelling[n];
        for (var e = 0; e < n; e++)
        {
            firstWord[e] = new Spelling(words[e][0]);
            lastWord[e] = words[e].Length == 1 ? firstWord[e] : new Spelling(words[e][^1]);
        }
        var sets = new UnionFind(n);

        // Full names of people: first and last words alike.
        var full = new List<int>();
        var lone = new List<int>();
        var bodies = new List<int>();
        for (var e = 0; e < n; e++)
        {
            if (isBody[e]) bodies.Add(e);
            else if (words[e].Length > 1) full.Add(e);
            else lone.Add(e);
        }
        for (var x = 0; x < full.Count; x++)
            for (var y = x + 1; y < full.Count; y++)
                if (Similar(firstWord[full[x]], firstWord[full[y]]) && Similar(lastWord[full[x]], lastWord[full[y]])) sets.Union(full[x], full[y]);

        // Lone words: join the full name they end (the most named if several), else a like-spelled lone word.
        var owners = new List<int>();
        foreach (var e in lone)
        {
            owners.Clear();
            foreach (var f in full)
                if (Similar(lastWord[f], firstWord[e]) && !owners.Contains(sets.Find(f))) owners.Add(sets.Find(f));
            if (owners.Count == 0) continue;
            var best = owners[0];
            if (owners.Count > 1)
            {
                var bestCount = -1;
                foreach (var o in owners)
                {
                    var count = 0;
                    for (var x = 0; x < n; x++) if (sets.Find(x) == o) count += entityMentions[x].Count;
                    if (count > bestCount || (count == bestCount && o < best)) (best, bestCount) = (o, count);
                }
            }
            sets.Union(e, best);
        }
        for (var x = 0; x < lone.Count; x++)
            for (var y = x + 1; y < lone.Count; y++)
                if (Similar(firstWord[lone[x]], firstWord[lone[y]])) sets.Union(lone[x], lone[y]);

        // Bodies: an acronym joins the body whose initials it spells.
        string[]? initials = null;
        foreach (var e in bodies)
        {
            if (words[e].Length != 1) continue;
            initials ??= bodies.Select(f => words[f].Length > 1 ? Initials(words[f]) : "").ToArray();
            for (var b = 0; b < bodies.Count; b++)
            {
                var f = bodies[b];
                if (words[f].Length > 1 && initials[b].Length >= 2 && initials[b] == words[e][0]) sets.Union(e, f);
            }
        }

        var rows = new List<(NameRow Row, int FirstReport, int FirstStart)>();
        foreach (var group in sets.Groups())
        {
            var ownIndices = new List<int>();
            foreach (var e in group) ownIndices.AddRange(entityMentions[e]);
            ownIndices.Sort();
            var hasEvidence = false;
            foreach (var m in ownIndices) hasEvidence |= mentions[m].HasEvidence;
            if (!group.Any(e => words[e].Length > 1) && !hasEvidence) continue;

            // By report, then position; mentions at one place keep their order.
            var orderedIndices = ownIndices.ToArray();
            Array.Sort(orderedIndices, (a, b) =>
            {
                var byReport = mentions[a].Report.CompareTo(mentions[b].Report);
                if (byReport != 0) return byReport;
                var byStart = mentions[a].Start.CompareTo(mentions[b].Start);
                return byStart != 0 ? byStart : a.CompareTo(b);
            });
            var ordered = orderedIndices.Select(m => mentions[m]).ToArray();
            var name = DisplayName(ordered);
            var variants = new List<string>();
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var m in ordered) if (seen.Add(m.Surface)) variants.Add(m.Surface);
            // Mentions are in report order: a count for each report that names it.
            var counts = new List<(int Report, int Count)>();
            foreach (var m in ordered)
            {
                if (counts.Count > 0 && counts[^1].Report == m.Report) counts[^1] = (m.Report, counts[^1].Count + 1);
                else counts.Add((m.Report, 1));
            }
            var shared = reportCount >= 2 && counts.Count == reportCount;
            rows.Add((new NameRow(name, variants.ToArray(), new PerReport<int>(reportCount, counts, 0), shared), ordered[0].Report, ordered[0].Start));
        }
        return RowOrder.Shared(rows.Select(r => (r.Row, r.Row.Shared, r.FirstReport, r.FirstStart)));
    }

    /// <summary>The fullest form (most words), in the spelling of its last word the story uses most; the first such in order.</summary>
    private static string DisplayName(NameMention[] ordered)
    {
        var most = ordered.Max(m => m.Words.Count);
        var spellings = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var m in ordered) spellings[m.Words[^1]] = spellings.GetValueOrDefault(m.Words[^1]) + 1;
        NameMention? name = null;
        foreach (var m in ordered)
            if (m.Words.Count == most && (name is null || spellings[m.Words[^1]] > spellings[name.Words[^1]]
                || (spellings[m.Words[^1]] == spellings[name.Words[^1]] && Shouted(name.Surface) && !Shouted(m.Surface)))) name = m;
        return name!.Surface;
    }

    /// <summary>A name set in capitals, as datelines are ("VELLMAR"): a row is named as the text writes it.</summary>
    private static bool Shouted(string surface)
    {
        var letters = 0;
        foreach (var c in surface)
        {
            if (char.IsLower(c)) return false;
            if (char.IsLetter(c)) letters++;
        }
        return letters > 3;
    }

    private static string Initials(string[] words) =>
        string.Concat(words.Where(w => w is not ("of" or "for" or "the" or "and")).Select(w => w[0]));

    /// <summary>A name word with its spelling key (<see cref="Loose"/>).</summary>
    private readonly record struct Spelling(string Word, string Key)
    {
        public Spelling(string word) : this(word, Loose(word)) { }
    }

    /// <summary><see cref="Similar(string, string)"/>, with the spelling keys already worked out.</summary>
    private static bool Similar(Spelling a, Spelling b)
    {
        if (a.Word == b.Word) return true;
        if (Feminine(a.Word) != Feminine(b.Word)) return false;
        if (a.Key == b.Key) return true;
        return a.Word.Length >= 6 && b.Word.Length >= 6 && string.CompareOrdinal(a.Word, 0, b.Word, 0, 6) == 0 && EditDistance(a.Word, b.Word) <= 2;
    }

    /// <summary>Whether two folded name words are spellings of one name.</summary>
    public static bool Similar(string a, string b)
    {
        if (a == b) return true;
        if (Feminine(a) != Feminine(b)) return false;
        if (Loose(a) == Loose(b)) return true;
        return a.Length >= 6 && b.Length >= 6 && string.CompareOrdinal(a, 0, b, 0, 6) == 0 && EditDistance(a, b) <= 2;
    }

    // A feminine surname form ends in "a" where the masculine does not: Zelenska, Ivanova, Kowalska.
    private static bool Feminine(string w) => w.Length > 3 && w[^1] == 'a';

    /// <summary>A spelling key: "y" as "i", "j" at the end as "i", doubled letters single, final "i"s dropped.</summary>
    internal static string Loose(string folded)
    {
        Span<char> buffer = stackalloc char[folded.Length];
        var n = 0;
        for (var i = 0; i < folded.Length; i++)
        {
            var c = folded[i] == 'y' || (folded[i] == 'j' && i == folded.Length - 1) ? 'i' : folded[i];
            if (n > 0 && buffer[n - 1] == c) continue;
            buffer[n++] = c;
        }
        while (n > 1 && buffer[n - 1] == 'i') n--;
        return new string(buffer[..n]);
    }

    private static int EditDistance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++) previous[j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            (previous, current) = (current, previous);
        }
        return previous[b.Length];
    }
}
