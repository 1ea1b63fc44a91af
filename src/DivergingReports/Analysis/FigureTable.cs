namespace DivergingReports.Analysis;

/// <summary>
/// What one thing is counted as, across the reports of a story.
/// </summary>
/// <param name="Subject">What is counted, as first written: "Russian troops".</param>
/// <param name="PerOutlet">In report order: the figure phrases each report gives for it, as written, in text order; empty when none.</param>
/// <param name="Differs">Two reports or more give figures for it, and their amounts are not the same (hedges aside: "nearly an hour" and "almost an hour" agree).</param>
public sealed record FigureRow(string Subject, IReadOnlyList<IReadOnlyList<string>> PerOutlet, bool Differs);

/// <summary>
/// Brings figures on the same thing together: same subject once folded and singular ("troops" =
/// "troop"); a shorter subject joins the one longer subject it ends ("missiles" joins "ballistic
/// missiles") when that is the only such subject in the story (or all of them nest).
/// Rows: those that differ first, then those given by several reports, then by first appearance.
/// </summary>
public static class FigureTable
{
    public static IReadOnlyList<FigureRow> Build(IReadOnlyList<IReadOnlyList<Figure>> figuresPerReport)
    {
        var all = new List<(int Report, Figure Figure)>();
        for (var r = 0; r < figuresPerReport.Count; r++)
            foreach (var f in figuresPerReport[r]) all.Add((r, f));

        var keys = new List<string>();
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (_, figure) in all)
            if (index.TryAdd(figure.SubjectKey, keys.Count)) keys.Add(figure.SubjectKey);
        var sets = new UnionFind(keys.Count);

        // For each subject, the longer subjects that end with it ("ballistic missiles" for "missiles").
        var indexBySpan = index.GetAlternateLookup<ReadOnlySpan<char>>();
        var longerEnding = new Dictionary<int, List<string>>();
        foreach (var key in keys)
        {
            for (var space = key.IndexOf(' '); space >= 0; space = key.IndexOf(' ', space + 1))
            {
                if (!indexBySpan.TryGetValue(key.AsSpan(space + 1), out var shorter)) continue;
                if (!longerEnding.TryGetValue(shorter, out var list)) longerEnding[shorter] = list = [];
                list.Add(key);
            }
        }
        for (var k = 0; k < keys.Count; k++)
        {
            if (!longerEnding.TryGetValue(k, out var longer)) continue;
            var longest = longer.OrderByDescending(l => l.Length).ThenBy(l => l, StringComparer.Ordinal).First();
            if (longer.All(l => l == longest || EndsWithWords(longest, l)))
                sets.Union(k, index[longest]);
        }

        var byGroup = new Dictionary<int, List<(int Report, Figure Figure, int Position)>>();
        for (var position = 0; position < all.Count; position++)
        {
            var root = sets.Find(index[all[position].Figure.SubjectKey]);
            if (!byGroup.TryGetValue(root, out var list)) byGroup[root] = list = [];
            list.Add((all[position].Report, all[position].Figure, position));
        }

        var rows = new List<(FigureRow Row, int Outlets, int First)>();
        foreach (var members in byGroup.Values)
        {
            var subject = members[0].Figure;
            foreach (var m in members)
                if (MoreWords(m.Figure.SubjectKey, subject.SubjectKey)) subject = m.Figure;
            var perOutlet = new IReadOnlyList<string>[figuresPerReport.Count];
            HashSet<string>? firstValues = null;
            var outlets = 0;
            var differs = false;
            for (var r = 0; r < perOutlet.Length; r++)
            {
                List<string>? phrases = null;
                HashSet<string>? values = null;
                foreach (var m in members)
                {
                    if (m.Report != r) continue;
                    phrases ??= [];
                    values ??= new HashSet<string>(StringComparer.Ordinal);
                    if (!phrases.Contains(m.Figure.Phrase, StringComparer.Ordinal)) phrases.Add(m.Figure.Phrase);
                    values.Add(m.Figure.Value);
                }
                perOutlet[r] = phrases is null ? [] : phrases.ToArray();
                if (values is null) continue;
                outlets++;
                if (firstValues is null) firstValues = values;
                else differs |= !values.SetEquals(firstValues);
            }
            rows.Add((new FigureRow(subject.Subject, perOutlet, differs), outlets, members[0].Position));
        }
        return rows
            .OrderByDescending(r => r.Row.Differs)
            .ThenByDescending(r => r.Outlets >= 2)
            .ThenBy(r => r.First)
            .Select(r => r.Row)
            .ToArray();
    }

    /// <summary>Whether <paramref name="longer"/> ends with the words of <paramref name="shorter"/> ("ballistic missiles", "missiles").</summary>
    private static bool EndsWithWords(string longer, string shorter) =>
        longer.Length > shorter.Length && longer.EndsWith(shorter, StringComparison.Ordinal) && longer[^(shorter.Length + 1)] == ' ';

    /// <summary>
    /// Whether a subject key names its subject better than the current one: more words, or as many
    /// and first in ordinal order (a row is named by its longest subject, as first written).
    /// </summary>
    private static bool MoreWords(string key, string current)
    {
        var words = key.AsSpan().Count(' ');
        var currentWords = current.AsSpan().Count(' ');
        return words > currentWords || (words == currentWords && string.CompareOrdinal(key, current) < 0);
    }
}
