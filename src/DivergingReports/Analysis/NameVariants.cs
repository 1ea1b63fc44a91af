namespace DivergingReports.Analysis;

/// <summary>
/// One person or body across the reports of a story.
/// </summary>
/// <param name="Name">The display name: the fullest form, in the spelling the story uses most ("Volodymyr Zelensky").</param>
/// <param name="Variants">Every distinct form written, in order of first appearance ("Volodymyr Zelensky", "Zelensky", "Volodymyr Zelenskyy").</param>
/// <param name="MentionsPerOutlet">In report order: how many times each report names it.</param>
/// <param name="Shared">Named by every report of a story of two reports or more; the others stand out as carried by some outlets only.</param>
public sealed record NameRow(string Name, IReadOnlyList<string> Variants, IReadOnlyList<int> MentionsPerOutlet, bool Shared);

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
        var entityMentions = new List<List<int>>();
        for (var m = 0; m < mentions.Count; m++)
        {
            var key = string.Join(' ', mentions[m].Words);
            if (!byKey.TryGetValue(key, out var e))
            {
                byKey[key] = e = keys.Count;
                keys.Add(key);
                entityMentions.Add([]);
            }
            entityMentions[e].Add(m);
        }
        var n = keys.Count;
        var words = keys.Select(k => k.Split(' ')).ToArray();
        var isBody = Enumerable.Range(0, n).Select(e => entityMentions[e].Any(m => mentions[m].IsBody)).ToArray();
        var sets = new UnionFind(n);

        // Full names of people: first and last words alike.
        var full = Enumerable.Range(0, n).Where(e => !isBody[e] && words[e].Length > 1).ToArray();
        for (var x = 0; x < full.Length; x++)
            for (var y = x + 1; y < full.Length; y++)
            {
                var a = words[full[x]];
                var b = words[full[y]];
                if (Similar(a[0], b[0]) && Similar(a[^1], b[^1])) sets.Union(full[x], full[y]);
            }

        // Lone words: join the full name they end, else a like-spelled lone word.
        var lone = Enumerable.Range(0, n).Where(e => !isBody[e] && words[e].Length == 1).ToArray();
        foreach (var e in lone)
        {
            var owners = full.Where(f => Similar(words[f][^1], words[e][0])).Select(sets.Find).Distinct().ToList();
            if (owners.Count == 0) continue;
            var best = owners
                .OrderByDescending(o => Enumerable.Range(0, n).Where(x => sets.Find(x) == o).Sum(x => entityMentions[x].Count))
                .ThenBy(o => o)
                .First();
            sets.Union(e, best);
        }
        for (var x = 0; x < lone.Length; x++)
            for (var y = x + 1; y < lone.Length; y++)
                if (Similar(words[lone[x]][0], words[lone[y]][0])) sets.Union(lone[x], lone[y]);

        // Bodies: an acronym joins the body whose initials it spells.
        var bodies = Enumerable.Range(0, n).Where(e => isBody[e]).ToArray();
        foreach (var e in bodies.Where(e => words[e].Length == 1))
            foreach (var f in bodies.Where(f => words[f].Length > 1))
            {
                var initials = string.Concat(words[f].Where(w => w is not ("of" or "for" or "the" or "and")).Select(w => w[0]));
                if (initials.Length >= 2 && initials == words[e][0]) sets.Union(e, f);
            }

        var rows = new List<(NameRow Row, int FirstReport, int FirstStart)>();
        foreach (var group in sets.Groups())
        {
            var own = group.SelectMany(e => entityMentions[e]).Order().Select(m => mentions[m]).ToList();
            if (!group.Any(e => words[e].Length > 1) && !own.Any(m => m.HasEvidence)) continue;

            var ordered = own.OrderBy(m => m.Report).ThenBy(m => m.Start).ToList();
            var spellings = ordered.GroupBy(m => m.Words[^1], StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
            var most = ordered.Max(m => m.Words.Count);
            var name = ordered.Where(m => m.Words.Count == most)
                .OrderByDescending(m => spellings[m.Words[^1]])
                .First().Surface;
            var variants = ordered.Select(m => m.Surface).Distinct(StringComparer.Ordinal).ToArray();
            var counts = new int[reportCount];
            foreach (var m in own) counts[m.Report]++;
            var shared = reportCount >= 2 && counts.All(c => c > 0);
            rows.Add((new NameRow(name, variants, counts, shared), ordered[0].Report, ordered[0].Start));
        }
        return rows
            .OrderByDescending(r => r.Row.Shared)
            .ThenBy(r => r.FirstReport)
            .ThenBy(r => r.FirstStart)
            .Select(r => r.Row)
            .ToArray();
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
