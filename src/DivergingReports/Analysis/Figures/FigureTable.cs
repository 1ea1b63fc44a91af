namespace DivergingReports.Analysis;

/// <summary>
/// One real-world quantity across the reports of a story.
/// </summary>
/// <param name="Subject">What is counted, as first written: "Russian troops".</param>
/// <param name="PerOutlet">In report order: the figure phrases each report gives for it, as written (hedge included), in text order; empty when none.</param>
/// <param name="Differs">Two reports or more give figures for it, and their amounts are not the same (hedges aside: "nearly an hour" and "almost an hour" agree).</param>
/// <param name="HedgesDiffer">The amounts agree but the hedges point different ways ("over 500" and "nearly 500").</param>
public sealed record FigureRow(string Subject, PerReport<IReadOnlyList<string>> PerOutlet, bool Differs, bool HedgesDiffer = false);

/// <summary>
/// Brings the figures of a story together as a reader would, a row per real-world quantity:
/// <list type="bullet">
/// <item>figures whose subjects are the same content words in any order, singular or plural,
/// with the same unit, are one row whatever their amounts ("Patriot missile interceptors",
/// "Patriot interceptor missiles"); a subject joins the one longer subject that contains it
/// ("missiles" joins "ballistic missiles"), not one of two that differ ("troops" stays apart from
/// "Russian troops" and "Ukrainian troops");</item>
/// <item>the same amount in the same unit is one row when the subjects share a word other than a
/// modifier ("new", "big") and no nationality sets them apart, when it is money ("$60 billion
/// worth of weapons", "$60 billion in military assistance"), when one names nothing ("$60
/// billion"), or when the figures are in different languages and each language has one quantity
/// of that amount;</item>
/// <item>figures that share only a unit are separate rows: "$1 billion" of a levy and "$90 billion"
/// of illicit flows do not disagree.</item>
/// </list>
/// A subject for which one report gives two amounts ("19 of the 20 members", "14 members") names no
/// one quantity: each amount is then a row; amounts more than twice apart are two quantities (see
/// <see cref="Quantities"/>). A row differs when its reports give different amounts; its hedges
/// differ when the amounts agree but the hedges point different ways (over, under, exactly).
/// Rows: those that differ first, then those whose hedges differ, then those given by several
/// reports, then by first appearance. Linear in the figures: pairs are compared only among the
/// few subjects of one amount, and containment through each subject's rarest word.
/// </summary>
public static class FigureTable
{
    public static IReadOnlyList<FigureRow> Build(IReadOnlyList<IReadOnlyList<Figure>> figuresPerReport)
    {
        var all = new List<(int Report, Figure Figure)>();
        for (var r = 0; r < figuresPerReport.Count; r++)
            foreach (var f in figuresPerReport[r]) all.Add((r, f));

        // Subjects: a figure that names nothing is a subject of its own amount.
        var subjectOf = new int[all.Count];
        var subjects = new List<(string? Unit, IReadOnlyList<string> Words, string Language)>();
        var subjectIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var p = 0; p < all.Count; p++)
        {
            var f = all[p].Figure;
            var key = f.Unit + "\u0001" + (f.Words.Count == 0 ? "\u0002" + f.Amount : string.Join(' ', f.Words));
            if (!subjectIndex.TryGetValue(key, out var s))
            {
                subjectIndex[key] = s = subjects.Count;
                subjects.Add((f.Unit, f.Words, f.Language));
            }
            subjectOf[p] = s;
        }
        var sets = new UnionFind(subjects.Count);
        JoinContainedSubjects(subjects, sets);
        JoinSameAmounts(all, subjectOf, subjects, sets);

        var byGroup = new Dictionary<int, List<int>>();
        for (var p = 0; p < all.Count; p++)
        {
            var root = sets.Find(subjectOf[p]);
            if (!byGroup.TryGetValue(root, out var list)) byGroup[root] = list = [];
            list.Add(p);
        }

        var rows = new List<(FigureRow Row, int Outlets, int First)>();
        foreach (var members in byGroup.Values)
            foreach (var quantity in Quantities(members, all))
                rows.Add(RowOf(quantity.Select(p => all[p]).ToArray(), figuresPerReport.Count, quantity[0]));
        return rows
            .OrderByDescending(r => r.Row.Differs)
            .ThenByDescending(r => r.Row.HedgesDiffer)
            .ThenByDescending(r => r.Outlets >= 2)
            .ThenBy(r => r.First)
            .Select(r => r.Row)
            .ToArray();
    }

    /// <summary>Amounts further apart than this factor are two quantities of one subject ("three Patriot systems delivered", "at least 10 needed"), not two reports of one.</summary>
    private const decimal ApartFactor = 2m;

    /// <summary>How close an amount one report alone gives must be to the amount most reports give, to be read as theirs when the subject is ambiguous.</summary>
    private const decimal CloseFactor = 1.25m;

    /// <summary>
    /// The quantities of one subject. When a report gives two amounts for it ("19 of the 20
    /// members", "14 members"), the subject alone does not tell the quantities apart: each amount
    /// is a row, and an amount that one report alone gives, close to the amount most reports give,
    /// joins their row ("over 450 drones" against "400 drones"). Otherwise amounts within a factor
    /// of two are one quantity in dispute (1 million against 1.5 million shells), and amounts
    /// further apart are separate quantities.
    /// </summary>
    private static List<List<int>> Quantities(List<int> members, List<(int Report, Figure Figure)> all)
    {
        if (members.Count == 1) return [members];
        string AmountOf(int p) => all[p].Figure.Amount + " " + all[p].Figure.Unit;
        var byAmount = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var order = new List<string>();
        foreach (var p in members)
        {
            if (!byAmount.TryGetValue(AmountOf(p), out var list)) { byAmount[AmountOf(p)] = list = []; order.Add(AmountOf(p)); }
            list.Add(p);
        }
        if (order.Count == 1) return [members];
        var reportsOf = order.ToDictionary(a => a, a => byAmount[a].Select(p => all[p].Report).ToHashSet(), StringComparer.Ordinal);
        // How many amounts each report gives for the subject: a report of one amount is alone with it.
        var amountsOfReport = new Dictionary<int, int>();
        foreach (var reports in reportsOf.Values)
            foreach (var r in reports) amountsOfReport[r] = amountsOfReport.GetValueOrDefault(r) + 1;
        var ambiguous = amountsOfReport.Values.Any(n => n > 1);
        var rows = new List<(decimal? Value, List<int> Members)>();
        if (ambiguous)
        {
            var dominant = order.OrderByDescending(a => reportsOf[a].Count).First();
            var main = new List<int>(byAmount[dominant]);
            rows.Add((Numeric(all[main[0]].Figure.Amount), main));
            foreach (var amount in order)
            {
                if (amount == dominant) continue;
                var alone = reportsOf[amount].All(r => amountsOfReport[r] == 1);
                if (alone && Close(Numeric(all[byAmount[amount][0]].Figure.Amount), rows[0].Value, CloseFactor)) main.AddRange(byAmount[amount]);
                else rows.Add((null, byAmount[amount]));
            }
        }
        else
        {
            // Amounts in ascending order, a new quantity wherever one is more than twice the smallest of the current one.
            foreach (var amount in order.OrderBy(a => Numeric(all[byAmount[a][0]].Figure.Amount) ?? decimal.MaxValue).ThenBy(a => a, StringComparer.Ordinal))
            {
                var value = Numeric(all[byAmount[amount][0]].Figure.Amount);
                var last = rows.Count - 1;
                if (last >= 0 && value is not null && Close(value, rows[last].Value, ApartFactor)) rows[last].Members.AddRange(byAmount[amount]);
                else rows.Add((value, new List<int>(byAmount[amount])));
            }
        }
        // Each row's figures in story order, as the table reads them.
        return rows.Select(r => { r.Members.Sort(); return r.Members; }).ToList();
    }

    /// <summary>The amount as a number; null for one that is not ("thousands", "5-10", "30 day").</summary>
    private static decimal? Numeric(string amount) =>
        decimal.TryParse(amount, System.Globalization.NumberStyles.AllowDecimalPoint, System.Globalization.CultureInfo.InvariantCulture, out var value) && value > 0 ? value : null;

    private static bool Close(decimal? a, decimal? b, decimal factor) =>
        a is { } x && b is { } y && Math.Max(x, y) <= Math.Min(x, y) * factor;

    /// <summary>Whether a unit is a currency, alone or as a rate ("dollars", "dollars a year").</summary>
    private static bool IsMoney(string unit)
    {
        var space = unit.IndexOf(' ');
        return Lexicon.CurrencyUnits.Contains(space < 0 ? unit : unit[..space]);
    }

    /// <summary>The most subjects of one amount whose words are compared pair by pair.</summary>
    private const int MaxSubjectsCompared = 32;

    /// <summary>The most subjects containing another that are weighed for it to join (a word in more says nothing of any one).</summary>
    private const int MaxContaining = 64;

    /// <summary>A subject joins the longest subject (same unit) whose words contain its own, when all such subjects nest in one another.</summary>
    private static void JoinContainedSubjects(List<(string? Unit, IReadOnlyList<string> Words, string Language)> subjects, UnionFind sets)
    {
        // Subjects by each of their words, to find those that contain another without trying every pair.
        var byWord = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var s = 0; s < subjects.Count; s++)
            foreach (var w in subjects[s].Words)
            {
                if (!byWord.TryGetValue(w, out var list)) byWord[w] = list = [];
                list.Add(s);
            }
        for (var s = 0; s < subjects.Count; s++)
        {
            var (unit, words, _) = subjects[s];
            if (words.Count == 0) continue;
            // The subjects holding its rarest word are the only ones that can hold all its words.
            var candidates = words.Select(w => byWord[w]).MinBy(l => l.Count)!;
            if (candidates.Count > MaxContaining) continue;
            var longer = candidates
                .Where(o => o != s && subjects[o].Unit == unit && subjects[o].Words.Count > words.Count && Contains(subjects[o].Words, words))
                .OrderByDescending(o => subjects[o].Words.Count).ThenBy(o => o)
                .ToArray();
            if (longer.Length == 0) continue;
            var longest = subjects[longer[0]].Words;
            if (longer.All(o => Contains(longest, subjects[o].Words))) sets.Union(s, longer[0]);
        }
    }

    /// <summary>The same amount in the same unit: one quantity when the subjects allow it (see <see cref="FigureTable"/>).</summary>
    private static void JoinSameAmounts(List<(int Report, Figure Figure)> all, int[] subjectOf,
        List<(string? Unit, IReadOnlyList<string> Words, string Language)> subjects, UnionFind sets)
    {
        var byAmount = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var seen = new HashSet<(string, int)>();
        for (var p = 0; p < all.Count; p++)
        {
            var f = all[p].Figure;
            var key = f.Unit + "\u0001" + f.Amount;
            if (!seen.Add((key, subjectOf[p]))) continue;
            if (!byAmount.TryGetValue(key, out var list)) byAmount[key] = list = [];
            list.Add(subjectOf[p]);
        }
        foreach (var (key, group) in byAmount)
        {
            if (group.Count < 2) continue;
            var unit = subjects[group[0]].Unit;
            if (unit is not null && IsMoney(unit))
            {
                foreach (var s in group) sets.Union(group[0], s);
                continue;
            }
            // Subjects that share a word name one thing; past a few, one amount of many things is no
            // quantity a reader compares, and the pairs are not tried (their number grows as the square).
            if (group.Count <= MaxSubjectsCompared)
                for (var a = 0; a < group.Count; a++)
                    for (var b = a + 1; b < group.Count; b++)
                        if (Overlap(subjects[group[a]].Words, subjects[group[b]].Words)) sets.Union(group[a], group[b]);
            // What names nothing, or is written in another language, joins the one quantity that is left.
            var named = group.Where(s => subjects[s].Words.Count > 0).Select(sets.Find).Distinct().ToArray();
            if (named.Length == 1)
            {
                foreach (var s in group) sets.Union(named[0], s);
                continue;
            }
            // Subjects in two languages cannot be compared word for word: they are one quantity only
            // when each language has one quantity of this amount, so that nothing else could be it.
            var byLanguage = group.GroupBy(s => subjects[s].Language, StringComparer.Ordinal)
                .Select(l => l.Select(sets.Find).Distinct().ToArray()).ToArray();
            if (byLanguage.Length < 2 || byLanguage.Any(roots => roots.Length != 1)) continue;
            foreach (var roots in byLanguage) sets.Union(byLanguage[0][0], roots[0]);
        }
    }

    private static (FigureRow Row, int Outlets, int First) RowOf((int Report, Figure Figure)[] members, int reports, int first)
    {
        var subject = members[0].Figure;
        foreach (var m in members)
            if (NamesBetter(m.Figure, subject)) subject = m.Figure;
        // Members are in position order, which is report order: each report's figures are a run of them.
        var perOutlet = new List<(int, IReadOnlyList<string>)>();
        HashSet<string>? firstValues = null;
        var differs = false;
        var senses = new HashSet<string>(StringComparer.Ordinal);
        for (var g = 0; g < members.Length;)
        {
            var report = members[g].Report;
            var phrases = new List<string>();
            var values = new HashSet<string>(StringComparer.Ordinal);
            for (; g < members.Length && members[g].Report == report; g++)
            {
                var f = members[g].Figure;
                if (!phrases.Contains(f.Phrase)) phrases.Add(f.Phrase);
                values.Add(f.Amount + " " + f.Unit);
                if (f.Sense is { } sense and not "about") senses.Add(sense);
            }
            perOutlet.Add((report, phrases.ToArray()));
            if (firstValues is null) firstValues = values;
            else differs |= !values.SetEquals(firstValues);
        }
        var hedgesDiffer = !differs && perOutlet.Count > 1 && senses.Count > 1;
        return (new FigureRow(subject.Subject, new PerReport<IReadOnlyList<string>>(reports, perOutlet, []), differs, hedgesDiffer), perOutlet.Count, first);
    }

    /// <summary>
    /// Whether a figure names its row better than the current one: in English rather than another
    /// language, then by more words, then first in ordinal order of its folded subject.
    /// </summary>
    private static bool NamesBetter(Figure f, Figure current)
    {
        if ((f.Language == "en") != (current.Language == "en")) return f.Language == "en";
        if ((f.Words.Count == 0) != (current.Words.Count == 0)) return f.Words.Count > 0;
        var words = f.SubjectKey.AsSpan().Count(' ');
        var currentWords = current.SubjectKey.AsSpan().Count(' ');
        return words > currentWords || (words == currentWords && string.CompareOrdinal(f.SubjectKey, current.SubjectKey) < 0);
    }

    /// <summary>
    /// Whether two subjects of one amount name one thing: they share a word, and what they do not
    /// share is not a nationality on both sides ("Russian troops", "Ukrainian troops" are two things).
    /// </summary>
    private static bool Overlap(IReadOnlyList<string> a, IReadOnlyList<string> b)
    {
        if (!a.Intersect(b).Where(w => !Lexicon.Modifiers.Contains(w)).Any()) return false;
        return !(a.Except(b).Any(Lexicon.Demonyms.Contains) && b.Except(a).Any(Lexicon.Demonyms.Contains));
    }

    /// <summary>Whether sorted word list <paramref name="longer"/> holds every word of <paramref name="shorter"/>.</summary>
    private static bool Contains(IReadOnlyList<string> longer, IReadOnlyList<string> shorter)
    {
        foreach (var w in shorter)
            if (!longer.Contains(w)) return false;
        return true;
    }
}
