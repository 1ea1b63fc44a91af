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

        var keys = all.Select(x => x.Figure.SubjectKey).Distinct(StringComparer.Ordinal).ToList();
        var index = keys.Select((k, i) => (k, i)).ToDictionary(x => x.k, x => x.i, StringComparer.Ordinal);
        var sets = new UnionFind(keys.Count);
        var longerEnding = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var key in keys)
        {
            var words = key.Split(' ');
            for (var s = 1; s < words.Length; s++)
            {
                var suffix = string.Join(' ', words[s..]);
                if (!longerEnding.TryGetValue(suffix, out var list)) longerEnding[suffix] = list = [];
                list.Add(key);
            }
        }
        foreach (var key in keys)
        {
            if (!longerEnding.TryGetValue(key, out var longer)) continue;
            var longest = longer.OrderByDescending(l => l.Length).ThenBy(l => l, StringComparer.Ordinal).First();
            if (longer.All(l => l == longest || longest.EndsWith(" " + l, StringComparison.Ordinal)))
                sets.Union(index[key], index[longest]);
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
            var longestKey = members.Select(m => m.Figure.SubjectKey).Distinct(StringComparer.Ordinal)
                .OrderByDescending(k => k.Split(' ').Length).ThenBy(k => k, StringComparer.Ordinal).First();
            var subject = members.First(m => m.Figure.SubjectKey == longestKey).Figure.Subject;
            var perOutlet = new IReadOnlyList<string>[figuresPerReport.Count];
            var values = new List<HashSet<string>>();
            for (var r = 0; r < perOutlet.Length; r++)
            {
                var own = members.Where(m => m.Report == r).ToList();
                perOutlet[r] = own.Select(m => m.Figure.Phrase).Distinct(StringComparer.Ordinal).ToArray();
                if (own.Count > 0) values.Add(own.Select(m => m.Figure.Value).ToHashSet(StringComparer.Ordinal));
            }
            var differs = values.Count >= 2 && values.Skip(1).Any(v => !v.SetEquals(values[0]));
            rows.Add((new FigureRow(subject, perOutlet, differs), values.Count, members[0].Position));
        }
        return rows
            .OrderByDescending(r => r.Row.Differs)
            .ThenByDescending(r => r.Outlets >= 2)
            .ThenBy(r => r.First)
            .Select(r => r.Row)
            .ToArray();
    }
}
