namespace DivergingReports.Analysis;

/// <summary>
/// What one thing is counted as, across the reports of a story.
/// </summary>
/// <param name="Subject">What is counted, as first written: "Russian troops".</param>
/// <param name="PerOutlet">In report order: the figure phrases each report gives for it, as written, in text order; empty when none.</param>
/// <param name="Differs">Two reports or more give figures for it, and their amounts are not the same (hedges aside: "nearly an hour" and "almost an hour" agree).</param>
/// <param name="HedgesDiffer">The amounts agree but the hedges point different ways ("over 500" and "nearly 500").</param>
public sealed record FigureRow(string Subject, PerReport<IReadOnlyList<string>> PerOutlet, bool Differs, bool HedgesDiffer = false);

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
            // Members are in position order, which is report order: each report's figures are a run of them.
            var perOutlet = new List<(int, IReadOnlyList<string>)>();
            HashSet<string>? firstValues = null;
            var differs = false;
            for (var g = 0; g < members.Count;)
            {
                var report = members[g].Report;
                var phrases = new List<string>();
                var seen = new HashSet<string>(StringComparer.Ordinal);
                var values = new HashSet<string>(StringComparer.Ordinal);
                for (; g < members.Count && members[g].Report == report; g++)
                {
                    if (seen.Add(members[g].Figure.Phrase)) phrases.Add(members[g].Figure.Phrase);
                    values.Add(members[g].Figure.Value);
                }
                perOutlet.Add((report, phrases.ToArray()));
                if (firstValues is null) firstValues = values;
                else differs |= !values.SetEquals(firstValues);
            }
            var outlets = perOutlet.Count;
            rows.Add((new FigureRow(subject.Subject, new PerReport<IReadOnlyList<string>>(figuresPerReport.Count, perOutlet, []), differs), outlets, members[0].Position));
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
